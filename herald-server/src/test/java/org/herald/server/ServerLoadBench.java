package org.herald.server;

import org.herald.ServerSettings;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load test (a benchmark, not part of {@code mvn verify}): N clients on 127.0.0.x for a bounded time against a
 * server with the real pipeline. Run with
 * {@code mvn -B -o verify -pl herald-server -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ServerLoadBench}
 * ({@code -Dherald.load.seconds=60 -Dherald.load.clients=50 -Dherald.load.analyzeClients=10 -Dherald.load.backoffMs=1000}). It fails on any answer
 * other than 2xx and the rate limit's 429, on more analyses at once than workers, and on a heap that keeps growing.
 * The report goes to standard output and target/load-report.txt.
 */
class ServerLoadBench {
    private static final int SECONDS = Integer.getInteger("herald.load.seconds", 60);
    private static final int CLIENTS = Integer.getInteger("herald.load.clients", 50);
    private static final int ANALYZE_CLIENTS = Integer.getInteger("herald.load.analyzeClients", 10);
    private static final int WORKERS = Integer.getInteger("herald.load.workers", 2);
    private static final int DOCUMENTS = Integer.getInteger("herald.load.documents", 1000);
    /** How long a client refused with 429 waits before asking again (0: it asks again at once, as a rude client does). */
    private static final int BACKOFF_MS = Integer.getInteger("herald.load.backoffMs", 1000);

    /** A short news text written for this test: three sentences, a quote and an accusation. */
    private static final String ARTICLE = "Ministers meet in Geneva\n\n"
            + "The French foreign minister said on Monday that France would send more aid to Ukraine. "
            + "\"We will not abandon our partners,\" she told reporters in Geneva. "
            + "Russia accused France of prolonging the war, and the Kremlin said the talks had failed.";

    private record Route(String name, String method, String target, byte[] body) {}

    private static final class Tally {
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final List<long[]> latencies = new ArrayList<>(); // one growing array per thread, merged at the end
        final LongAdder failures = new LongAdder();
    }

    @TempDir static Path storeDir;

