package org.herald.cli;

import org.herald.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample articles that ship with Herald (written for the project), listed in {@code herald/samples/samples.index}. */
public final class SampleArticles {
    static final String DIR = "/herald/samples/";

    private SampleArticles() { }

    public static List<String> names() {
        String index = read("samples.index");
        List<String> out = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) out.add(name);
        }
        return out;
    }

    public static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (String name : names()) {
            Page.Format format = name.endsWith(".html") ? Page.Format.HTML : Page.Format.TEXT;
            String id = name.substring(0, name.indexOf('.'));
            pages.add(new Page(id, "sample:" + name, format, read(name).getBytes(StandardCharsets.UTF_8), null));
        }
        return pages;
    }

    private static String read(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing sample " + DIR + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
