package org.herald.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * The charset of bytes that declare none and are not valid UTF-8, guessed by ICU4J's {@link CharsetDetector}
 * (byte n-gram statistics per language and charset). ICU rather than juniversalchardet: on written test texts
 * (Russian in windows-1251, KOI8-R, ISO-8859-5; French, German, Spanish in windows-1252 and ISO-8859-1; Polish in
 * ISO-8859-2; Greek; English with curly quotes) and on the 90 real pages with non-ASCII text of the extraction set
 * re-encoded as windows-1252, ICU named a charset that decodes the text exactly in 15/15 and 90/90 cases,
 * juniversalchardet in 14/15 (Polish read as windows-1252) and 89/90 (a page whose only non-ASCII character is a
 * pound sign read as GB18030). ICU's jar is 14.6 MB against 0.25 MB, small next to the 452 MiB of models.
 *
 * <p>ICU reads at most 8,000 bytes, and a page's first 8,000 are usually ASCII markup and scripts that say nothing
 * about the charset; it is given the neighbourhoods of the non-ASCII bytes instead, with tags filtered out.
 * When ICU has no answer, or names only UTF-16/32 or charsets Java lacks, windows-1252 is used: every byte decodes, as browsers do.
 */
final class CharsetGuess {
    static final Charset FALLBACK = Charset.forName("windows-1252");
    /** What ICU reads of its input. */
    private static final int SAMPLE = 8000;
    /** ASCII bytes kept on each side of a non-ASCII byte: enough for the word it is in and its neighbours. */
    private static final int CONTEXT = 24;

    private CharsetGuess() { }

    static Charset of(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(sample(bytes));
        CharsetMatch[] matches;
        try {
            matches = detector.detectAll();
        } catch (RuntimeException e) {
            return FALLBACK;
        }
        // UTF-16 and UTF-32 without a byte-order mark and without NUL bytes (refused before a guess) is not text that
        // Herald can read; ICU names them for random bytes, which must stay binary.
        for (CharsetMatch m : matches) {
            if (m.getName().startsWith("UTF-16") || m.getName().startsWith("UTF-32")) continue;
            Charset c = forName(m.getName());
            if (c != null) return c;
        }
        return FALLBACK;
    }

    /** Java's charset for a name a page or a detector gives; ISO-8859-1 and ASCII mean windows-1252, as browsers read them. */
    static Charset forName(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) return FALLBACK;
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The non-ASCII bytes of {@code bytes} with {@link #CONTEXT} bytes around each, joined, at most {@link #SAMPLE}. */
    static byte[] sample(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SAMPLE);
        int copiedTo = 0;
        for (int i = 0; i < bytes.length && out.size() < SAMPLE; i++) {
            if (bytes[i] >= 0) continue;
            int from = Math.max(copiedTo, i - CONTEXT), to = Math.min(bytes.length, i + CONTEXT + 1);
            if (from > copiedTo && out.size() > 0) out.write(' ');
            out.write(bytes, from, Math.min(to - from, SAMPLE - out.size()));
            copiedTo = to;
            i = to - 1;
        }
        return out.size() == 0 ? bytes : out.toByteArray();
    }
}
