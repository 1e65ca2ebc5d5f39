package org.herald.actors;

import org.herald.Excerpt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The actors of one document while they are being found: one entry per distinct entity (its key), each with its
 * mentions; and the body stretches already taken, so that no two actors claim the same words.
 * Local to one {@link ActorResolver#resolve} call.
 */
final class ActorTable {
    /** What is known about one entity; later evidence fills what is still null. */
    static final class Entry {
        final String key;
        String name;
        Actor.Kind kind;
        String code;
        String country;
        String agent;
        String role;
        String rule;
        String evidence;
        /** For a place of {@code places.tsv}: the country it is in (the place itself stays uncoded). */
        String placeCountry;
        /** How an inferred country was found ({@link Actor#countryFrom}); null when the text names it. */
        String countryFrom;
        int sentence = Integer.MAX_VALUE;
        final TreeMap<Integer, Excerpt> mentions = new TreeMap<>();

        Entry(String key) { this.key = key; }

        boolean isPerson() { return kind == Actor.Kind.PERSON; }
    }

    private final String body;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    /** Body characters already part of some actor's words: a flag per character keeps the check cheap on long bodies. */
    private final boolean[] claimed;

    ActorTable(String body) {
        this.body = body;
        this.claimed = new boolean[body.length() + 1];
    }

    String body() { return body; }

    /** The entry for {@code key}, created with these facts if new; an existing entry keeps its facts. */
    Entry entry(String key, String name, Actor.Kind kind, String code, String agent, String role, String rule) {
        Entry e = byKey.get(key);
        if (e == null) {
            e = new Entry(key);
            e.name = name;
            e.kind = kind;
            e.rule = rule;
            byKey.put(key, e);
        }
        if (e.code == null && code != null) setCode(e, code, agent);
        if (e.role == null && role != null) e.role = role;
        return e;
    }

    static void setCode(Entry e, String code, String agent) {
        e.code = code;
        e.country = code == null ? null : code.substring(0, 3);
        e.agent = agent;
    }

    Entry find(String key) { return byKey.get(key); }

    List<Entry> entries() { return List.copyOf(byKey.values()); }

    void remove(Entry e) { byKey.remove(e.key); }

    /** Adds the mention [start, end) and claims it. */
    void mention(Entry e, int start, int end) {
        if (end <= start) return;
        e.mentions.put(start, Excerpt.of(body, start, end));
        claim(start, end);
    }

    void claim(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, body.length()); i++) claimed[i] = true;
    }

    boolean isClaimed(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, body.length()); i++) if (claimed[i]) return true;
        return false;
    }

    /** The finished actors, numbered by first mention. */
    List<Actor> build() {
        List<Entry> withMentions = new ArrayList<>();
        for (Entry e : byKey.values()) if (!e.mentions.isEmpty()) withMentions.add(e);
        withMentions.sort(Comparator.comparingInt((Entry e) -> e.mentions.firstKey()).thenComparing(e -> e.key));
        List<Actor> out = new ArrayList<>();
        int n = 1;
        for (Entry e : withMentions) {
            out.add(new Actor("a" + n++, e.name, e.kind, e.code, e.country, e.agent, e.role,
                    new ArrayList<>(e.mentions.values()), e.rule, e.countryFrom));
        }
        return out;
    }
}
