package org.xxgk.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a page as lines, the way a reader sees it: each block ({@code <p>},
 * {@code <div>}, a heading, a list item, a table row) and each {@code <br>} starts a line, and the
 * cells of a row stand on one line joined by {@code " | "}, as text pasted from the page would, so that
 * a CMS's {@code 发布机构： | 某某局} row reads like pasted text. The recognizer finds the title, the
 * 发布机构 field and the signature date in these lines.
 */
final class PageLines {

    private static final String CELL_SEPARATOR = " | ";

    private PageLines() {
    }

    static List<String> of(Element body) {
        return of(body, new IdentityHashMap<>());
    }

    /**
     * The page's lines, and where each table stands among them.
     *
     * @param tableLines filled with each {@code <table>} element and how many lines come before it
     */
    static List<String> of(Element body, Map<Element, Integer> tableLines) {
        StringBuilder out = new StringBuilder();
        Map<Element, Integer> offsets = new IdentityHashMap<>();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(CellText.collapse(t.getWholeText()));
                } else if (node instanceof Element e) {
                    open(e, out);
                    if (e.normalName().equals("table")) {
                        offsets.put(e, out.length()); // a block: its text starts on a line of its own
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && CellText.isBlock(e)) {
                    CellText.breakLine(out);
                }
            }
        });
        List<String> lines = new ArrayList<>();
        for (String line : CellText.tidy(out).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        int[] kept = keptLinesBefore(out);
        offsets.forEach((table, offset) -> tableLines.put(table, kept[offset]));
        return lines;
    }

    /**
     * For each offset of the text (and its end), how many of the lines {@link CellText#tidy} keeps (the
     * non-blank ones) end before it. Offsets of tables stand at a line's start, so this is the table's line.
     */
    private static int[] keptLinesBefore(CharSequence text) {
        int[] kept = new int[text.length() + 1];
        int count = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            kept[i] = count;
            char c = text.charAt(i);
            if (c == '\n') {
                count += blank ? 0 : 1;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        kept[text.length()] = count + (blank ? 0 : 1);
        return kept;
    }

    private static void open(Element e, StringBuilder out) {
        String tag = e.normalName();
        if (tag.equals("td") || tag.equals("th")) {
            int lineStart = out.lastIndexOf("\n") + 1;
            if (!out.substring(lineStart).isBlank()) {
                out.append(CELL_SEPARATOR);
            }
        } else if (tag.equals("br") || CellText.isBlock(e)) {
            CellText.breakLine(out);
        }
    }
}
