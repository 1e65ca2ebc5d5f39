package org.herald.actors;

import org.herald.Span;
import org.herald.nlp.EntityMention;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for CoreNLP in unit tests: one sentence per line, tokens by a regular expression, capitalised words
 * tagged NNP and others NN (verbs from a short list, and lower-case words in -ed, VBD), no NER and no parse. Enough for the rules that read
 * words, not for those that need NER or dependencies. {@link #annotate(String, List)} also marks the given names as
 * PERSON wherever they occur, as CoreNLP's NER would.
 */
final class FakeNlp {
    private static final Pattern TOKEN = Pattern.compile("(?:'s|’s)(?!\\p{L})|(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+|\\S");
    private static final List<String> VERBS = List.of("said", "says", "met", "told", "warned", "denied", "accused", "arrived", "visited", "sent", "is", "was");

    private FakeNlp() { }

    static NlpDocument annotate(String body) { return annotate(body, List.of()); }

    static NlpDocument annotate(String body, List<String> persons) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : body.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                String w = m.group();
                String lower = w.toLowerCase(Locale.ROOT);
                String pos = VERBS.contains(lower) || (lower.endsWith("ed") && !Character.isUpperCase(w.charAt(0))) ? "VBD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : ".";
                String lemma = lower.endsWith("s") && pos.equals("NN") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
                tokens.add(new Token(tokens.size(), w, lemma, pos, "O", lineStart + m.start(), lineStart + m.end()));
            }
            if (!tokens.isEmpty()) {
                List<EntityMention> entities = markPersons(body, sentences.size(), tokens, persons);
                sentences.add(new Sentence(sentences.size(), new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()),
                        tokens, List.of(), entities));
            }
            lineStart += line.length() + 1;
        }
        return new NlpDocument(sentences);
    }

    /** Marks each occurrence of a listed name (as whole tokens) PERSON, in {@code tokens} and as entity mentions. */
    private static List<EntityMention> markPersons(String body, int sentence, List<Token> tokens, List<String> persons) {
        List<EntityMention> entities = new ArrayList<>();
        for (String person : persons) {
            String[] words = person.split(" ");
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) match = tokens.get(i + k).word().equals(words[k]);
                if (!match) continue;
                for (int k = i; k < i + words.length; k++) {
                    Token t = tokens.get(k);
                    tokens.set(k, new Token(t.index(), t.word(), t.lemma(), t.pos(), "PERSON", t.start(), t.end()));
                }
                int start = tokens.get(i).start(), end = tokens.get(i + words.length - 1).end();
                entities.add(new EntityMention("PERSON", sentence, i, i + words.length, start, end, body.substring(start, end)));
            }
        }
        entities.sort(java.util.Comparator.comparingInt(EntityMention::firstToken));
        return entities;
    }
}
