package org.herald.bench;

import java.nio.charset.StandardCharsets;

/** Synthetic pages for the benchmarks: a typical news page and a large one, built in code so the numbers need no data files. */
final class BenchPages {
    private BenchPages() { }

    static String newsPage(int paragraphs) {
        StringBuilder b = new StringBuilder(4096 + paragraphs * 400);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ministers meet in Vienna | Example News</title>")
         .append("<meta property=\"og:title\" content=\"Ministers meet in Vienna\">")
         .append("<meta property=\"article:published_time\" content=\"2026-11-02T09:30:00Z\"></head><body>")
         .append("<nav><ul>");
        for (int i = 0; i < 30; i++) b.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        b.append("</ul></nav><div class=\"share-bar\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>")
         .append("<article><h1>Ministers meet in Vienna</h1><p class=\"byline\">By Clara Weiss</p><time datetime=\"2026-11-02\">2 November 2026</time>");
        for (int i = 0; i < paragraphs; i++) {
            b.append("<p>Austria's Foreign Minister said on Monday that talks with the delegations from Serbia and Kosovo would ")
             .append("continue next week, after envoys of the European Union urged both sides to avoid new troop deployments ")
             .append("near the border. “We have made progress, but it is fragile,” she told reporters in Vienna, paragraph ")
             .append(i).append(".</p>");
        }
        b.append("</article><aside class=\"related\"><h2>Related stories</h2><ul>");
        for (int i = 0; i < 10; i++) b.append("<li><a href=\"/story/").append(i).append("\">Another story about talks ").append(i).append("</a></li>");
        b.append("</ul></aside><footer>© Example News. <a href=\"/privacy\">Privacy</a></footer></body></html>");
        return b.toString();
    }

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
