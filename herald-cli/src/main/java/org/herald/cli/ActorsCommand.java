package org.herald.cli;

import org.herald.actors.LearnedOfficial;
import org.herald.actors.memory.TsvActorMemory;
import org.herald.actors.petrarch.PetrarchActor;
import org.herald.actors.petrarch.PetrarchActorReader;
import org.herald.actors.petrarch.PetrarchAgent;
import org.herald.actors.petrarch.PetrarchAgentReader;
import org.herald.actors.petrarch.PetrarchConverter;
import org.herald.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code herald actors list|show|set|remove|import}: the registry of officials, and PETRARCH dictionary import. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "List, show, correct and pin the officials Herald remembers; import PETRARCH/TABARI dictionaries.",
        subcommands = {ActorsCommand.List.class, ActorsCommand.Show.class, ActorsCommand.Set.class, ActorsCommand.Remove.class,
                ActorsCommand.Import.class})
public final class ActorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String dash(String s) { return s == null ? "-" : s; }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registry's officials.")
    static final class List implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Mixin CommonOptions common;
        @Option(names = "--pinned", description = "Only pinned officials.") boolean onlyPinned;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TsvActorMemory file = common.memory();
            int n = 0;
            for (TsvActorMemory.Entry e : file.entries()) {
                if (onlyPinned && !e.pinned()) continue;
                LearnedOfficial o = e.official();
                out.printf("%-28s %-9s %-4s %-7s %s%n", o.name(), dash(o.code()), dash(o.country()), e.pinned() ? "pinned" : "learned", dash(o.role()));
                n++;
            }
            out.printf("%d official%s in %s%n", n, n == 1 ? "" : "s", file.path());
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one official.")
    static final class Show implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Mixin CommonOptions common;
        @Parameters(paramLabel = "NAME", arity = "1..*", description = "The official's name.") java.util.List<String> name;

        @Override public Integer call() {
            String n = String.join(" ", name);
            var found = common.memory().find(n);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("herald: no official '" + n + "' in the registry");
                return ExitCodes.DOCUMENT_ERRORS;
            }
            LearnedOfficial o = found.get().official();
            PrintWriter out = spec.commandLine().getOut();
            out.println("name:     " + o.name());
            out.println("code:     " + dash(o.code()));
            out.println("country:  " + dash(o.country()));
            out.println("role:     " + dash(o.role()));
            out.println("status:   " + (found.get().pinned() ? "pinned" : "learned"));
            out.println("evidence: " + dash(o.evidence()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Add or correct an official; the entry is pinned (learned facts never replace it) unless --unpinned.")
    static final class Set implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Mixin CommonOptions common;
        @Parameters(paramLabel = "NAME", arity = "1..*", description = "The official's full name.") java.util.List<String> name;
        @Option(names = "--code", required = true, description = "CAMEO actor code, e.g. RUSGOV.") String code;
        @Option(names = "--role", description = "Role words, e.g. \"UN ambassador\".") String role;
        @Option(names = "--unpinned", description = "Store as learned, not pinned.") boolean unpinned;

        @Override public Integer call() {
            String c = code.strip().toUpperCase(Locale.ROOT);
            if (!c.matches("([A-Z]{3})+")) {
                spec.commandLine().getErr().println("herald: --code must be a CAMEO code (3, 6, 9 ... letters), got '" + code + "'");
                return ExitCodes.USAGE;
            }
            String n = String.join(" ", name).strip();
            TsvActorMemory file = common.memory();
            String evidence = file.find(n).map(e -> e.official().evidence()).orElse(null);
            file.set(new LearnedOfficial(n, c.substring(0, 3), role, c, evidence), !unpinned);
            spec.commandLine().getOut().printf("%s: %s%s (%s)%n", n, c, role == null ? "" : ", " + role, unpinned ? "learned" : "pinned");
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget an official.")
    static final class Remove implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Mixin CommonOptions common;
        @Parameters(paramLabel = "NAME", arity = "1..*") java.util.List<String> name;

        @Override public Integer call() {
            String n = String.join(" ", name);
            if (!common.memory().remove(n)) {
                spec.commandLine().getErr().println("herald: no official '" + n + "' in the registry");
                return ExitCodes.DOCUMENT_ERRORS;
            }
            spec.commandLine().getOut().println("removed " + n);
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert PETRARCH/TABARI actor and agent dictionaries into a knowledge folder (use it with --knowledge DIR).")
    static final class Import implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Mixin CommonOptions common;
        @Option(names = "--actors", paramLabel = "FILE", description = "Actor dictionaries (.actors.txt).") java.util.List<Path> actorFiles = new ArrayList<>();
        @Option(names = "--agents", paramLabel = "FILE", description = "Agent dictionaries (.agents.txt).") java.util.List<Path> agentFiles = new ArrayList<>();
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Take the codes that hold on this date (default: today).") LocalDate asOf;
        @Option(names = "--out", paramLabel = "DIR", description = "Knowledge folder to write (default: <data>/knowledge).") Path out;
        @Option(names = "--force", description = "Overwrite files already there.") boolean force;

        @Override public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (actorFiles.isEmpty() && agentFiles.isEmpty()) {
                err.println("herald: give --actors FILE and/or --agents FILE");
                return ExitCodes.USAGE;
            }
            java.util.List<PetrarchActor> actors = new ArrayList<>();
            java.util.List<PetrarchAgent> agents = new ArrayList<>();
            try {
                for (Path p : actorFiles) actors.addAll(PetrarchActorReader.read(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                for (Path p : agentFiles) agents.addAll(PetrarchAgentReader.read(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (KnowledgeException e) {
                err.println("herald: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            PetrarchConverter.Result r = PetrarchConverter.convert(actors, agents, asOf == null ? LocalDate.now() : asOf);
            Path dir = (out == null ? common.dataDir().resolve("knowledge") : out).resolve("actors");
            Files.createDirectories(dir);
            String[][] files = {{"countries.tsv", r.countries()}, {"igos.tsv", r.igos()}, {"roles.tsv", r.roles()}};
            for (String[] f : files) {
                if (Files.exists(dir.resolve(f[0])) && !force) {
                    err.println("herald: " + dir.resolve(f[0]) + " exists; use --force to overwrite");
                    return ExitCodes.USAGE;
                }
            }
            for (String[] f : files) Files.writeString(dir.resolve(f[0]), f[1], StandardCharsets.UTF_8);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("imported %d actors and %d agents into %s (%d entries left out)%n", r.actors(), r.agents(), dir, r.skipped().size());
            for (String s : r.skipped()) o.println("  left out: " + s);
            o.println("use them with: herald analyze --knowledge " + dir.getParent() + " ...");
            return ExitCodes.OK;
        }
    }
}
