package org.herald.actors;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of countries, organisations and groups ({@code actors/countries.tsv}, {@code igos.tsv},
 * {@code groups.tsv}) and where they occur in a sentence. Immutable after {@link #load}.
 *
 * <p>Matching compares the body text itself, so a name matches however CoreNLP splits it, and it must end on a
 * token end. Upper-case letters in a name must be upper case in the text ("US" never matches "us", "CoE" never
 * "Coe"); lower-case ones match either. A name written "the West" matches "West" only right after "the".
 */
final class Gazetteer {
    /** What a name says about its entity. */
    enum Form { NAME, DEMONYM, CAPITAL, SEAT, PLACE, NOT_ACTOR }

    /** One entity of the files. {@code agent} is set for seats of government ("Kremlin" = GOV). */
    record Entry(String code, String name, Actor.Kind kind, Form form, String agent, String source) {
        String country() { return code.length() >= 3 ? code.substring(0, 3) : code; }
    }

    /** A name as it is looked for in text. */
    record Phrase(String text, boolean afterThe, Entry entry) {}

    /** A name found in a sentence: tokens [first, end). */
    record Match(int sentence, int first, int end, int start, int endOffset, Entry entry, Phrase phrase) {}

    private final Map<String, List<Phrase>> byFirstWord;
    private final int size;

    private Gazetteer(Map<String, List<Phrase>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    static Gazetteer load(KnowledgeSource source) {
        List<Phrase> phrases = new ArrayList<>();
        // Places first: a capital of countries.tsv named here too ("Abuja") keeps its capital's row.
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/places.tsv", "name", "country", "kind")) {
            String country = row.get("country");
            if (!country.matches("[A-Z]{3}")) throw row.error("country '" + country + "' is not a 3-letter CAMEO country code");
            if (row.get("name").isEmpty()) throw row.error("empty name");
            add(phrases, row.get("name"), new Entry(country, row.get("name"), Actor.Kind.PLACE, Form.PLACE, null, row.file() + ":" + row.line()));
        }
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/countries.tsv", "code", "name", "aliases", "demonyms", "capitals", "seats")) {
            String code = code(row);
            String name = row.get("name");
            String where = row.file() + ":" + row.line();
            Entry country = new Entry(code, name, Actor.Kind.COUNTRY, Form.NAME, null, where);
            add(phrases, name, country);
            for (String a : row.list("aliases")) add(phrases, a, country);
            Entry demonym = new Entry(code, name, Actor.Kind.COUNTRY, Form.DEMONYM, null, where);
            for (String d : row.list("demonyms")) add(phrases, d, demonym);
            Entry capital = new Entry(code, name, Actor.Kind.COUNTRY, Form.CAPITAL, "GOV", where);
            for (String c : row.list("capitals")) add(phrases, c, capital);
            for (String s : row.list("seats")) {
                int colon = s.lastIndexOf(':');
                String agent = colon < 0 ? "GOV" : s.substring(colon + 1).trim();
                if (!agent.matches("[A-Z]{3}")) throw row.error("seat '" + s + "' needs a 3-letter agent after ':'");
                add(phrases, colon < 0 ? s : s.substring(0, colon).trim(),
                        new Entry(code, name, Actor.Kind.ORGANIZATION, Form.SEAT, agent, where));
            }
        }
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/igos.tsv", "code", "name", "aliases")) {
            Entry igo = new Entry(code(row), row.get("name"), Actor.Kind.ORGANIZATION, Form.NAME, null, row.file() + ":" + row.line());
            add(phrases, igo.name(), igo);
            for (String a : row.list("aliases")) add(phrases, a, igo);
        }
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/groups.tsv", "code", "name", "aliases", "demonyms")) {
            String where = row.file() + ":" + row.line();
            Entry group = new Entry(code(row), row.get("name"), Actor.Kind.GROUP, Form.NAME, null, where);
            add(phrases, group.name(), group);
            for (String a : row.list("aliases")) add(phrases, a, group);
            Entry adjective = new Entry(group.code(), group.name(), Actor.Kind.GROUP, Form.DEMONYM, null, where);
            for (String d : row.list("demonyms")) add(phrases, d, adjective);
        }
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/not-actors.tsv", "phrase")) {
            String phrase = row.get("phrase");
            if (phrase.isEmpty()) throw row.error("empty phrase");
            add(phrases, phrase, new Entry("---", phrase, null, Form.NOT_ACTOR, null, row.file() + ":" + row.line()));
        }
        // A later row (a user's file) replaces an earlier one for the same words.
        Map<String, Phrase> unique = new java.util.LinkedHashMap<>();
        for (Phrase p : phrases) unique.put((p.afterThe() ? "the " : "") + p.text(), p);
        Map<String, List<Phrase>> index = new HashMap<>();
        for (Phrase p : unique.values()) {
            index.computeIfAbsent(firstWord(p.text()), k -> new ArrayList<>()).add(p);
            // CoreNLP may split "Port-au-Prince" at its hyphens: the first piece finds it too.
            String piece = firstWord(p.text()).split("-")[0];
            if (!piece.isEmpty() && !piece.equals(firstWord(p.text()))) index.computeIfAbsent(piece, k -> new ArrayList<>()).add(p);
        }
        for (List<Phrase> list : index.values()) list.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
        return new Gazetteer(index, unique.size());
    }

    int size() { return size; }

    /** The entry of exactly these words (any case), or null: for a dateline's place. */
    Entry named(String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        List<Phrase> candidates = byFirstWord.get(firstWord(w));
        if (candidates == null) return null;
        for (Phrase p : candidates) if (p.text().equalsIgnoreCase(w) && p.entry().form() != Form.NOT_ACTOR) return p.entry();
        return null;
    }

    private static String code(TsvReader.Row row) {
        String code = row.get("code");
        if (!code.matches("([A-Z]{3})+")) throw row.error("code '" + code + "' is not a CAMEO code (3, 6, 9 ... capital letters)");
        if (row.get("name").isEmpty()) throw row.error("empty name");
        return code;
    }

    private static void add(List<Phrase> phrases, String text, Entry entry) {
        String t = text.strip();
        boolean afterThe = t.startsWith("the ") || t.startsWith("The ");
        if (afterThe) t = t.substring(4).strip();
        if (!t.isEmpty()) phrases.add(new Phrase(t, afterThe, entry));
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** Every name in the sentence, longest first at each token, never overlapping. */
    List<Match> find(String body, Sentence sentence) {
        List<Match> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(body, sentence, i);
            if (m == null) { i++; continue; }
            out.add(m);
            i = m.end();
        }
        return out;
    }

    /** The longest name starting at token {@code i}, or null. */
    Match matchAt(String body, Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        Token t = tokens.get(i);
        List<Phrase> candidates = byFirstWord.get(firstWord(t.word()));
        if (candidates == null) return null;
        for (Phrase p : candidates) {
            int end = t.start() + p.text().length();
            if (end > body.length() || !body.regionMatches(true, t.start(), p.text(), 0, p.text().length())) continue;
            if (!capitalsAgree(body, t.start(), p.text())) continue;
            int last = tokenEndingAt(tokens, i, end);
            if (last < 0) continue;
            if (p.afterThe() && (i == 0 || !tokens.get(i - 1).word().equalsIgnoreCase("the"))) continue;
            return new Match(sentence.index(), i, last + 1, t.start(), end, p.entry(), p);
        }
        return null;
    }

    private static boolean capitalsAgree(String body, int at, String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            if (Character.isUpperCase(c) && !Character.isUpperCase(body.charAt(at + k))) return false;
        }
        return true;
    }

    private static int tokenEndingAt(List<Token> tokens, int from, int end) {
        for (int j = from; j < tokens.size() && tokens.get(j).start() < end; j++) if (tokens.get(j).end() == end) return j;
        return -1;
    }
}
