package org.herald.spark;

import org.apache.spark.TaskContext;
import org.herald.io.FileSource;
import org.herald.io.InputDocument;
import org.herald.io.InputFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The documents of one whole input file (a WARC file, a gzipped JSONL file) read on an executor by Herald's own
 * {@link FileSource} (and through it {@link org.herald.io.WarcSource}), so that the job reads archives exactly as
 * {@code herald analyze} does: the same ids, the same error records for cut or corrupt records, the same skipped
 * records. The source reads a local file (it seeks to resume after a corrupt record), so the file is first copied from
 * its Hadoop path to the executor's temporary folder under its own name; the source pushes documents, which a
 * bounded queue hands to Spark's pulling iterator, so a 1 GB archive is never held in memory.
 */
final class FileRecords implements Iterator<PageRecord> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
    private final long input;
    private final String shownAs;
    private volatile boolean closed;
    private Path dir, copy;
    private Object next;
    private long position;

    /**
     * @param shownAs what sources name the file by (its path as the user gave it), in place of the local copy's path
     * @param skipped receives, at the end, the records that are not documents, by reason
     */
    FileRecords(long input, String shownAs, String fileName, InputStream in, long maxBytes, BiConsumer<String, Long> skipped) {
        this.input = input;
        this.shownAs = shownAs;
        try {
            dir = Files.createTempDirectory("herald-input");
            copy = dir.resolve(fileName);
            try (in) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            cleanUp();
            String id = JobInputs.baseName(fileName);
            next = PageRecord.of(input, 0, InputDocument.failed(id, shownAs, "cannot read: " + e.getMessage()));
            queue.add(END);
            return;
        }
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener(t -> { closed = true; });
        Thread reader = new Thread(() -> {
            try {
                FileSource source = new FileSource(java.util.List.of(copy.toString()), InputStream.nullInputStream(), InputFormat.AUTO, maxBytes);
                source.read(d -> put(d));
                for (Map.Entry<String, Long> e : source.skipped().entrySet()) skipped.accept(e.getKey(), e.getValue());
                put(END);
            } catch (RuntimeException | Error e) {
                if (!closed) put(e); // else the task ended (killed, or its consumer failed): nobody is reading
            } finally {
                cleanUp();
            }
        }, "herald-read-" + fileName);
        reader.setDaemon(true);
        reader.start();
    }

    private void put(Object o) {
        try {
            while (!closed && !queue.offer(o, 1, TimeUnit.SECONDS)) { /* Spark pulls slowly: wait, unless the task ended */ }
            if (closed) throw new IllegalStateException("task ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (next instanceof RuntimeException e) throw e;
        if (next instanceof Error e) throw e;
        return next != END;
    }

    @Override public PageRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        Object o = next;
        next = null;
        if (o instanceof PageRecord r) return r;
        InputDocument d = (InputDocument) o;
        return PageRecord.of(input, position++, d).withSource(shown(d.source()));
    }

    /** A source naming the local copy names the file as the user gave it ("/tmp/x/a.warc.gz@1234" for a corrupt record). */
    private String shown(String source) {
        String local = copy.toString();
        return source != null && source.startsWith(local) ? shownAs + source.substring(local.length()) : source;
    }

    private void cleanUp() {
        try {
            if (copy != null) Files.deleteIfExists(copy);
            if (dir != null) Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary file left behind is the executor's to clean
        }
    }
}
