package org.herald.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Cuts a pruned page into {@link Block}s: every block-level element starts a new one; {@code <br>} is a line break. */
final class BlockSegmenter {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "figure", "figcaption", "header", "footer", "aside", "nav", "address", "center", "form", "fieldset", "body", "hr",
            "details", "summary", "caption", "hgroup", "menu", "option");

    private BlockSegmenter() { }

    static List<Block> segment(Element root) {
        List<Block> out = new ArrayList<>();
        Deque<Element> containers = new ArrayDeque<>();
        containers.push(root);
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int before = text.length();
                    appendCollapsed(text, t.getWholeText(), isPre(containers));
                    if (inLink[0] > 0) linkChars[0] += text.length() - before;
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) { trimTrailingSpace(text); if (text.length() > 0) text.append('\n'); }
                    else if (tag.equals("a")) inLink[0]++;
                    else if (BLOCK_TAGS.contains(tag) && e != root) {
                        flush();
                        containers.push(e);
                    }
                }
            }

            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) inLink[0]--;
                    else if (BLOCK_TAGS.contains(tag) && e != root) {
                        flush();
                        containers.pop();
                    }
                }
            }

            private void flush() {
                String s = text.toString().strip();
                if (!s.isEmpty()) {
                    Element c = containers.peek();
                    out.add(new Block(s, Math.min(linkChars[0], s.length()), c, c.normalName()));
                }
                text.setLength(0);
                linkChars[0] = 0;
            }
        }, root);
        String s = text.toString().strip();
        if (!s.isEmpty()) out.add(new Block(s, Math.min(linkChars[0], s.length()), root, root.normalName()));
        return out;
    }

    private static boolean isPre(Deque<Element> containers) {
        Element c = containers.peek();
        return c != null && c.normalName().equals("pre");
    }

    private static void appendCollapsed(StringBuilder sb, String s, boolean pre) {
        if (pre) { sb.append(s); return; }
        boolean space = sb.length() > 0 && isSpace(sb.charAt(sb.length() - 1));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!space && sb.length() > 0) sb.append(' ');
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u200B' || c == '\u3000' || c == '\u2009' || c == '\u202F';
    }
}
