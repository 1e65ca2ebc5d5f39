package org.herald.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI description served at /api/openapi.json says exactly what the server registers under /api/. */
class OpenApiTest {
    private static TestServer server;
    private static JsonNode api;

    @BeforeAll static void start() throws Exception {
        server = TestServer.articlesOnly(TestServer.defaults());
        var r = server.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        api = TestServer.json(r);
    }

    @AfterAll static void stop() {
        server.close();
    }

    @Test void it_is_openapi_3() {
        assertTrue(api.get("openapi").asText().startsWith("3."));
        assertNotNull(api.get("info").get("title"));
        assertNotNull(api.get("info").get("version"));
    }

    @Test void every_registered_api_route_is_described_and_nothing_else() {
        Set<String> registered = new TreeSet<>();
        for (String e : server.server.endpoints()) {
            String path = e.substring(e.indexOf(' ') + 1);
            if (path.startsWith("/api/")) registered.add(e);
        }
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
                String m = methods.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(m)) described.add(m.toUpperCase() + " " + p.getKey());
            }
        }
        assertFalse(registered.isEmpty());
        assertEquals(registered, described);
    }

    @Test void every_operation_has_an_id_responses_and_declared_path_parameters() {
        Set<String> ids = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (JsonNode op : p.getValue()) {
                assertTrue(ids.add(op.get("operationId").asText()), "duplicate operationId in " + p.getKey());
                assertTrue(op.get("responses").has("200"), p.getKey());
                var m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(p.getKey());
                while (m.find()) {
                    String name = m.group(1);
                    boolean declared = false;
                    for (JsonNode param : op.path("parameters")) {
                        JsonNode resolved = param.has("$ref") ? api.at(param.get("$ref").asText().substring(1)) : param;
                        declared |= resolved.get("name").asText().equals(name) && resolved.get("in").asText().equals("path");
                    }
                    assertTrue(declared, "path parameter {" + name + "} of " + p.getKey() + " is not declared");
                }
                assertRefsResolve(op);
            }
        }
    }

    private static void assertRefsResolve(JsonNode n) {
        if (n.isObject() && n.has("$ref")) {
            String ref = n.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(api.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
        for (JsonNode c : n) assertRefsResolve(c);
    }
}
