package org.herald.nlp;

import javax.management.ObjectName;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Installs {@code herald/nlp/compiler-directives.json} in the running HotSpot JVM (what {@code jcmd PID
 * Compiler.directives_add} does), so every driver gets them without JVM flags. On a JVM without the diagnostic
 * command, or without a temporary directory to hand it the file, it does nothing: the directives only save compile time.
 */
final class CompilerDirectives {
    private static final String RESOURCE = "/herald/nlp/compiler-directives.json";
    private static boolean installed;

    private CompilerDirectives() { }

    /** Installs the directives once per process; returns whether the JVM took them. */
    static synchronized boolean install() {
        if (installed) return true;
        try {
            Path file = Files.createTempFile("herald-compiler-directives", ".json");
            try (InputStream in = CompilerDirectives.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                Files.write(file, in.readAllBytes());
                diagnosticCommand("compilerDirectivesAdd", file.toString());
                installed = diagnosticCommand("compilerDirectivesPrint").contains("WordsToSentencesAnnotator");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) { // not HotSpot, no management, no temporary directory: run without them
            installed = false;
        }
        return installed;
    }

    /** Runs a HotSpot diagnostic command by its MBean name (e.g. {@code compilerDirectivesPrint}) and returns its output. */
    static String diagnosticCommand(String operation, String... arguments) throws Exception {
        Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
        return reply == null ? "" : reply.toString();
    }
}
