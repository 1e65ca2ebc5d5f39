package org.herald;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * All of Herald's settings, one typed tree. Defaults and their reasons live in
 * {@code herald/herald.properties}; a user file overrides only the keys it sets, and an unknown key stops start-up.
 *
 * @param limits       bounds on one document
 * @param nlpProfile   which CoreNLP configuration to load
 * @param knowledgeDir a user directory whose files overlay the shipped knowledge files, or null
 * @param learn        whether runs merge the officials documents introduce into the actor memory (else they only read it)
 * @param server       bounds of {@code herald serve}
 * @param eventTyper   whether the learned typer types the sentences the event patterns left uncoded ({@code events.typer})
 */
public record HeraldConfig(Limits limits, NlpProfile nlpProfile, Path knowledgeDir, boolean learn, ServerSettings server,
                           boolean eventTyper) {
    private static final String DEFAULTS = "/herald/herald.properties";

    public static HeraldConfig defaults() {
        return load(null);
    }

    /** Shipped defaults, overlaid by {@code userFile} when it is not null. */
    public static HeraldConfig load(Path userFile) {
        Properties p = new Properties();
        try (InputStream in = HeraldConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new IllegalStateException("missing " + DEFAULTS);
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
        Set<String> known = new TreeSet<>(p.stringPropertyNames());
        if (userFile != null) {
            Properties user = new Properties();
            try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                user.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read configuration " + userFile + ": " + e.getMessage(), e);
            }
            for (String key : user.stringPropertyNames()) {
                if (!known.contains(key))
                    throw new IllegalArgumentException("unknown configuration key '" + key + "' in " + userFile + " (known: " + known + ")");
                p.setProperty(key, user.getProperty(key));
            }
        }
        Limits limits = new Limits(
                longValue(p, "limits.maxPageBytes"),
                (int) longValue(p, "limits.maxBodyChars"),
                (int) longValue(p, "limits.maxSentences"),
                (int) longValue(p, "limits.maxTokensPerSentence"),
                doubleValue(p, "limits.maxDocumentSeconds"));
        NlpProfile profile = NlpProfile.valueOf(p.getProperty("nlp.profile").trim().toUpperCase());
        String dir = p.getProperty("knowledge.userDir", "").trim();
        ServerSettings server = new ServerSettings(
                (int) longValue(p, "server.workers"),
                (int) longValue(p, "server.queue"),
                longValue(p, "server.analyzeTimeoutMillis"),
                longValue(p, "server.maxRequestBytes"),
                (int) longValue(p, "server.analyzePerMinute"),
                (int) longValue(p, "server.analyzeBurst"),
                (int) longValue(p, "server.pageSize"));
        return new HeraldConfig(limits, profile, dir.isEmpty() ? null : Path.of(dir), booleanValue(p, "actors.learn"), server,
                booleanValue(p, "events.typer"));
    }

    public HeraldConfig withKnowledgeDir(Path dir) { return new HeraldConfig(limits, nlpProfile, dir, learn, server, eventTyper); }

    public HeraldConfig withLimits(Limits l) { return new HeraldConfig(l, nlpProfile, knowledgeDir, learn, server, eventTyper); }

    public HeraldConfig withLearn(boolean on) { return new HeraldConfig(limits, nlpProfile, knowledgeDir, on, server, eventTyper); }

    public HeraldConfig withServer(ServerSettings s) { return new HeraldConfig(limits, nlpProfile, knowledgeDir, learn, s, eventTyper); }

    public HeraldConfig withEventTyper(boolean on) { return new HeraldConfig(limits, nlpProfile, knowledgeDir, learn, server, on); }

    private static boolean booleanValue(Properties p, String key) {
        String v = p.getProperty(key, "").trim();
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new IllegalArgumentException("configuration key '" + key + "' needs true or false, got '" + v + "'");
    }

    private static double doubleValue(Properties p, String key) { return number(p, key, "a number", Double::parseDouble); }

    private static long longValue(Properties p, String key) { return number(p, key, "a whole number", Long::parseLong); }

    /** The key's value read by {@code parse} ("_" allowed between digits), or a message naming the key. */
    private static <T> T number(Properties p, String key, String what, java.util.function.Function<String, T> parse) {
        String v = p.getProperty(key);
        try {
            return parse.apply(v.trim().replace("_", ""));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' needs " + what + ", got '" + v + "'");
        }
    }
}
