package org.herald.eval.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;

/**
 * Renders an HTML page to the text a browser shows, chrome included: every block element on its own line, {@code <br>}
 * a line break, scripts, styles and elements hidden by markup left out. It stands in for a crawler that saved page
 * text, to measure the extractor's text path on pages whose article body is known.
 */
public final class Flattener {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title", "svg", "iframe",
            "object", "embed", "select", "option", "datalist", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "header",
            "footer", "aside", "nav", "address", "center", "form", "fieldset", "hr", "details", "summary", "caption", "button", "body");

    private Flattener() { }

    public static String flatten(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int hidden = 0;

            @Override public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hidden > 0 || invisible(e)) { hidden++; return; }
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) out.append('\n');
                } else if (node instanceof TextNode t && hidden == 0) {
                    out.append(t.getWholeText().replaceAll("[\\s\\u00A0]+", " "));
                }
            }

            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hidden > 0) { hidden--; return; }
                    if (BLOCKS.contains(e.normalName())) out.append('\n');
                }
            }
        }, doc);
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) text.append(l).append('\n');
        }
        return text.toString();
    }

    private static boolean invisible(Element e) {
        if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden")) return true;
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
