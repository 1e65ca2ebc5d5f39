package org.herald.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether text of unknown format is HTML markup or flattened page text. */
final class MarkupSniffer {
    private static final int WINDOW = 65536;
    /** Tags per 1,000 characters above which text is markup even without a document skeleton. */
    private static final double MIN_TAG_DENSITY = 2.0;
    /** Fewer tags than this is text that happens to contain a few angle brackets. */
    private static final int MIN_TAGS = 10;
    private static final Pattern SKELETON = Pattern.compile("<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]");
    private static final Pattern TAG = Pattern.compile("</?(p|div|span|a|br|li|ul|h[1-6]|table|tr|td|img|meta|link|script|article|section)\\b[^<>]{0,500}>",
            Pattern.CASE_INSENSITIVE);

    private MarkupSniffer() { }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), WINDOW));
        String lower = head.toLowerCase(Locale.ROOT);
        if (SKELETON.matcher(lower.substring(0, Math.min(lower.length(), 2048))).find()) return true;
        Matcher m = TAG.matcher(head);
        int tags = 0;
        while (m.find()) tags++;
        return tags >= MIN_TAGS && tags * 1000.0 / Math.max(1, head.length()) >= MIN_TAG_DENSITY;
    }
}
