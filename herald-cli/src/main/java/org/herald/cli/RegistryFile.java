package org.herald.cli;

import org.herald.actors.ActorRegistry;
import org.herald.actors.LearnedOfficial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actor registry on disk ({@code <data>/actors/registry.tsv}): officials Herald learned from documents and
 * those a user pinned. Drivers read a snapshot before a run ({@link #snapshot}) and merge what documents taught
 * after it ({@link #merge}); the pipeline itself never writes. A pinned entry is never replaced by a learned one.
 * Columns: name, country, role, code, status (pinned|learned), evidence. Not safe for two processes at once.
 */
public final class RegistryFile {
    private static final String HEADER = "# Herald actor registry: officials learned from documents or pinned by a user (herald actors set).\n"
            + "# Columns: name, country, role, code, status (pinned wins over learned), evidence. Edit with `herald actors`.\n"
            + "name\tcountry\trole\tcode\tstatus\tevidence\n";

    /** One row: an official and whether a user pinned it. */
    public record Entry(LearnedOfficial official, boolean pinned) {}

    private final Path file;

    private RegistryFile(Path file) { this.file = file; }

    public static RegistryFile in(Path dataDir) { return new RegistryFile(dataDir.resolve("actors").resolve("registry.tsv")); }

    public Path path() { return file; }

    /** Every row, in file order; none when the file does not exist yet. A bad row fails with file:line. */
    public List<Entry> entries() {
        if (!Files.isRegularFile(file)) return List.of();
        List<Entry> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            String[] c = line.split("\t", -1);
            if (c.length != 6) throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 6 tab-separated cells, got " + c.length);
            if (!c[4].equals("pinned") && !c[4].equals("learned"))
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": status must be pinned or learned, got '" + c[4] + "'");
            if (c[0].isBlank()) throw new IllegalArgumentException(file + ":" + (n + 1) + ": empty name");
            out.add(new Entry(new LearnedOfficial(c[0], blankToNull(c[1]), blankToNull(c[2]), blankToNull(c[3]), blankToNull(c[5])),
                    c[4].equals("pinned")));
        }
        return out;
    }

    /** The immutable snapshot the pipeline reads. */
    public ActorRegistry snapshot() {
        List<LearnedOfficial> learned = new ArrayList<>(), pinned = new ArrayList<>();
        for (Entry e : entries()) (e.pinned() ? pinned : learned).add(e.official());
        return new ActorRegistry(learned, pinned);
    }

    public Optional<Entry> find(String name) {
        String key = key(name);
        return entries().stream().filter(e -> key(e.official().name()).equals(key)).findFirst();
    }

    /**
     * Adds what documents taught: a new name is added, a learned one takes the newer facts, a pinned one is kept.
     * Returns how many rows were added or changed.
     */
    public int merge(List<LearnedOfficial> learned) {
        Map<String, Entry> rows = byKey();
        int changed = 0;
        for (LearnedOfficial o : learned) {
            Entry old = rows.get(key(o.name()));
            if (old != null && (old.pinned() || old.official().equals(o))) continue;
            rows.put(key(o.name()), new Entry(o, false));
            changed++;
        }
        if (changed > 0) write(rows.values());
        return changed;
    }

    /** Sets (and pins, unless {@code pinned} is false) one official. */
    public void set(LearnedOfficial o, boolean pinned) {
        Map<String, Entry> rows = byKey();
        rows.put(key(o.name()), new Entry(o, pinned));
        write(rows.values());
    }

    /** Removes one official; false when there was none. */
    public boolean remove(String name) {
        Map<String, Entry> rows = byKey();
        if (rows.remove(key(name)) == null) return false;
        write(rows.values());
        return true;
    }

    private Map<String, Entry> byKey() {
        Map<String, Entry> rows = new LinkedHashMap<>();
        for (Entry e : entries()) rows.put(key(e.official().name()), e);
        return rows;
    }

    private void write(Iterable<Entry> rows) {
        StringBuilder b = new StringBuilder(HEADER);
        for (Entry e : rows) {
            LearnedOfficial o = e.official();
            b.append(cell(o.name())).append('\t').append(cell(o.country())).append('\t').append(cell(o.role())).append('\t')
                    .append(cell(o.code())).append('\t').append(e.pinned() ? "pinned" : "learned").append('\t').append(cell(o.evidence())).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "registry", ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String cell(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip(); }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static String key(String name) { return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); }
}
