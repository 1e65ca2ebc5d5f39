package org.herald.actors.memory;

import org.herald.actors.ActorRegistry;
import org.herald.actors.LearnedOfficial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The actor memory as a TSV file ({@code <data>/actors/registry.tsv}): officials Herald learned from documents and
 * those a user pinned. Columns: name, country, role, code, status (pinned|learned), evidence. A pinned entry is never
 * replaced by a learned one.
 *
 * <p>Two processes may merge at once: every change reads, merges and rewrites the file while holding an exclusive lock
 * on {@code registry.tsv.lock} (and, for threads of one process, a lock per file), and the new file replaces the old
 * by an atomic rename, so a reader sees the old file or the new one, never a torn one, and no merge is lost.
 */
public final class TsvActorMemory implements ActorMemory {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private static final String HEADER = "# Herald actor registry: officials learned from documents or pinned by a user (herald actors set).\n"
            + "# Columns: name, country, role, code, status (pinned wins over learned), evidence. Edit with `herald actors`.\n"
            + "name\tcountry\trole\tcode\tstatus\tevidence\n";

    /** One row: an official and whether a user pinned it. */
    public record Entry(LearnedOfficial official, boolean pinned) {}

    private final Path file;

    private TsvActorMemory(Path file) { this.file = file.toAbsolutePath().normalize(); }

    /** The memory under a data directory: {@code <dataDir>/actors/registry.tsv}. */
    public static TsvActorMemory in(Path dataDir) { return new TsvActorMemory(dataDir.resolve("actors").resolve("registry.tsv")); }

    /** The memory in one file. */
    public static TsvActorMemory at(Path file) { return new TsvActorMemory(file); }

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
    @Override public ActorRegistry snapshot() {
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
    @Override public int merge(List<LearnedOfficial> learned) {
        if (learned.isEmpty()) return 0;
        return change(rows -> {
            int changed = 0;
            for (LearnedOfficial o : learned) {
                Entry old = rows.get(key(o.name()));
                if (old != null && (old.pinned() || old.official().equals(o))) continue;
                rows.put(key(o.name()), new Entry(o, false));
                changed++;
            }
            return changed;
        });
    }

    /** Sets (and pins, unless {@code pinned} is false) one official. */
    public void set(LearnedOfficial o, boolean pinned) {
        change(rows -> {
            rows.put(key(o.name()), new Entry(o, pinned));
            return 1;
        });
    }

    /** Removes one official; false when there was none. */
    public boolean remove(String name) {
        return change(rows -> rows.remove(key(name)) == null ? 0 : 1) > 0;
    }

    /**
     * Reads the rows, lets {@code edit} change them and writes them back when it reports a change, all under the
     * file's lock, so that concurrent writers queue instead of overwriting each other.
     */
    private int change(Function<Map<String, Entry>, Integer> edit) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Map<String, Entry> rows = byKey();
                int changed = edit.apply(rows);
                if (changed > 0) write(rows.values());
                return changed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        } finally {
            local.unlock();
        }
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
            Path tmp = Files.createTempFile(file.getParent(), "registry", ".tmp");
            try {
                try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    out.write(StandardCharsets.UTF_8.encode(b.toString()));
                    out.force(true); // on disk before the rename makes it the registry
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String cell(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip(); }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static String key(String name) { return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); }
}
