package org.xxgk.html;

import java.util.ArrayList;
import java.util.List;

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
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(CellText.collapse(t.getWholeText()));
                } else if (node instanceof Element e) {
                    open(e, out);
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
        return lines;
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
