package org.herald.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a byline ("By Jane Doe and John Roe, Staff Writers | Updated 3 May 2024") into names: splits at commas,
 * ampersands and "and"-words, drops role words, dates, handles and addresses.
 */
final class AuthorNames {
    /** A name longer than this many words is a sentence, not a name. */
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|;|\\||/|·|•|\\n|\\s+(?:and|und|et|y|e|en|og|och|i|ve|dan)\\s+)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern URL_OR_MAIL = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+|@\\w+");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern MONTH = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d",
            Pattern.CASE_INSENSITIVE);

    private AuthorNames() { }

    static List<String> split(String byline, Set<String> byWords, Set<String> roleWords) {
        if (byline == null || byline.isBlank()) return List.of();
        String s = byline.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
        s = MONTH.matcher(s).find() ? s.substring(0, MONTH.matcher(s).results().findFirst().get().start()) : s;
        s = URL_OR_MAIL.matcher(PARENS.matcher(s).replaceAll(" ")).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        for (String piece : SPLIT.split(s)) {
            String name = clean(piece, byWords, roleWords);
            if (name != null) out.add(name);
        }
        return new ArrayList<>(out);
    }

    /** One piece as a name, or null when it is a role, a date or a sentence. */
    static String clean(String piece, Set<String> byWords, Set<String> roleWords) {
        String[] words = piece.strip().split("\\s+");
        int from = 0;
        while (from < words.length && (isRole(words[from], byWords) || isRole(words[from], roleWords))) from++;
        List<String> kept = new ArrayList<>();
        for (int i = from; i < words.length; i++) {
            if (isRole(words[i], roleWords)) return null;
            kept.add(words[i]);
        }
        String name = String.join(" ", kept).replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^.)]]+$", "").strip();
        if (name.isEmpty() || HAS_DIGIT.matcher(name).find() || kept.size() > MAX_NAME_WORDS) return null;
        if (!Character.isLetter(name.codePointAt(0))) return null;
        // Initials alone ("J J") are avatar labels, not names.
        if (kept.stream().allMatch(w -> w.replaceAll("\\P{L}", "").length() <= 1)) return null;
        return name;
    }

    private static boolean isRole(String word, Set<String> roleWords) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
        return w.isEmpty() || roleWords.contains(w);
    }
}
