package org.xxgk.word;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.xmlbeans.XmlObject;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * A {@code w:tbl} as a grid: {@code w:gridBefore} keeps a row's first cell in its column,
 * {@code w:gridSpan} and the legacy {@code w:hMerge} merge across, {@code w:vMerge} merges down.
 */
final class DocxTable {

    private DocxTable() {
    }

    /** True when some cell holds a table of its own: the outer table lays out the page, it is no statistics table. */
    static boolean holdsTables(XmlObject tbl) {
        for (Ooxml.Node tr : Ooxml.wrapped(tbl, "tr")) {
            for (Ooxml.Node tc : Ooxml.wrapped(tr.object(), "tc")) {
                if (!Ooxml.wrapped(tc.object(), "tbl").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cells of a layout table, row by row, whose content is read like the body's. */
    static List<XmlObject> cells(XmlObject tbl) {
        List<XmlObject> out = new ArrayList<>();
        Ooxml.wrapped(tbl, "tr").forEach(tr -> Ooxml.wrapped(tr.object(), "tc").forEach(tc -> out.add(tc.object())));
        return out;
    }

    static Grid grid(XmlObject tbl, SourceLocation file) {
        MergedCells cells = new MergedCells();
        int r = 0;
        for (Ooxml.Node tr : Ooxml.wrapped(tbl, "tr")) {
            int column = tr.child("trPr").flatMap(p -> p.child("gridBefore")).flatMap(Ooxml.Node::val)
                    .map(v -> number(v, 0)).orElse(0);
            for (Ooxml.Node tc : Ooxml.wrapped(tr.object(), "tc")) {
                column += place(cells, tc, r, column);
            }
            r++;
        }
        return cells.toGrid(file);
    }

    /** Places one cell; returns the grid columns it takes. */
    private static int place(MergedCells cells, Ooxml.Node tc, int row, int column) {
        Ooxml.Node props = tc.child("tcPr").orElse(null);
        int span = props == null ? 1 : props.child("gridSpan").flatMap(Ooxml.Node::val).map(v -> number(v, 1)).orElse(1);
        String vMerge = props == null ? null : props.child("vMerge").map(n -> n.val().orElse("continue")).orElse(null);
        String hMerge = props == null ? null : props.child("hMerge").map(n -> n.val().orElse("continue")).orElse(null);
        MergedCells.Cell above = "continue".equals(vMerge) ? cells.above(row, column) : null;
        MergedCells.Cell left = "continue".equals(hMerge) ? cells.leftOf(row, column) : null;
        if (above != null) {
            above.rowSpan++;
        } else if (left != null) {
            left.colSpan += span;
        } else {
            cells.add(row, column, span, text(tc.object()));
        }
        return span;
    }

    /** A cell's paragraphs (also inside content controls), one per line; nested tables left out. */
    private static String text(XmlObject tc) {
        return Ooxml.wrapped(tc, "p").stream().map(p -> Ooxml.text(p.object())).collect(Collectors.joining("\n")).strip();
    }

    private static int number(String s, int least) {
        try {
            return Math.max(least, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return least;
        }
    }
}
