package org.herald.server;

import org.herald.events.PloverType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The page's own sources: every file is served, none builds markup from strings, and the PLOVER list is core's. */
class WebSourcesTest {
    private static final Path WEB = Path.of("src/main/resources/herald/server/web");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(WEB)) {
            return s.sorted().toList();
        }
    }

    @Test void every_file_of_the_page_is_in_the_served_list_and_every_listed_one_exists() throws IOException {
        Set<String> onDisk = files().stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, new TreeSet<>(Arrays.asList(StaticAssets.WEB_FILES)));
    }

    @Test void no_script_builds_markup_from_strings_or_evaluates_code() throws IOException {
        Pattern banned = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function|"
                + "setAttribute\\(\\s*['\"](style|href|src|on\\w+)|\\.href\\s*=|\\.src\\s*=|setTimeout\\(\\s*['\"]|javascript:");
        for (Path p : files()) {
            if (!p.toString().endsWith(".js")) continue;
            String js = Files.readString(p);
            Matcher m = banned.matcher(js);
            if (m.find()) fail(p.getFileName() + " uses " + m.group());
        }
    }

    @Test void every_module_imported_is_served() throws IOException {
        Pattern imports = Pattern.compile("from '\\./([\\w.-]+)'");
        Set<String> served = Set.of(StaticAssets.WEB_FILES);
        for (Path p : files()) {
            if (!p.toString().endsWith(".js")) continue;
            Matcher m = imports.matcher(Files.readString(p));
            while (m.find()) assertTrue(served.contains(m.group(1)), p.getFileName() + " imports " + m.group(1));
        }
    }

    @Test void the_page_lists_core_s_plover_types_in_core_s_order() throws IOException {
        String js = Files.readString(WEB.resolve("quadclass.js"));
        Matcher m = Pattern.compile("PLOVER_TYPES = \\[([^]]+)]").matcher(js);
        assertTrue(m.find());
        List<String> listed = Arrays.stream(m.group(1).split(",")).map(s -> s.replaceAll("[\\s']", "")).toList();
        assertEquals(Arrays.stream(PloverType.values()).map(Enum::name).toList(), listed);
    }
}
