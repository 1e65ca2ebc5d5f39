package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.ServerSettings;
import org.herald.pipeline.Pipeline;
import org.herald.server.HeraldServer;
import org.herald.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code herald serve}: the REST API and the web page on one port, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Herald's web page and REST API (http://127.0.0.1:7070/ by default) until stopped with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).", defaultValue = "7070")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another address lets anyone "
                    + "who can reach it use the server.")
    String bind;

    @Option(names = "--store", paramLabel = "PATH", description = "The event store to serve (default: <data>/herald.duckdb).")
    Path store;

    @Option(names = "--workers", description = "Analyses at once (default: config key server.workers; one per core, at most 8).")
    Integer workers;

    /** Released when the process is asked to stop (or, in tests, when the command's thread is interrupted). */
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("herald: --port must be 0..65535");
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        HeraldConfig config = common.config();
        ServerSettings settings = workers == null ? config.server() : config.server().withWorkers(workers);
        Pipeline pipeline = common.pipeline(config, err).withRegistry(common.memory().snapshot());
        HeraldServer server = HeraldServer.start(pipeline, new ServerOptions(bind, port, settings, storePath()), System.err);
        Thread hook = new Thread(stopped::countDown, "herald-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            out.printf("Herald is serving http://%s:%d/ (ready in %.1f s; analyses at once: %d)%n", hostForUrl(bind), server.port(),
                    (System.nanoTime() - t0) / 1e9, settings.effectiveWorkers());
            if (!isLoopback(bind)) out.println("warning: listening on " + bind + ": anyone who can reach this address can use Herald");
            out.println("Stop with Ctrl-C.");
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true; // an interruption is a request to stop; closing must not see it, or it stops half way
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what woke us
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private Path storePath() {
        return store != null ? store : common.dataDir().resolve("herald.duckdb");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
