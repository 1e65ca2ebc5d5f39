package org.herald.events.typer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the model's {@code tokenizer.json} declares it: clean the text (drop control
 * characters, whitespace to spaces), lower-case and strip accents, split on whitespace, punctuation and CJK
 * characters, then cut each word into the longest pieces of the vocabulary ("##" marking a piece inside a word); a word
 * longer than 100 characters, or one the vocabulary cannot spell, is {@code [UNK]}. {@link #encode} wraps the pieces in
 * {@code [CLS]} ... {@code [SEP]} and truncates to the model's maximum length.
 */
public final class WordPieceTokenizer {
    static final String CLS = "[CLS]", SEP = "[SEP]", UNK = "[UNK]";
    private static final int MAX_WORD_CHARS = 100;
    private final Map<String, Integer> vocab;
    private final int cls, sep, unk;

    WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.cls = require(CLS);
        this.sep = require(SEP);
        this.unk = require(UNK);
    }

    /** Reads the {@code model.vocab} object of a Hugging Face {@code tokenizer.json}. */
    public static WordPieceTokenizer read(InputStream json) {
        Map<String, Integer> vocab = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            int depth = 0;
            boolean inModel = false;
            while (p.nextToken() != null) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) depth++;
                else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) depth--;
                else if (t == JsonToken.FIELD_NAME && depth == 1) inModel = p.currentName().equals("model");
                else if (t == JsonToken.FIELD_NAME && depth == 2 && inModel && p.currentName().equals("vocab")) {
                    if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("model.vocab is not an object");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String piece = p.currentName();
                        p.nextToken();
                        vocab.put(piece, p.getIntValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
        }
        if (vocab.isEmpty()) throw new IllegalArgumentException("the tokenizer file has no model.vocab");
        return new WordPieceTokenizer(vocab);
    }

    /** The ids of {@code [CLS]}, the pieces of {@code text} and {@code [SEP]}, at most {@code maxLength} in all. */
    public long[] encode(String text, int maxLength) {
        List<Integer> pieces = pieces(text);
        int n = Math.min(pieces.size(), maxLength - 2);
        long[] ids = new long[n + 2];
        ids[0] = cls;
        for (int i = 0; i < n; i++) ids[i + 1] = pieces.get(i);
        ids[n + 1] = sep;
        return ids;
    }

    /** The vocabulary ids of the text's word pieces, without the special tokens. */
    public List<Integer> pieces(String text) {
        List<Integer> out = new ArrayList<>();
        for (String word : words(text)) piecesOf(word, out);
        return out;
    }

    /** The id of a vocabulary entry, or -1. */
    public int id(String piece) { return vocab.getOrDefault(piece, -1); }

    /** Basic tokenization: cleaned, lower-cased, accents stripped, split at spaces, punctuation and CJK characters. */
    static List<String> words(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (isWhitespace(c)) { flush(w, words); continue; }
            if (isControl(c)) continue;
            if (isPunctuation(c) || isCjk(c)) {
                flush(w, words);
                words.add(new String(Character.toChars(c)));
                continue;
            }
            w.appendCodePoint(c);
        }
        flush(w, words);
        return words;
    }

    private void piecesOf(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) { out.add(unk); return; }
        List<Integer> mine = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String sub = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocab.get(sub);
                if (found != null) break;
                end--;
                if (end > start && Character.isLowSurrogate(word.charAt(end))) end--;
            }
            if (found == null) { out.add(unk); return; }
            mine.add(found);
            start = end;
        }
        out.addAll(mine);
    }

    private static void flush(StringBuilder w, List<String> words) {
        if (w.length() > 0) { words.add(w.toString()); w.setLength(0); }
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT;
    }

    /** BERT's punctuation: every non-letter, non-digit ASCII symbol and Unicode's punctuation classes. */
    private static boolean isPunctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) return true;
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x2A6DF || c >= 0x2A700 && c <= 0x2CEAF
                || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F;
    }

    private int require(String piece) {
        Integer id = vocab.get(piece);
        if (id == null) throw new IllegalArgumentException("the tokenizer's vocabulary lacks " + piece);
        return id;
    }
}
