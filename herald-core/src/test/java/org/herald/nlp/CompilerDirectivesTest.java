package org.herald.nlp;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CompilerDirectivesTest {
    @Test void the_running_jvm_takes_the_directives() throws Exception {
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")),
                "only HotSpot JVMs have compiler directives");
        assertTrue(CompilerDirectives.install(), "HotSpot accepts herald/nlp/compiler-directives.json");
        String active = CompilerDirectives.diagnosticCommand("compilerDirectivesPrint");
        assertTrue(active.contains("WordsToSentencesAnnotator.annotate"), active);
        assertTrue(CompilerDirectives.install(), "a second call is a no-op that still reports success");
    }
}
