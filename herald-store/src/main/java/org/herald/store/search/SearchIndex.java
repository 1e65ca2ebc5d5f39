package org.herald.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.herald.io.tables.DocumentRows;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.store.DocumentLoader;
import org.herald.store.Store;
import org.herald.store.StoreException;
import org.herald.store.query.Page;
import org.herald.store.query.Paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's full-text index (Lucene, BM25, English stemming): one Lucene document per passage, a paragraph of an
 * article body or a quote, with the actors named in it, the PLOVER types of its events, the speaker of a quote and the
 * article's day as filters. Queries use Lucene's simple syntax ("brazen violation" for a phrase, {@code +}, {@code -},
 * {@code |}, {@code *}); words are all required unless {@code |} says otherwise. It is derived data: rebuilt from the
 * database when missing or damaged, and caught up from {@code herald_index_queue} after a crash.
 *
 * <p>During an ingest, batches the database has committed are indexed on a thread of their own ({@link Indexer}),
 * through a queue of {@link #QUEUED_BATCHES}: the ingest goes on reading and writing the next batch meanwhile, and
 * waits only when the indexer is that far behind. A document leaves {@code herald_index_queue} only once the index
 * has committed it ({@link #indexed}), so a crash at any point leaves every document either indexed or queued.
 */
public final class SearchIndex implements AutoCloseable {
    /** A paragraph longer than this is split at a sentence end, so a hit shows a passage, not a page. */
    static final int MAX_PASSAGE = 1500;
    static final String BUILT = "herald.built";
    private final Path dir;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory;
    private final IndexWriter writer; // null when read-only
    private Indexer indexer; // started by the first add
    /** Batches handed to the indexer whose documents are still in herald_index_queue, oldest first (the ingest's thread only). */
    private final java.util.ArrayDeque<Handed> unconfirmed = new java.util.ArrayDeque<>();
    private long handed;

    private record Handed(long seq, List<String> ids) {}

    /** Batches waiting for the indexer at most: the ingest waits when it is this far ahead. */
    static final int QUEUED_BATCHES = 2;

    private SearchIndex(Path dir, Directory directory, IndexWriter writer) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
    }

    public static SearchIndex openForWriting(Path dir) {
        try {
            Files.createDirectories(dir);
            FSDirectory d = FSDirectory.open(dir);
            IndexWriter w;
            try {
                w = new IndexWriter(d, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IOException damaged) {
                // A damaged index is rebuilt from the database: it holds nothing the database does not.
                w = new IndexWriter(d, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            }
            return new SearchIndex(dir, d, w);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /** Commits wait for no merge, and buffer more than the default before flushing: ingest commits often. */
    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new EnglishAnalyzer()).setMaxFullFlushMergeWaitMillis(0).setRAMBufferSizeMB(64);
    }

    public static SearchIndex openForReading(Path dir) {
        try {
            return new SearchIndex(dir, Files.isDirectory(dir) ? FSDirectory.open(dir) : null, null);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() { return dir; }

    /** Indexes what the database holds and the index does not: everything when it was never built, else the queue. */
    public void catchUp(Store store) {
        Connection c = store.connection();
        boolean built = writer.getLiveCommitData() != null && iterableHas(writer.getLiveCommitData(), BUILT);
        String sql = built ? "SELECT DISTINCT doc_id FROM herald_index_queue" : "SELECT doc_id FROM documents";
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) ids.add(r.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents to index from " + store.file() + ": " + e.getMessage(), e);
        }
        List<DocumentRows> batch = new ArrayList<>();
        try (DocumentLoader loader = new DocumentLoader(c)) {
            for (String id : ids) {
                loader.load(id).ifPresent(batch::add);
                if (batch.size() >= 500) { write(batch, false); batch.clear(); }
            }
            if (!built) writer.deleteAll();
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents to index from " + store.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(batch, true);
        clearQueue(c);
    }

    private static boolean iterableHas(Iterable<Map.Entry<String, String>> data, String key) {
        for (Map.Entry<String, String> e : data) if (e.getKey().equals(key)) return true;
        return false;
    }

    /**
     * Indexes a batch the database has committed (replacing what the index had for the documents in {@code replacing}).
     * The index itself commits every {@link #COMMIT_NANOS} and on {@link #flush}: until then the documents wait in the
     * database's {@code herald_index_queue}, so a crash loses nothing the next open does not index again.
     */
    public void add(List<DocumentRows> batch, java.util.Collection<String> replacing) {
        if (indexer == null) indexer = new Indexer(writer, dir, COMMIT_NANOS);
        long seq = ++handed;
        unconfirmed.add(new Handed(seq, batch.stream().map(DocumentRows::docId).toList()));
        indexer.add(seq, List.copyOf(batch), List.copyOf(replacing));
    }

    /**
     * The documents the index has committed since the last call and that no batch still on its way to the index holds:
     * what may leave {@code herald_index_queue} (in the caller's next database transaction).
     */
    public Set<String> indexed() {
        if (indexer == null) return Set.of();
        indexer.check();
        long done = indexer.committed();
        Set<String> out = new java.util.HashSet<>();
        while (!unconfirmed.isEmpty() && unconfirmed.peekFirst().seq() <= done) out.addAll(unconfirmed.pollFirst().ids());
        // An id handed again in a later batch stays queued until that batch is committed too.
        for (Handed h : unconfirmed) h.ids().forEach(out::remove);
        return out;
    }

    /** Time between commits of the index during an ingest. */
    static final long COMMIT_NANOS = 5_000_000_000L;

    /** Indexes what was handed over, commits the index and empties the queue of documents waiting for it. */
    public void flush(Store store) {
        if (writer == null) return;
        if (indexer != null) indexer.commitNow();
        else write(List.of(), true);
        unconfirmed.clear();
        clearQueue(store.connection());
    }

    private void write(List<DocumentRows> batch, boolean commit) {
        try {
            for (DocumentRows d : batch) {
                writer.deleteDocuments(new Term("doc_id", d.docId()));
                writer.addDocuments(passages(d));
            }
            if (commit) {
                writer.setLiveCommitData(Map.of(BUILT, "true").entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new StoreException("cannot write the search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Everything queued is in the index once it has committed: every committed database batch was added first. */
    private static void clearQueue(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM herald_index_queue");
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            // The queue is only a reminder: left full, the next open indexes those documents again.
        }
    }

    /** The passages of one document: body paragraphs, then quotes. */
    static List<Document> passages(DocumentRows d) {
        Table D = Tables.DOCUMENTS, A = Tables.ACTORS, AM = Tables.ACTOR_MENTIONS, Q = Tables.QUOTES, M = Tables.EVENT_MENTIONS;
        Object[] doc = d.document();
        String body = D.get(doc, "body"), title = D.get(doc, "title"), url = D.get(doc, "url");
        if (url == null) url = D.get(doc, "source");
        LocalDate day = D.get(doc, "reference_day");
        Map<String, String> codes = new HashMap<>();
        for (Object[] a : d.rows(A)) if (A.get(a, "code") != null) codes.put(A.get(a, "actor_id"), A.get(a, "code"));
        List<Document> out = new ArrayList<>();
        for (int[] p : paragraphs(body)) {
            Set<String> actors = new LinkedHashSet<>(), types = new LinkedHashSet<>();
            for (Object[] m : d.rows(AM))
                if (AM.<Integer>get(m, "char_start") >= p[0] && AM.<Integer>get(m, "char_end") <= p[1]) addCode(actors, codes.get(AM.<String>get(m, "actor_id")));
            for (Object[] e : d.rows(M))
                if (M.<Integer>get(e, "evidence_start") >= p[0] && M.<Integer>get(e, "evidence_end") <= p[1] && M.get(e, "plover") != null) types.add(M.get(e, "plover"));
            out.add(passage("body", d.docId(), title, url, day, p[0], p[1], body.substring(p[0], p[1]), null, null, null, actors, types));
        }
        for (Object[] q : d.rows(Q)) {
            Set<String> actors = new LinkedHashSet<>(), types = new LinkedHashSet<>();
            int s = Q.get(q, "char_start"), e = Q.get(q, "char_end");
            for (Object[] m : d.rows(AM))
                if (AM.<Integer>get(m, "char_start") >= s && AM.<Integer>get(m, "char_end") <= e) addCode(actors, codes.get(AM.<String>get(m, "actor_id")));
            for (Object[] ev : d.rows(M))
                if (Q.get(q, "quote_id").equals(M.get(ev, "quote_id")) && M.get(ev, "plover") != null) types.add(M.get(ev, "plover"));
            out.add(passage("quote", d.docId(), title, url, day, s, e, Q.get(q, "text"), Q.get(q, "quote_id"), Q.get(q, "speaker_name"),
                    Q.get(q, "speaker_code"), actors, types));
        }
        return out;
    }

    /** A code and every prefix of it by 3-letter blocks ("RUSGOV" → RUS, RUSGOV), so a filter on RUS finds both. */
    private static void addCode(Set<String> into, String code) {
        if (code == null) return;
        for (int i = 3; i <= code.length(); i += 3) into.add(code.substring(0, i));
        into.add(code);
    }

    private static Document passage(String kind, String docId, String title, String url, LocalDate day, int start, int end, String text,
                                    String quoteId, String speakerName, String speakerCode, Set<String> actors, Set<String> types) {
        Document doc = new Document();
        doc.add(new StringField("doc_id", docId, Field.Store.YES));
        doc.add(new StringField("kind", kind, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.YES));
        doc.add(new StoredField("start", start));
        doc.add(new StoredField("end", end));
        doc.add(new SortedDocValuesField("order", new BytesRef(docId + "\u0000" + kind + "\u0000" + String.format("%010d", start))));
        if (title != null) doc.add(new StoredField("title", title));
        if (url != null) doc.add(new StoredField("url", url));
        if (day != null) {
            doc.add(new LongPoint("day", day.toEpochDay()));
            doc.add(new StoredField("day_value", day.toEpochDay()));
        }
        if (quoteId != null) doc.add(new StoredField("quote_id", quoteId));
        if (speakerName != null) doc.add(new StoredField("speaker_name", speakerName));
        if (speakerCode != null) {
            doc.add(new StoredField("speaker_code", speakerCode));
            Set<String> prefixes = new LinkedHashSet<>();
            addCode(prefixes, speakerCode);
            for (String p : prefixes) doc.add(new StringField("speaker", p, Field.Store.NO));
        }
        for (String a : actors) doc.add(new StringField("actor", a, Field.Store.NO));
        for (String t : types) doc.add(new StringField("plover", t, Field.Store.NO));
        return doc;
    }

    /** Paragraphs of the body as [start, end), blank-line separated, long ones split after a sentence end. */
    static List<int[]> paragraphs(String body) {
        List<int[]> out = new ArrayList<>();
        int i = 0, n = body.length();
        while (i < n) {
            int next = body.indexOf("\n\n", i);
            int end = next < 0 ? n : next;
            int s = i;
            while (s < end && Character.isWhitespace(body.charAt(s))) s++;
            while (s < end) {
                int e = end;
                if (e - s > MAX_PASSAGE) {
                    int cut = body.lastIndexOf(". ", s + MAX_PASSAGE);
                    e = cut > s ? cut + 1 : s + MAX_PASSAGE;
                }
                int te = e;
                while (te > s && Character.isWhitespace(body.charAt(te - 1))) te--;
                if (te > s) out.add(new int[]{s, te});
                s = e;
                while (s < end && Character.isWhitespace(body.charAt(s))) s++;
            }
            i = next < 0 ? n : next + 2;
        }
        return out;
    }

    /** Passages matching {@code query}, best first (ties in document and position order), within {@code filter}. */
    public Page<SearchHit> search(String query, SearchFilter filter, Paging paging) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("an empty search: give some words");
        if (query.length() > 1000) throw new IllegalArgumentException("a search of more than 1000 characters");
        if (directory == null && writer == null)
            throw new StoreException("no search index at " + dir + ": open the store for writing once (herald ingest) to build it");
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, "text");
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query text = parser.parse(query);
        if (text == null) throw new IllegalArgumentException("the search '" + query + "' has no words to look for");
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (filter.actor() != null) q.add(new TermQuery(new Term("actor", filter.actor())), BooleanClause.Occur.FILTER);
        if (filter.speaker() != null) q.add(new TermQuery(new Term("speaker", filter.speaker())), BooleanClause.Occur.FILTER);
        if (filter.plover() != null) q.add(new TermQuery(new Term("plover", filter.plover())), BooleanClause.Occur.FILTER);
        if (filter.kind() != null) q.add(new TermQuery(new Term("kind", filter.kind())), BooleanClause.Occur.FILTER);
        if (filter.since() != null || filter.until() != null)
            q.add(LongPoint.newRangeQuery("day", filter.since() == null ? Long.MIN_VALUE : filter.since().toEpochDay(),
                    filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochDay()), BooleanClause.Occur.FILTER);
        DirectoryReader opened = null;
        try {
            DirectoryReader reader;
            if (writer != null) {
                // A search sees every batch handed to the index (its uncommitted changes too).
                if (indexer != null) indexer.sync();
                reader = opened = DirectoryReader.open(writer);
            }
            else reader = reader();
            IndexSearcher searcher = new IndexSearcher(reader);
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("order", SortField.Type.STRING));
            // One pass: the page's hits and the exact count of all.
            org.apache.lucene.search.TopFieldCollector collector = org.apache.lucene.search.TopFieldCollector.create(sort, paging.offset() + paging.limit(), Integer.MAX_VALUE);
            searcher.search(q.build(), collector);
            TopFieldDocs top = collector.topDocs();
            org.apache.lucene.search.TopFieldCollector.populateScores(top.scoreDocs, searcher, q.build());
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = paging.offset(); i < docs.length; i++) {
                Document d = searcher.storedFields().document(docs[i].doc);
                var day = d.getField("day_value");
                hits.add(new SearchHit(d.get("kind"), d.get("doc_id"), d.get("title"), d.get("url"),
                        day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()),
                        d.getField("start").numericValue().intValue(), d.getField("end").numericValue().intValue(), d.get("text"),
                        d.get("quote_id"), d.get("speaker_name"), d.get("speaker_code"), docs[i].score));
            }
            return new Page<>(hits, top.totalHits.value, paging);
        } catch (IndexNotFoundException e) {
            return new Page<>(List.of(), 0, paging);
        } catch (IOException e) {
            throw new StoreException("cannot read the search index " + dir + ": " + e.getMessage(), e);
        } finally {
            if (opened != null) try { opened.close(); } catch (IOException ignored) { /* a reader of one search */ }
        }
    }

    private DirectoryReader reader;

    /** A read-only store's reader, opened once: it sees the index as it was when the store was opened. */
    private synchronized DirectoryReader reader() throws IOException {
        if (reader == null) reader = DirectoryReader.open(directory);
        return reader;
    }

    @Override public void close() {
        try {
            if (reader != null) reader.close();
            try {
                if (indexer != null) indexer.stop();
            } finally {
                if (writer != null) writer.close();
            }
            if (directory != null) directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index " + dir + ": " + e.getMessage(), e);
        }
    }
}
