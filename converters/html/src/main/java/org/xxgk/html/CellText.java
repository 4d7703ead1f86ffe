package org.xxgk.html;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of an HTML element as a reader of the page sees it: white space collapsed as browsers do,
 * {@code &nbsp;} as a space, text of inline tags ({@code <span>}, {@code <strong>}) run together,
 * {@code <br>} and block tags ({@code <p>}, {@code <div>}) as line breaks, and nested tables left out
 * (each is a grid of its own).
 */
final class CellText {

    /** Tags that start and end a line. */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "table", "caption", "section", "article", "header", "footer", "nav", "aside",
            "main", "blockquote", "pre", "address", "center", "form", "fieldset", "hr", "figure", "figcaption");

    private static final String WHITE = "[ \\t\\n\\r\\f]+";

    private CellText() {
    }

    /** The text of a table cell: lines stripped, empty lines dropped. */
    static String of(Element cell) {
        StringBuilder out = new StringBuilder();
        new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != cell && node instanceof Element e && e.normalName().equals("table")) {
                    breakLine(out);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    out.append(collapse(t.getWholeText()));
                } else if (node instanceof Element e && (e.normalName().equals("br") || isBlock(e))) {
                    breakLine(out);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) {
                    breakLine(out);
                }
                return FilterResult.CONTINUE;
            }
        }.traverse(cell);
        return tidy(out);
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** HTML white space runs shrink to one space; {@code &nbsp;} becomes a space. */
    static String collapse(String raw) {
        return raw.replaceAll(WHITE, " ").replace('\u00a0', ' ');
    }

    static void breakLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Each line stripped, empty lines dropped. */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(s);
            }
        }
        return out.toString();
    }
}
