package org.herald.cli;

import org.junit.jupiter.api.Test;

import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code herald serve} starts the server on the loopback address, analyses a page, and stops when asked. */
class ServeCommandIT {
    @Test void serve_listens_on_loopback_analyses_and_stops() throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 1 << 16));
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> {
            var cl = HeraldCommand.commandLine();
            cl.setOut(new PrintWriter(pipe, true));
            cl.setErr(new PrintWriter(err, true));
            exit.set(cl.execute("serve", "--port", "0", "--workers", "1"));
        });
        serving.start();
        String first = lines.readLine();
        Matcher m = Pattern.compile("Herald is serving http://127\\.0\\.0\\.1:(\\d+)/ \\(ready in [\\d.]+ s; analyses at once: 1\\)").matcher(first);
        assertTrue(m.find(), first + " / " + err);
        String base = "http://127.0.0.1:" + m.group(1);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        HttpResponse<String> analysis = client.send(HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Talks resume\n\nThe French foreign minister said on Monday that France "
                        + "would send aid to Ukraine.")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, analysis.statusCode(), analysis.body());
        assertTrue(analysis.body().contains("\"FRA"), analysis.body());
        serving.interrupt();
        serving.join(30_000);
        assertEquals(ExitCodes.OK, exit.get(), err.toString());
    }
}
