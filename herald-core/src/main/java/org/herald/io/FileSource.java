package org.herald.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.Page;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns command-line inputs into documents: files ({@code .html .htm .txt}, optionally {@code .gz}),
 * folders (recursively, sorted), JSONL files (one {@code {"id","url"?,"html"?|"text"?,"published"?}} a line),
 * WARC files ({@code .warc}, {@code .warc.gz}: one document per HTML response record, read by {@link WarcSource})
 * and standard input ({@code -}). One document per file; id = file name without its extensions;
 * a repeated id gets {@code -2}, {@code -3} ... Every input yields a document, even one that cannot be read.
 */
public final class FileSource implements PageSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> inputs;
    private final InputStream stdin;
    private final InputFormat format;
    private final long maxBytes;
    private final Map<String, Integer> seenIds = new HashMap<>();
    private final WarcSource warc;

    /**
     * @param inputs   paths, or {@code -} for {@code stdin}
     * @param format   what the inputs hold ({@code AUTO}: by file name, then content)
     * @param maxBytes bytes read of one document; a longer one is cut one byte over, so the extractor reports it as too large
     */
    public FileSource(List<String> inputs, InputStream stdin, InputFormat format, long maxBytes) {
        this.inputs = List.copyOf(inputs);
        this.stdin = stdin;
        this.format = format;
        this.maxBytes = maxBytes;
        this.warc = new WarcSource(List.of(), maxBytes);
    }

    /** Reads every input in order, handing each document to {@code sink} as soon as it is read. Read once. */
    @Override public void read(Consumer<InputDocument> sink) {
        seenIds.clear();
        warc.clearSkipped();
        for (String input : inputs) {
            if (input.equals("-")) readStdin(stdin, sink);
            else readPath(Path.of(input), sink);
        }
    }

    private void readStdin(InputStream stdin, Consumer<InputDocument> sink) {
        if (format == InputFormat.JSONL) {
            readJsonl(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "-", sink);
            return;
        }
        try {
            byte[] bytes = readBounded(stdin);
            sink.accept(InputDocument.of(new Page(uniqueId("stdin"), "-", pageFormat(null), bytes, null)));
        } catch (IOException e) {
            sink.accept(InputDocument.failed(uniqueId("stdin"), "-", e.getMessage()));
        }
    }

    private void readPath(Path path, Consumer<InputDocument> sink) {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(FileSource::isDocumentFile).sorted().forEach(files::add);
            } catch (IOException e) {
                sink.accept(InputDocument.failed(uniqueId(baseName(path)), path.toString(), "cannot list folder: " + e.getMessage()));
                return;
            }
            for (Path f : files) readFile(f, sink);
        } else if (!Files.exists(path)) {
            sink.accept(InputDocument.failed(uniqueId(baseName(path)), path.toString(), "no such file"));
        } else {
            readFile(path, sink);
        }
    }

    /** WARC records skipped because they are not HTML responses, by reason, over every WARC file read. */
    @Override public Map<String, Long> skipped() { return warc.skipped(); }

    private void readFile(Path file, Consumer<InputDocument> sink) {
        if (WarcSource.isWarc(file)) {
            warc.read(file, this::uniqueId, sink);
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (format == InputFormat.JSONL || plain.endsWith(".jsonl")) {
            try (InputStream in = open(file)) {
                readJsonl(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), file.toString(), sink);
            } catch (IOException e) {
                sink.accept(InputDocument.failed(uniqueId(baseName(file)), file.toString(), "cannot read: " + e.getMessage()));
            }
            return;
        }
        String id = uniqueId(baseName(file));
        try (InputStream in = open(file)) {
            sink.accept(InputDocument.of(new Page(id, file.toString(), pageFormat(plain), readBounded(in), null)));
        } catch (IOException e) {
            sink.accept(InputDocument.failed(id, file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private void readJsonl(BufferedReader reader, String source, Consumer<InputDocument> sink) {
        String line;
        int n = 0;
        try {
            while ((line = reader.readLine()) != null) {
                n++;
                if (!line.isBlank()) sink.accept(jsonlLine(line, source, n, this::uniqueId));
            }
        } catch (IOException e) {
            sink.accept(InputDocument.failed(uniqueId("line-" + (n + 1)), source, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * One non-blank JSONL line ({@code n}: its 1-based number in {@code source}) as a document, or as a failed one
     * when it is not a JSON object with {@code html} or {@code text}. {@code uniqueId} makes the id unique among what
     * the caller reads (the Spark job reads lines on many machines, so it makes ids unique afterwards).
     */
    public static InputDocument jsonlLine(String line, String source, long n, UnaryOperator<String> uniqueId) {
        String where = source + ":" + n;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return InputDocument.failed(uniqueId.apply("line-" + n), where, "not a JSON object: " + firstLine(e.getMessage()));
        }
        String id = uniqueId.apply(node.hasNonNull("id") ? node.get("id").asText() : "line-" + n);
        String url = node.hasNonNull("url") ? node.get("url").asText() : where;
        String published = node.hasNonNull("published") ? node.get("published").asText() : null;
        if (node.hasNonNull("html"))
            return InputDocument.of(new Page(id, url, Page.Format.HTML, node.get("html").asText().getBytes(StandardCharsets.UTF_8), published));
        if (node.hasNonNull("text"))
            return InputDocument.of(new Page(id, url, Page.Format.TEXT, node.get("text").asText().getBytes(StandardCharsets.UTF_8), published));
        return InputDocument.failed(id, url, "JSONL line has neither \"html\" nor \"text\"");
    }

    private Page.Format pageFormat(String fileName) {
        if (format == InputFormat.HTML) return Page.Format.HTML;
        if (format == InputFormat.TEXT) return Page.Format.TEXT;
        if (fileName != null && (fileName.endsWith(".html") || fileName.endsWith(".htm"))) return Page.Format.HTML;
        if (fileName != null && fileName.endsWith(".txt")) return Page.Format.TEXT;
        return Page.Format.AUTO;
    }

    /** Reads at most one byte over the limit, so the extractor can report the page as too large without holding it all. */
    private byte[] readBounded(InputStream in) throws IOException { return readBounded(in, maxBytes); }

    /** {@code in}'s bytes, at most one over {@code maxBytes}. */
    static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            int keep = (int) Math.min(r, maxBytes + 1 - total);
            out.write(buf, 0, keep);
            total += keep;
            if (total > maxBytes) break;
        }
        return out.toByteArray();
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    static boolean isDocumentFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) return false;
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".warc");
    }

    /** File name without any of its extensions: "a.html.gz" → "a". */
    static String baseName(Path p) {
        String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = n.indexOf('.', 1);
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private String uniqueId(String id) {
        int n = seenIds.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
