package org.herald.store;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ByteLines gives the lines BufferedReader gives for UTF-8 JSONL (\n and \r\n ends), as bytes. */
class ByteLinesTest {
    private static List<String> lines(String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (ByteLines r = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            while (r.next()) out.add(new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> readLines(String text) throws Exception {
        return new BufferedReader(new StringReader(text)).lines().toList();
    }

    @Test void lines_are_those_of_read_line() throws Exception {
        String longLine = "{\"body\": \"" + "Ünïcode wörds, ".repeat(12_000) + "\"}";
        for (String text : List.of("", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\n", "{\"x\": 1}\n\n  \n{\"y\": 2}\n", longLine + "\n" + longLine, "x\r\n" + longLine + "\r\n"))
            assertEquals(readLines(text), lines(text), text.length() > 60 ? text.substring(0, 60) : text);
    }

    @Test void blank_lines_are_told() throws Exception {
        try (ByteLines r = new ByteLines(new ByteArrayInputStream(" \t\nx\n".getBytes(StandardCharsets.UTF_8)))) {
            assertTrue(r.next());
            assertTrue(r.blank());
            assertTrue(r.next());
            assertFalse(r.blank());
            assertFalse(r.next());
        }
    }
}
