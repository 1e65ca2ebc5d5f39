package org.herald.actors.petrarch;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchReaderTest {
    // Written for this test, in the dictionaries' syntax (not copied from any dictionary).
    private static final String ACTORS = """
            <!-- a block comment
            # spanning lines -->
            FREEDONIA [FRD] # a comment
            +FREEDONIAN
            +FREE_STATE_
            SYLVANIA_
            \t[SYLGOV <900101]
            \t[SYLMIL 19900101-19991231]  # dated
            \t[SYL]
            RUFUS T. FIREFLY
            +FIREFLY
            \t[FRDGOV >930615]
            MARX BROTHERS [FRD/SYL]
            NOBODY [---]
            <! -- odd spelling of a comment -->
            """;
    private static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN
            MINISTER [~GOV] # regular plural
            ARMED_FORCES {} [~MIL]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [ ~JUD]
            CONGRESS!PERSON! [~LEG]
            RELIEF_BODY [NGO~]
            """;

    @Test
    void actor_entries_synonyms_and_dated_codes_are_read() {
        List<PetrarchActor> actors = PetrarchActorReader.read("t.actors.txt", ACTORS);
        assertEquals(5, actors.size());
        PetrarchActor freedonia = actors.get(0);
        assertEquals(List.of("FREEDONIA", "FREEDONIAN", "FREE STATE"), freedonia.names().stream().map(DictionaryPhrase::words).toList());
        assertTrue(freedonia.names().get(2).whole());
        assertFalse(freedonia.names().get(1).whole());
        assertEquals(3, freedonia.line());
        PetrarchActor sylvania = actors.get(1);
        assertEquals("SYLGOV", sylvania.codeOn(LocalDate.of(1985, 5, 1)));
        assertEquals("SYLMIL", sylvania.codeOn(LocalDate.of(1995, 5, 1)));
        assertEquals("SYL", sylvania.codeOn(LocalDate.of(2005, 5, 1)));
        assertEquals("SYL", sylvania.codeOn(null));
        PetrarchActor firefly = actors.get(2);
        assertEquals("RUFUS T. FIREFLY", firefly.names().get(0).words());
        assertNull(firefly.codeOn(LocalDate.of(1993, 6, 15)), "'>930615' starts after that day");
        assertEquals("FRDGOV", firefly.codeOn(LocalDate.of(1993, 6, 16)));
        assertEquals(List.of("FRD", "SYL"), actors.get(3).codes().get(0).codes());
        assertNull(actors.get(4).codeOn(null), "--- is the null code");
    }

    @Test
    void agent_entries_plurals_and_substitution_sets_are_read() {
        List<PetrarchAgent> agents = PetrarchAgentReader.read("t.agents.txt", AGENTS);
        assertEquals("MINISTERS", agents.get(0).plurals().get(0).words());
        assertTrue(agents.get(1).plurals().isEmpty());
        assertEquals("ATTORNEYS GENERAL", agents.get(2).plurals().get(0).words());
        assertEquals("JUD", agents.get(2).code());
        assertEquals(List.of("CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"),
                agents.subList(3, 6).stream().map(a -> a.phrase().words()).toList());
        assertTrue(agents.get(6).prefix());
        assertEquals("NGO", agents.get(6).code());
    }

    @Test
    void bad_lines_are_reported_with_file_and_line() {
        assertMessage("x.txt:2", () -> PetrarchActorReader.read("x.txt", "A [AAA]\n\t[BBB <991340]\n"));
        assertMessage("x.txt:1", () -> PetrarchActorReader.read("x.txt", "\t[AAA]\n"));
        assertMessage("x.txt:1", () -> PetrarchActorReader.read("x.txt", "+SYNONYM\n"));
        assertMessage("x.txt:1", () -> PetrarchActorReader.read("x.txt", "NO_CODE\nNEXT [NXT]\n"));
        assertMessage("x.txt:2", () -> PetrarchActorReader.read("x.txt", "A [AAA]\n<!-- never closed\n"));
        assertMessage("x.txt:1", () -> PetrarchActorReader.read("x.txt", "A [AA A B]\n"));
        assertMessage("y.txt:1", () -> PetrarchAgentReader.read("y.txt", "!UNKNOWN!_MINISTER [~GOV]\n"));
        assertMessage("y.txt:2", () -> PetrarchAgentReader.read("y.txt", "MINISTER [~GOV]\nPOLICE [COP]\n"));
        assertMessage("y.txt:1", () -> PetrarchAgentReader.read("y.txt", "POLICE\n"));
    }

    @Test
    void hostile_input_gives_nothing_or_a_located_error() {
        assertTrue(PetrarchActorReader.read("e.txt", "").isEmpty());
        assertTrue(PetrarchAgentReader.read("e.txt", "# only a comment\n\n\t\n").isEmpty());
        for (String junk : List.of("[[[", "]]]", "\u0000\u0001", "A [AAA] trailing", "{} [~]"))
            assertMessage("j.txt:1", () -> { PetrarchActorReader.read("j.txt", junk); PetrarchAgentReader.read("j.txt", junk); });
    }

    @Test
    void converted_files_are_readable_herald_knowledge() throws IOException {
        PetrarchConverter.Result r = PetrarchConverter.convert(PetrarchActorReader.read("t.actors.txt", ACTORS),
                PetrarchAgentReader.read("t.agents.txt", AGENTS), LocalDate.of(1995, 1, 1));
        Path dir = Files.createTempDirectory("herald-import");
        Files.createDirectories(dir.resolve("actors"));
        Files.writeString(dir.resolve("actors/countries.tsv"), r.countries());
        Files.writeString(dir.resolve("actors/igos.tsv"), r.igos());
        Files.writeString(dir.resolve("actors/roles.tsv"), r.roles());
        KnowledgeSource source = KnowledgeSource.withUserDir(dir);
        List<TsvReader.Row> countries = TsvReader.read(source.layers("actors/countries.tsv").get(1), "code", "name");
        assertEquals("FRD", countries.get(0).get("code"));
        assertEquals("Freedonia", countries.get(0).get("name"));
        assertTrue(countries.stream().anyMatch(c -> c.get("seats").equals("Sylvania:MIL")), countries.toString());
        assertTrue(r.skipped().stream().anyMatch(s -> s.contains("t.agents.txt:6") && s.contains("prefix")), r.skipped().toString());
        assertTrue(r.skipped().stream().anyMatch(s -> s.contains("NOBODY")), r.skipped().toString());
        // The resolver loads the user's converted files on top of the shipped ones.
        org.herald.actors.ActorResolver.load(source);
    }

    @Test
    void the_petrarch_validation_dictionaries_are_read_whole() throws IOException {
        Path dir = SharedData.require("eval/petrarch-validation");
        List<PetrarchActor> actors = PetrarchActorReader.read("PETR.Validate.actors.txt", Files.readString(dir.resolve("PETR.Validate.actors.txt")));
        List<PetrarchAgent> agents = PetrarchAgentReader.read("PETR.Validate.agents.txt", Files.readString(dir.resolve("PETR.Validate.agents.txt")));
        assertTrue(actors.size() > 120, "actors: " + actors.size());
        PetrarchActor sam = actors.stream().filter(a -> a.names().get(0).words().equals("SAM GAMGEE")).findFirst().orElseThrow();
        assertEquals("HOBMIL", sam.codeOn(LocalDate.of(2009, 6, 1)));
        assertEquals("ORCHOB", sam.codeOn(LocalDate.of(2010, 1, 10)), "the first dated code that holds wins");
        assertEquals("HOBELI", sam.codeOn(LocalDate.of(2014, 1, 1)));
        PetrarchActor un = actors.stream().filter(a -> a.names().get(0).words().equals("UNITED NATIONS")).findFirst().orElseThrow();
        assertTrue(un.names().stream().anyMatch(n -> n.words().equals("SECURITY COUNCIL")));
        assertTrue(agents.stream().anyMatch(a -> a.phrase().words().equals("CONGRESSWOMEN") && a.code().equals("LEG")));
        assertTrue(agents.stream().anyMatch(a -> a.phrase().words().equals("MINISTERS OF SILLY WALKS")));
        assertTrue(agents.stream().anyMatch(a -> a.phrase().words().equals("POLICE") && a.code().equals("COP") && a.plurals().isEmpty()));
        System.out.printf("PETRARCH validation: %d actors, %d agents read%n", actors.size(), agents.size());
    }

    private static void assertMessage(String where, org.junit.jupiter.api.function.Executable call) {
        KnowledgeException e = assertThrows(KnowledgeException.class, call);
        assertTrue(e.getMessage().startsWith(where), e.getMessage());
    }
}
