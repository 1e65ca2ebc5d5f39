package org.herald.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.herald.io.InputDocument;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The job's inputs, listed on the driver from any Hadoop-compatible path (local, {@code hdfs://}, {@code s3a://} when
 * the cluster has its connector): files, folders (recursively, sorted, as the command line does) and globs. Each file
 * is a WARC file, a JSONL file, or a gzipped one of them; an input that does not exist or is of another kind becomes an
 * error record, so it is accounted for like every other input.
 */
final class JobInputs {
    /** How a file is read: WARC and gzipped JSONL whole, by Herald's source; plain JSONL by lines, split across tasks. */
    enum Kind { WHOLE, LINES }

    /** One input file, numbered in input order; {@code shownAs} is its path as sources name it. */
    record InputFile(int index, String path, String shownAs, String name, long bytes, Kind kind) implements Serializable { }

    final List<InputFile> files = new ArrayList<>();
    final List<PageRecord> failed = new ArrayList<>();
    /** Files inside folders that are neither WARC nor JSONL, passed over. */
    long otherFiles;

    static JobInputs list(List<String> inputs, Configuration conf) throws IOException {
        JobInputs out = new JobInputs();
        int n = 0;
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                out.failed.add(PageRecord.of(n++, 0, InputDocument.failed(baseName(p.getName()), input, "no such file")));
                continue;
            }
            List<FileStatus> found = new ArrayList<>();
            for (FileStatus s : matched) {
                if (!s.isDirectory()) { found.add(s); continue; }
                List<FileStatus> inside = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.getPath().getName().startsWith(".") || f.getPath().getName().startsWith("_")) continue;
                    if (kind(f.getPath().getName()) == null) out.otherFiles++;
                    else inside.add(f);
                }
                inside.sort(Comparator.comparing(f -> f.getPath().toString()));
                found.addAll(inside);
            }
            for (FileStatus s : found) {
                int index = n++;
                String name = s.getPath().getName();
                Kind k = kind(name);
                String shown = shown(s.getPath());
                if (k == null) out.failed.add(PageRecord.of(index, 0, InputDocument.failed(baseName(name), shown,
                        "not a WARC or JSONL file (.warc, .warc.gz, .jsonl, .jsonl.gz): the Spark job reads archives")));
                else out.files.add(new InputFile(index, s.getPath().toString(), shown, name, s.getLen(), k));
            }
        }
        return out;
    }

    static Kind kind(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".jsonl.gz")) return Kind.WHOLE;
        if (n.endsWith(".jsonl")) return Kind.LINES;
        return null;
    }

    /** A local file as its plain path (as the command line names it), anything else as its URI. */
    static String shown(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    /** The file name without its extensions ("a.warc.gz" → "a"), as the command line makes ids. */
    static String baseName(String n) {
        int dot = n.indexOf('.', 1);
        return dot > 0 ? n.substring(0, dot) : n;
    }

    long totalBytes() { return files.stream().mapToLong(InputFile::bytes).sum(); }
}
