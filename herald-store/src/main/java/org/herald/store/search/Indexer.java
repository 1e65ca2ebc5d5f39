package org.herald.store.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.herald.io.tables.DocumentRows;
import org.herald.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search index's own thread: batches the database has committed are indexed here in the order they were handed
 * over, and the index commits every {@code commitNanos} and when asked. {@link #committed} is the last batch the index
 * has committed, which is what may leave the database's queue. A failure is kept and thrown to the ingest at its next
 * call; the batches after it are dropped (they stay queued in the database, and are indexed when the store next opens).
 */
final class Indexer {
    private sealed interface Task permits Add, Mark {}

    private record Add(long seq, List<DocumentRows> batch, List<String> replacing) implements Task {}

    /** Done once everything before it is indexed (and committed, when {@code commit}); {@code stop} ends the thread. */
    private record Mark(boolean commit, boolean stop, CompletableFuture<Void> done) implements Task {}

    private final IndexWriter writer;
    private final Path dir;
    private final long commitNanos;
    private final BlockingQueue<Task> tasks = new ArrayBlockingQueue<>(SearchIndex.QUEUED_BATCHES);
    private final AtomicLong committed = new AtomicLong();
    private final Thread thread;
    private volatile Exception failure;
    private long added, lastCommit = System.nanoTime();

    Indexer(IndexWriter writer, Path dir, long commitNanos) {
        this.writer = writer;
        this.dir = dir;
        this.commitNanos = commitNanos;
        this.thread = new Thread(this::run, "herald-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a committed batch over; waits while {@link SearchIndex#QUEUED_BATCHES} are waiting. */
    void add(long seq, List<DocumentRows> batch, List<String> replacing) {
        check();
        put(new Add(seq, batch, replacing));
    }

    /** The last batch the index has committed (0: none). */
    long committed() { return committed.get(); }

    /** Throws the indexer's failure, if it had one. */
    void check() {
        Exception e = failure;
        if (e != null) throw new StoreException("cannot write the search index " + dir + ": " + e.getMessage(), e);
    }

    /** Waits until everything handed over is in the index (not committed). */
    void sync() { await(new Mark(false, false, new CompletableFuture<>())); }

    /** Waits until everything handed over is in the index and committed. */
    void commitNow() { await(new Mark(true, false, new CompletableFuture<>())); }

    /** Commits what was handed over and ends the thread. */
    void stop() {
        if (!thread.isAlive()) return;
        try {
            await(new Mark(true, true, new CompletableFuture<>()));
        } finally {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void await(Mark m) {
        put(m);
        try {
            m.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the search index " + dir, e);
        } catch (ExecutionException e) {
            check();
            throw new StoreException("cannot write the search index " + dir + ": " + e.getCause().getMessage(), e.getCause());
        }
        check();
    }

    private void put(Task t) {
        try {
            tasks.put(t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while handing documents to the search index " + dir, e);
        }
    }

    private void run() {
        while (true) {
            Task t;
            try {
                t = tasks.take();
            } catch (InterruptedException e) {
                return;
            }
            if (failure != null) {
                // Nothing more is indexed after a failure; marks still answer, so that nobody waits forever.
                if (t instanceof Mark m) {
                    m.done().completeExceptionally(failure);
                    if (m.stop()) return;
                }
                continue;
            }
            try {
                if (t instanceof Add a) {
                    for (String id : a.replacing()) writer.deleteDocuments(new Term("doc_id", id));
                    for (DocumentRows d : a.batch()) writer.addDocuments(SearchIndex.passages(d));
                    added = a.seq();
                    if (System.nanoTime() - lastCommit >= commitNanos) commit();
                } else if (t instanceof Mark m) {
                    if (m.commit()) commit();
                    m.done().complete(null);
                    if (m.stop()) return;
                }
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                if (t instanceof Mark m) {
                    m.done().completeExceptionally(failure);
                    if (m.stop()) return;
                }
            }
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SearchIndex.BUILT, "true").entrySet());
        writer.commit();
        lastCommit = System.nanoTime();
        committed.set(added);
    }
}
