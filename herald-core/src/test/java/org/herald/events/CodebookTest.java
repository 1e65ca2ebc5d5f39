package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.*;

class CodebookTest {
    private final Codebook book = Codebook.load(KnowledgeSource.shipped());

    @Test
    void has_all_312_cameo_codes_with_roots_01_to_20() {
        assertEquals(312, book.size());
        for (int r = 1; r <= 20; r++) assertTrue(book.isKnown(String.format("%02d", r)), "root " + r);
        assertEquals("Accuse", book.find("112").orElseThrow().name().substring(0, 6));
        assertEquals(-2.0, book.find("112").orElseThrow().goldstein());
        assertEquals(Codebook.Quad.VERBAL_CONFLICT, book.find("112").orElseThrow().quad());
    }

    @Test
    void maps_every_code_of_roots_02_to_20_to_a_plover_type_and_none_of_root_01() {
        for (Codebook.Entry e : book.entries()) {
            if (e.code().root().equals("01")) assertNull(e.plover(), e.code() + " has no PLOVER type");
            else assertNotNull(e.plover(), e.code() + " needs a PLOVER type");
        }
        assertEquals(PloverType.ACCUSE, book.find("112").orElseThrow().plover());
        assertEquals(PloverType.ASSAULT, book.find("190").orElseThrow().plover());
        assertEquals("ceasefire", book.find("0871").orElseThrow().mode());
    }

    @Test
    void value_types_reject_bad_values() {
        assertThrows(IllegalArgumentException.class, () -> CameoCode.of("1a2"));
        assertThrows(IllegalArgumentException.class, () -> CameoCode.of("12345"));
        assertEquals("11", CameoCode.of("112").root());
        assertThrows(IllegalArgumentException.class, () -> PloverType.parse("DISAPPROVE"));
        assertEquals(PloverType.REQUEST, PloverType.parse("request"));
    }

    @Test
    void a_plover_row_for_an_unknown_code_fails_with_file_and_line(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/plover.tsv"), "cameo\ttype\tmode\n999\tACCUSE\t\n");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Codebook.load(KnowledgeSource.withUserDir(dir)));
        assertTrue(e.getMessage().contains("plover.tsv:2"), e.getMessage());
    }

    /** The shipped files restate the reference facts: same names, Goldstein values and quad classes; same PLOVER types. */
    @Test
    void agrees_with_the_reference_tables_when_present() throws IOException {
        Path ref = SharedData.require("reference/cameo");
        List<String> lines = Files.readAllLines(ref.resolve("cameo-codes.tsv"));
        String[] quads = {"NEUTRAL", "VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT", "MATERIAL_CONFLICT"};
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            Codebook.Entry e = book.find(c[0]).orElseThrow(() -> new AssertionError("missing " + c[0]));
            assertEquals(c[2], e.name(), c[0]);
            assertEquals(Double.parseDouble(c[3]), e.goldstein(), 1e-9, c[0]);
            assertEquals(quads[Integer.parseInt(c[4])], e.quad().name(), c[0]);
        }
        Map<String, String> types = new HashMap<>();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)");
        for (String line : Files.readAllLines(ref.resolve("cameo-to-plover.txt"))) {
            Matcher m = p.matcher(line);
            if (m.find()) types.putIfAbsent(m.group(1), m.group(2));
        }
        // Herald's own choices, documented in plover.tsv's header.
        List<String> herald = List.of("163", "0813", "0814", "0831", "1712");
        for (var t : types.entrySet()) {
            if (!book.isKnown(t.getKey()) || herald.contains(t.getKey())) continue;
            assertEquals(t.getValue(), book.find(t.getKey()).orElseThrow().plover().name(), t.getKey());
        }
    }
}
