package org.herald.server;

import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.pipeline.Analysis;
import org.herald.store.Store;
import org.herald.store.StoreException;
import org.herald.store.StoreWriter;
import org.herald.store.query.StoreQueries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The store as the server uses it. The GET routes read through a few stores opened read-only (DuckDB's read-only
 * mode: nothing a read route does can change the file), one request per store at a time. {@code POST /api/documents}
 * writes: it waits for the reads in flight, closes the read-only stores, opens the store for writing, commits the
 * document, closes it and opens the read-only ones again; reads wait the few milliseconds that takes. The slow part,
 * the analysis, happens before, outside the lock. DuckDB locks the file, so while the server runs no other process
 * can write it ({@code herald ingest} says so).
 */
final class StoreAccess implements AutoCloseable {
    /** How long a read waits for a free read-only store before the client is told the server is busy. */
    private static final long READ_WAIT_SECONDS = 30;

    private final Path file;
    private final AnalysisRows rows;
    private final int readers;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final BlockingQueue<Store> open;
    private volatile String unavailable;

    private StoreAccess(Path file, AnalysisRows rows, int readers) {
        this.file = file;
        this.rows = rows;
        this.readers = readers;
        this.open = new ArrayBlockingQueue<>(Math.max(1, readers));
    }

    /** The store at {@code file} (null: none); a missing or unreadable store leaves the store routes answering 503. */
    static StoreAccess open(Path file, AnalysisRows rows, int readers) {
        StoreAccess s = new StoreAccess(file, rows, readers);
        s.openReaders();
        return s;
    }

    private void openReaders() {
        if (file == null) {
            unavailable = "this server has no store (start herald serve with --store PATH)";
            return;
        }
        if (!Files.isRegularFile(file)) {
            unavailable = "no store at " + file.toAbsolutePath() + " yet: add a document (POST /api/documents, or tick \"Add to the store\") "
                    + "or stop the server and run herald ingest";
            return;
        }
        List<Store> opened = new ArrayList<>();
        try {
            for (int i = 0; i < readers; i++) opened.add(Store.openForReading(file));
            open.addAll(opened);
            unavailable = null;
        } catch (StoreException e) {
            opened.forEach(Store::close);
            unavailable = e.getMessage();
        }
    }

    private void closeReaders() {
        List<Store> all = new ArrayList<>();
        open.drainTo(all);
        all.forEach(Store::close);
    }

    /** Runs one read-only question. */
    <T> T read(Function<StoreQueries, T> question) {
        lock.readLock().lock();
        try {
            String why = unavailable;
            if (why != null) throw ApiError.unavailable(why);
            Store s = open.poll(READ_WAIT_SECONDS, TimeUnit.SECONDS);
            if (s == null) throw ApiError.busy("every read-only connection to the store is busy; retry shortly");
            try {
                return question.apply(s.queries());
            } catch (StoreException e) {
                throw ApiError.unavailable(e.getMessage());
            } finally {
                open.add(s);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.unavailable("the server is stopping");
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Stores one analysis (replacing an older version of the same id); returns what happened. */
    StoreWriter.Outcome write(Analysis a, Provenance p) {
        if (file == null) throw ApiError.unavailable("this server has no store (start herald serve with --store PATH)");
        lock.writeLock().lock();
        try {
            closeReaders();
            try (Store w = Store.openForWriting(file); StoreWriter writer = w.writer(rows)) {
                StoreWriter.Outcome outcome = writer.put(a, p);
                writer.commit();
                return outcome;
            } catch (StoreException e) {
                throw ApiError.unavailable(e.getMessage());
            }
        } finally {
            openReaders();
            lock.writeLock().unlock();
        }
    }

    boolean available() { return unavailable == null; }

    /** For /api/status: whether the store can be read, where it is, and if not, why. */
    String problem() { return unavailable; }

    Path file() { return file; }

    @Override public void close() {
        lock.writeLock().lock();
        try {
            closeReaders();
            unavailable = "the server has stopped";
        } finally {
            lock.writeLock().unlock();
        }
    }
}
