package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, one at a time in a reused buffer, for JSONL: ended by {@code \n}, a {@code \r}
 * before it dropped (so a line's bytes are what {@link java.io.BufferedReader#readLine} gives for UTF-8 input, and
 * hash alike). A line is valid until the next {@link #next}.
 */
final class ByteLines implements AutoCloseable {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos, limit;
    private byte[] line = new byte[1 << 14];
    private int length;

    ByteLines(InputStream in) { this.in = in; }

    /** Reads the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return finish(any);
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') pos++;
            append(start, pos);
            if (pos < limit) {
                pos++;
                return finish(true);
            }
        }
    }

    private boolean finish(boolean any) {
        if (length > 0 && line[length - 1] == '\r') length--;
        return any;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    byte[] bytes() { return line; }

    int length() { return length; }

    /** Whether the line is empty or only ASCII white space. */
    boolean blank() {
        for (int i = 0; i < length; i++) if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '\f' && line[i] != 0x0b) return false;
        return true;
    }

    @Override public void close() throws IOException { in.close(); }
}
