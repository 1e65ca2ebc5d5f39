package org.herald.extract;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text from {@code herald/extract/languages.tsv}: first the writing system (Hangul, kana, Han,
 * Cyrillic, Arabic ...), then, for Latin script, which language's frequent function words the text uses most.
 * English wins close calls: a false "not English" costs an English article all its actors and events downstream.
 */
final class LanguageDetector {
    static final String FILE = "extract/languages.tsv";
    /** Words read from the text; a few thousand tell the language as well as a whole book. */
    private static final int MAX_WORDS = 3000;
    private static final int MAX_CHARS = 20000;
    /** Fewer function-word hits than this is too little evidence to name a language. */
    private static final int MIN_HITS = 3;
    /** English is kept while its hits reach this share of the best language's hits. */
    private static final double ENGLISH_MARGIN = 0.7;
    /** Share of letters a script needs to decide the language. */
    private static final double SCRIPT_SHARE = 0.3;

    private final Map<Character.UnicodeScript, String> scripts;
    private final Map<String, String> letters;
    private final Map<String, Map<String, Integer>> wordLanguages;

    private LanguageDetector(Map<Character.UnicodeScript, String> scripts, Map<String, String> letters, Map<String, Map<String, Integer>> words) {
        this.scripts = scripts;
        this.letters = letters;
        this.wordLanguages = words;
    }

    static LanguageDetector load(KnowledgeSource source) {
        Map<Character.UnicodeScript, String> scripts = new LinkedHashMap<>();
        Map<String, String> letters = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "kind", "language", "value")) {
            String lang = row.get("language"), value = row.get("value");
            switch (row.get("kind")) {
                case "script" -> {
                    try {
                        scripts.put(Character.UnicodeScript.valueOf(value), lang);
                    } catch (IllegalArgumentException e) {
                        throw row.error("unknown Unicode script '" + value + "'");
                    }
                }
                case "letters" -> letters.put(lang, value);
                case "words" -> {
                    for (String w : value.toLowerCase(Locale.ROOT).split("\\s+"))
                        words.computeIfAbsent(w, k -> new HashMap<>()).put(lang, 1);
                }
                default -> throw row.error("unknown kind '" + row.get("kind") + "' (script, letters, words)");
            }
        }
        return new LanguageDetector(scripts, letters, words);
    }

    /** An ISO 639-1 code, or null when the text gives too little evidence. */
    String detect(String text) {
        if (text == null || text.isBlank()) return null;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String byScript = byScript(sample);
        if (byScript != null) return byScript;
        return byWords(sample);
    }

    private String byScript(String s) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letterCount = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letterCount++;
            counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        }
        if (letterCount == 0) return null;
        int kana = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = counts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int hangul = counts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
        if (hangul > SCRIPT_SHARE * letterCount) return scripts.get(Character.UnicodeScript.HANGUL);
        // Japanese mixes kana into Han text; Chinese has none.
        if (kana + han > SCRIPT_SHARE * letterCount) return kana > 0.05 * (kana + han) ? scripts.get(Character.UnicodeScript.HIRAGANA) : scripts.get(Character.UnicodeScript.HAN);
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getKey() == Character.UnicodeScript.LATIN || e.getValue() <= SCRIPT_SHARE * letterCount) continue;
            String lang = scripts.get(e.getKey());
            if (lang == null) continue;
            for (Map.Entry<String, String> l : letters.entrySet()) {
                if (sameScript(l.getValue(), e.getKey()) && containsAny(s, l.getValue(), letterCount)) return l.getKey();
            }
            return lang;
        }
        return null;
    }

    private static boolean sameScript(String letters, Character.UnicodeScript script) {
        return !letters.isEmpty() && Character.UnicodeScript.of(letters.codePointAt(0)) == script;
    }

    /** Distinctive letters make up a noticeable share of the text (one stray loan word is not enough). */
    private static boolean containsAny(String s, String letters, int letterCount) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (letters.indexOf(Character.toLowerCase(s.charAt(i))) >= 0) n++;
        return n >= Math.max(3, letterCount / 200);
    }

    private String byWords(String s) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            if (++words > MAX_WORDS) break;
            Map<String, Integer> langs = wordLanguages.get(w);
            if (langs != null) for (String l : langs.keySet()) hits.merge(l, 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : hits.entrySet())
            if (best == null || e.getValue() > hits.get(best) || (e.getValue().equals(hits.get(best)) && e.getKey().compareTo(best) < 0)) best = e.getKey();
        int en = hits.getOrDefault("en", 0);
        if (best == null || hits.get(best) < MIN_HITS) {
            // Too little evidence: short Latin-script text is taken for English unless another language clearly leads,
            // since calling English text foreign would cost it every actor and event downstream.
            return best == null || hits.get(best) - en < MIN_HITS - 1 ? (hasLetters(s) ? "en" : null) : best;
        }
        if (!best.equals("en") && en >= ENGLISH_MARGIN * hits.get(best)) return "en";
        return best;
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    /** Languages the detector can name (for documentation and tests). */
    List<String> languages() {
        Set<String> all = new java.util.TreeSet<>(scripts.values());
        all.addAll(letters.keySet());
        for (Map<String, Integer> m : wordLanguages.values()) all.addAll(m.keySet());
        return new ArrayList<>(all);
    }
}
