package org.herald.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/** {@code GET /api/status}: the analysis pool's bound and counters, the heap and the store, for people and the load test. */
final class StatusRoute {
    private final AnalysisPool pool;
    private final StoreAccess store;

    StatusRoute(AnalysisPool pool, StoreAccess store) {
        this.pool = pool;
        this.store = store;
    }

    void status(Context ctx) {
        AnalysisPool.Stats s = pool.stats();
        ObjectNode n = Json.MAPPER.createObjectNode();
        ObjectNode a = n.putObject("analysis");
        a.put("workers", s.workers());
        a.put("running", s.running());
        a.put("queued", s.queued());
        a.put("peakRunning", s.peak());
        a.put("done", s.done());
        a.put("refused", s.refused());
        a.put("timedOut", s.timedOut());
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        ObjectNode h = n.putObject("heap");
        h.put("usedBytes", heap.getUsed());
        h.put("maxBytes", heap.getMax());
        ObjectNode st = n.putObject("store");
        st.put("available", store.available());
        st.put("path", store.file() == null ? null : store.file().toAbsolutePath().toString());
        st.put("problem", store.problem());
        ctx.json(n);
    }
}
