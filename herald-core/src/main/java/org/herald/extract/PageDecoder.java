package org.herald.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw page bytes to text, in the order browsers follow: a byte-order mark wins; then the charset the transport
 * declared (an archived response's HTTP Content-Type); then one the markup declares (meta charset, http-equiv, XML
 * declaration) within its first bytes; then UTF-8 when the bytes are valid UTF-8; else the charset
 * {@link CharsetGuess} finds (a Windows-1251 or Latin-1 page that declares nothing). Binary content (NUL bytes,
 * mostly control characters) is refused with a message a user can act on.
 */
final class PageDecoder {
    /** Where HTML must declare its charset (the HTML standard's pre-scan reads 1024 bytes; pages are often sloppier). */
    private static final int DECLARATION_WINDOW = 4096;
    /** Share of control characters above which a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-zA-Z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private PageDecoder() { }

    /** Decodes {@code bytes}; {@code transport} is the charset the transport declared, or null. */
    static String decode(byte[] bytes, String transport) throws ExtractionException {
        if (bytes.length == 0) throw new ExtractionException("empty document");
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) text = strictUtf8(bytes, 3);
        else if (startsWith(bytes, 0xFE, 0xFF)) text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        else if (startsWith(bytes, 0xFF, 0xFE)) text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        else {
            if (hasNul(bytes)) throw new ExtractionException("binary content (NUL bytes), not a text or HTML page");
            Charset declared = transport == null ? null : CharsetGuess.forName(transport);
            if (declared == null) declared = declaredCharset(bytes);
            if (declared != null) text = new String(bytes, declared);
            else {
                text = validUtf8(bytes, 0);
                if (text == null) text = new String(bytes, CharsetGuess.of(bytes));
            }
        }
        if (text.indexOf('\0') >= 0) throw new ExtractionException("binary content (NUL characters), not a text or HTML page");
        if (controlShare(text) > MAX_CONTROL_SHARE) throw new ExtractionException("binary content (mostly control characters), not a text or HTML page");
        if (text.isBlank()) throw new ExtractionException("empty document (only white space)");
        return text;
    }

    /** A page that says it is UTF-8 by its byte-order mark is read as UTF-8, invalid bytes replaced. */
    private static String strictUtf8(byte[] bytes, int from) {
        String text = validUtf8(bytes, from);
        return text != null ? text : new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /** The bytes from {@code from} as UTF-8, or null when they are not valid UTF-8. */
    private static String validUtf8(byte[] bytes, int from) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a page declares near its start, or null. ISO-8859-1 means windows-1252, as browsers read it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        return CharsetGuess.forName(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) if (x == 0) return true;
        return false;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 65536), control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
            else if (c >= 0x7F && c < 0xA0) control++;
        }
        return n == 0 ? 0 : (double) control / n;
    }
}
