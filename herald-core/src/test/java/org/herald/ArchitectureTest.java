package org.herald;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The layering of herald-core, checked over its compiled classes: stages know nothing of the wiring, the drivers'
 * machinery or evaluation; the root package holds leaf values only; herald-core needs no other Herald module.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.herald");
    private static final String[] STAGES = {"org.herald.extract..", "org.herald.nlp..", "org.herald.actors..", "org.herald.quotes..",
            "org.herald.events..", "org.herald.claims..", "org.herald.knowledge.."};

    @Test void no_stage_imports_the_pipeline_the_runner_io_or_evaluation() {
        org.junit.jupiter.api.Assertions.assertTrue(CORE.contain("org.herald.events.EventCoder"), "the core classes were imported");
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage("org.herald.pipeline..", "org.herald.run..", "org.herald.io..",
                        "org.herald.eval..", "org.herald.cli..")
                .check(CORE);
    }

    @Test void the_root_package_holds_leaf_values_only() {
        noClasses().that().resideInAPackage("org.herald")
                .should().dependOnClassesThat().resideInAnyPackage("org.herald.(*)..")
                .check(CORE);
    }

    @Test void the_pipeline_does_not_know_its_drivers() {
        noClasses().that().resideInAPackage("org.herald.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.herald.run..", "org.herald.io..", "org.herald.eval..", "org.herald.cli..")
                .check(CORE);
    }

    @Test void herald_core_does_not_depend_on_herald_eval_or_herald_cli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.herald.eval..", "org.herald.cli..").check(CORE);
        // Nor are they on its class path: the modules' POMs keep it that way.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.herald.eval.events.PloverEval"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.herald.cli.HeraldCommand"));
    }
}
