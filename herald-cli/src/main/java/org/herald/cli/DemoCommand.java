package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.cli.output.DemoSummary;
import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.store.IngestRun;
import org.herald.store.Store;
import org.herald.store.StoreException;
import org.herald.store.StoreWriter;
import org.herald.io.AnalysisJson;
import org.herald.io.InputDocument;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald demo}: the main job on the sample articles that ship with Herald; results go under the data directory. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample articles, write the results under the data directory, store them in the default store and summarise them.")
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RunOptions run;

    @Mixin
    StoreOptions storeOptions;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        HeraldConfig config = common.config();
        List<Page> pages = SampleArticles.pages();
        out.printf("Herald demo: %d sample articles (written for Herald; events are fictional).%n", pages.size());
        out.println("Loading models...");
        out.flush();
        long t0 = System.nanoTime();
        Pipeline pipeline = common.pipeline(config, spec.commandLine().getErr());
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        Path results = common.dataDir().resolve("results");
        Files.createDirectories(results);
        Path file = results.resolve("demo.jsonl");
        List<Analysis> analyses = new ArrayList<>();
        long t1 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Runner runner = run.runner(pipeline, config, common).start(done -> {
                 Analysis a = done.analysis();
                 analyses.add(a);
                 try {
                     w.write(AnalysisJson.line(a));
                     w.newLine();
                 } catch (IOException e) {
                     throw new java.io.UncheckedIOException(e);
                 }
             })) {
            for (Page p : pages) runner.submit(InputDocument.of(p));
        }
        double analyseSeconds = (System.nanoTime() - t1) / 1e9;
        DemoSummary.write(analyses, out);
        out.printf("%nModels loaded in %.1f s; %d articles analysed in %.1f s.%n", loadSeconds, analyses.size(), analyseSeconds);
        out.println("Results (one JSON object per article): " + file.toAbsolutePath());
        Path storeFile = storeOptions.file(common.dataDir());
        try (Store store = Store.openForWriting(storeFile); StoreWriter writer = store.writer(AnalysisRows.load(Pipeline.knowledge(config)))) {
            Map<String, String> hashes = new HashMap<>();
            for (Page p : pages) hashes.put(p.id(), IngestRun.sha256(p.content()));
            int added = 0;
            for (Analysis a : analyses)
                if (writer.put(a, new Provenance(hashes.get(a.id()), "page", Instant.now(), Reference.NONE)) != StoreWriter.Outcome.UNCHANGED) added++;
            writer.commit();
            out.printf("Stored in %s (%d new or changed, %d already there).%n", store.file(), added, analyses.size() - added);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("herald: the results were not stored: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String storeArg = storeOptions.store == null ? "" : " --store " + storeFile;
        out.println();
        out.println("Next:");
        out.println("  ./herald query" + storeArg + " \"SELECT plover, count(*) AS events FROM events GROUP BY plover ORDER BY events DESC\"");
        out.println("  ./herald search" + storeArg + " \"sanctions\"");
        out.println("  ./herald serve" + storeArg + "      # the web page and REST API over the store");
        out.flush();
        return analyses.stream().anyMatch(Analysis::hasErrors) ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }
}
