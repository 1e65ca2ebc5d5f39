package org.herald.actors.memory;

import org.herald.actors.ActorRegistry;
import org.herald.actors.LearnedOfficial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvActorMemoryTest {
    private static final LearnedOfficial HWANG = new LearnedOfficial("Joonkook Hwang", "KOR", "UN ambassador", "KORGOV", "South Korea's UN Ambassador Joonkook Hwang");

    @Test
    void learned_officials_are_merged_and_pinned_ones_win(@TempDir Path data) {
        TsvActorMemory file = TsvActorMemory.in(data);
        assertTrue(file.entries().isEmpty());
        assertEquals(1, file.merge(List.of(HWANG)));
        assertEquals(0, file.merge(List.of(HWANG)), "the same facts change nothing");
        file.set(new LearnedOfficial("Joonkook Hwang", "KOR", "foreign minister", "KORGOV", null), true);
        assertEquals(0, file.merge(List.of(HWANG)), "a learned fact never replaces a pinned one");
        ActorRegistry snap = file.snapshot();
        assertEquals("foreign minister", snap.find("joonkook  hwang").orElseThrow().role());
        assertEquals("Joonkook Hwang", snap.findBySurname("Hwang").orElseThrow().name());
        assertTrue(file.remove("Joonkook Hwang"));
        assertFalse(file.remove("Joonkook Hwang"));
    }

    @Test
    void a_bad_row_fails_with_file_and_line(@TempDir Path data) throws Exception {
        Path p = TsvActorMemory.in(data).path();
        Files.createDirectories(p.getParent());
        Files.writeString(p, "name\tcountry\trole\tcode\tstatus\tevidence\nA B\tRUS\t\tRUS\tmaybe\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsvActorMemory.in(data).entries());
        assertTrue(e.getMessage().contains("registry.tsv:2"), e.getMessage());
    }

}