    @Test void clients_on_loopback_get_answers_or_deliberate_429s_and_the_pool_stays_bounded() throws Exception {
        // Twelve analyses a minute per client, two at once: the analysing clients ask faster, and are told 429.
        ServerSettings settings = TestServer.defaults().withWorkers(WORKERS).withRate(12, 2);
        long s0 = System.nanoTime();
        Path store = StoreFixture.synthetic(storeDir, DOCUMENTS, 8);
        System.out.printf(Locale.ROOT, "store: %d generated documents of 8 events, written in %.1f s%n", DOCUMENTS, (System.nanoTime() - s0) / 1e9);
        try (TestServer server = new TestServer(SharedModels.pipeline(), settings, store)) {
            List<Route> reads = readRoutes();
            Route analyze = new Route("POST /api/analyze", "POST", "/api/analyze", ARTICLE.getBytes(StandardCharsets.UTF_8));
            warmUp(server.port(), analyze);
            Map<String, Tally> tallies = new java.util.concurrent.ConcurrentSkipListMap<>();
            for (Route r : reads) tallies.putIfAbsent(r.name(), new Tally());
            tallies.put(analyze.name(), new Tally());
            tallies.put(analyze.name() + " (429)", new Tally());

            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                boolean analyzer = c < ANALYZE_CLIENTS;
                String local = analyzer ? "127.0.0." + (10 + c) : "127.0.0.1";
                int id = c;
                threads.add(new Thread(() -> {
                    try (LoadClient client = new LoadClient(local, server.port())) {
                        long n = id;
                        while (!stop.get()) {
                            Route r = analyzer ? analyze : reads.get((int) (n++ % reads.size()));
                            if (one(client, r, tallies) == 429 && BACKOFF_MS > 0) Thread.sleep(BACKOFF_MS);
                        }
                    } catch (IOException e) {
                        tallies.get(analyze.name()).failures.increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "load-client-" + c));
            }
            Sampler sampler = new Sampler(server);
            sampler.start();
            long t0 = System.nanoTime();
            threads.forEach(Thread::start);
            Thread.sleep(SECONDS * 1000L);
            stop.set(true);
            assertTrue(done.await(180, java.util.concurrent.TimeUnit.SECONDS), "clients did not stop");
            double elapsed = (System.nanoTime() - t0) / 1e9;
            sampler.stopAndJoin();
            report(tallies, elapsed, server, sampler);
        }
    }

    /** The read-only routes the other clients cycle through: mostly events, with other filters and pages. */
    private static List<Route> readRoutes() {
        List<Route> r = new ArrayList<>();
        String[] codes = {"USA", "RUS", "UKR", "PRK", "CHN", "FRA", "IRN", "TUR"};
        for (int i = 0; i < codes.length; i++) {
            r.add(new Route("GET /api/events", "GET", "/api/events?source=" + codes[i] + "&page=" + (1 + i % 3), null));
            r.add(new Route("GET /api/events", "GET", "/api/events?target=" + codes[i] + "&type=ACCUSE&since=2024-01-15", null));
            r.add(new Route("GET /api/events", "GET", "/api/events?actor=" + codes[i] + "&limit=100", null));
        }
        r.add(new Route("GET /api/dyads", "GET", "/api/dyads?source=USA&target=RUS&by=day", null));
        r.add(new Route("GET /api/dyads", "GET", "/api/dyads?by=month&level=country&limit=200", null));
        r.add(new Route("GET /api/quotes", "GET", "/api/quotes?actor=RUS", null));
        r.add(new Route("GET /api/search", "GET", "/api/search?q=talks", null));
        r.add(new Route("GET /api/actors/{code}", "GET", "/api/actors/PRK", null));
        return List.copyOf(r);
    }

    private static void warmUp(int port, Route analyze) throws IOException {
        try (LoadClient c = new LoadClient("127.0.0.2", port)) {
            for (int i = 0; i < 2; i++) assertEquals(200, c.send("POST", analyze.target(), "text/plain", analyze.body()));
        }
    }

    /** One request, timed and counted (429s apart, their latency is not the route's); its status, or -1 when it failed. */
    private static int one(LoadClient client, Route r, Map<String, Tally> tallies) {
        long s = System.nanoTime();
        int status;
        try {
            status = client.send(r.method(), r.target(), "text/plain", r.body());
        } catch (IOException e) {
            tallies.get(r.name()).failures.increment();
            return -1;
        }
        long nanos = System.nanoTime() - s;
        Tally t = tallies.get(status == 429 ? r.name() + " (429)" : r.name());
        t.statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
        Recorder.record(t, nanos);
        return status;
    }

    /** Per-thread latency arrays, so recording takes no shared lock. */
    private static final class Recorder {
        private static final ThreadLocal<Map<Tally, long[][]>> MINE = ThreadLocal.withInitial(java.util.HashMap::new);
        private static final Map<Tally, List<long[][]>> ALL = new ConcurrentHashMap<>();

        static void record(Tally t, long nanos) {
            long[][] box = MINE.get().computeIfAbsent(t, k -> {
                long[][] b = {new long[1024], {0}};
                ALL.computeIfAbsent(t, x -> java.util.Collections.synchronizedList(new ArrayList<>())).add(b);
                return b;
            });
            int n = (int) box[1][0];
            if (n == box[0].length) box[0] = Arrays.copyOf(box[0], n * 2);
            box[0][n] = nanos;
            box[1][0] = n + 1;
        }

        static long[] all(Tally t) {
            List<long[][]> boxes = ALL.getOrDefault(t, List.of());
            int total = boxes.stream().mapToInt(b -> (int) b[1][0]).sum();
            long[] out = new long[total];
            int i = 0;
            for (long[][] b : boxes) {
                System.arraycopy(b[0], 0, out, i, (int) b[1][0]);
                i += (int) b[1][0];
            }
            Arrays.sort(out);
            return out;
        }
    }

    /** Samples the heap and the analysis threads every 100 ms. */
    private static final class Sampler extends Thread {
        private final TestServer server;
        private volatile boolean stop;
        final AtomicLong maxUsed = new AtomicLong();
        final List<Long> oldAfterGc = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicLong maxAnalysisThreads = new AtomicLong();
        final AtomicLong maxRunning = new AtomicLong();

        Sampler(TestServer server) {
            super("load-sampler");
            this.server = server;
            setDaemon(true);
        }

        @Override public void run() {
            MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getName().matches("(?i).*(old|tenured).*")).findFirst().orElse(null);
            int ticks = 0;
            while (!stop) {
                maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                maxRunning.accumulateAndGet(server.server.analysisStats().running(), Math::max);
                if (ticks++ % 10 == 0) {
                    long n = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("herald-analysis-")).count();
                    maxAnalysisThreads.accumulateAndGet(n, Math::max);
                    if (old != null && old.getCollectionUsage() != null) oldAfterGc.add(old.getCollectionUsage().getUsed());
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopAndJoin() throws InterruptedException {
            stop = true;
            join();
        }
    }

    private static void report(Map<String, Tally> tallies, double elapsed, TestServer server, Sampler sampler) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "load test: %d clients (%d analysing, each from its own 127.0.0.x; %d ms back-off after a 429) for %.1f s, "
                + "%d analysis workers, %d stored documents%n", CLIENTS, ANALYZE_CLIENTS, BACKOFF_MS, elapsed, WORKERS, DOCUMENTS));
        out.append(String.format(Locale.ROOT, "%-28s %9s %9s %8s %8s %8s %8s %s%n", "route", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "statuses"));
        long total = 0, errors = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            long[] lat = Recorder.all(t);
            long bad = t.failures.sum();
            for (Map.Entry<Integer, LongAdder> s : t.statuses.entrySet())
                if (!(s.getKey() >= 200 && s.getKey() < 300) && s.getKey() != 429) bad += s.getValue().sum();
            errors += bad;
            total += lat.length;
            Map<Integer, Long> statuses = new TreeMap<>();
            t.statuses.forEach((k, v) -> statuses.put(k, v.sum()));
            out.append(String.format(Locale.ROOT, "%-28s %9d %9.1f %8.2f %8.2f %8.2f %8d %s%n", e.getKey(), lat.length, lat.length / elapsed,
                    pct(lat, 0.50), pct(lat, 0.99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6, bad, statuses));
        }
        AnalysisPool.Stats s = server.server.analysisStats();
        List<Long> old = sampler.oldAfterGc;
        out.append(String.format(Locale.ROOT, "all: %d requests, %.1f req/s, %d errors%n", total, total / elapsed, errors));
        out.append(String.format(Locale.ROOT, "analysis pool: workers %d, peak running %d (sampled max %d), analysis threads %d, done %d, refused %d, timed out %d%n",
                s.workers(), s.peak(), sampler.maxRunning.get(), sampler.maxAnalysisThreads.get(), s.done(), s.refused(), s.timedOut()));
        out.append(String.format(Locale.ROOT, "heap: max used %d MB of %d MB; old generation after GC, first and last sample: %s MB, %s MB%n",
                sampler.maxUsed.get() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                old.isEmpty() ? "-" : old.get(0) >> 20, old.isEmpty() ? "-" : old.get(old.size() - 1) >> 20));
        System.out.print(out);
        Files.writeString(Path.of("target", "load-report.txt"), out);

        assertEquals(0, errors, "answers other than 2xx and 429:\n" + out);
        assertTrue(s.peak() <= s.workers() && sampler.maxAnalysisThreads.get() <= s.workers(), out.toString());
        assertTrue(s.done() > 0, "no analysis ran:\n" + out);
        assertTrue(sampler.maxUsed.get() < Runtime.getRuntime().maxMemory() * 0.9, "the heap filled up:\n" + out);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
