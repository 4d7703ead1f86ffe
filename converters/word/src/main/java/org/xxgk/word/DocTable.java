package org.xxgk.word;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * A {@code .doc} table as a grid. The binary format keeps no grid columns: each row lists its cells
 * with their left edges and widths, so the columns are the distinct edges of all rows, and a cell
 * spans the columns between its edges; vertical merges continue the cell above.
 */
final class DocTable {

    /** Edges closer than this (twips, a twentieth of a point) are the same column line. */
    private static final int SNAP = 30;

    private DocTable() {
    }

    static Grid grid(Table t, SourceLocation file) {
        List<Integer> edges = edges(t);
        MergedCells cells = new MergedCells();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int k = 0; k < row.numCells(); k++) {
                place(cells, row.getCell(k), r, edges);
            }
        }
        return cells.toGrid(file);
    }

    private static void place(MergedCells cells, TableCell cell, int row, List<Integer> edges) {
        int column = index(edges, cell.getLeftEdge());
        int span = Math.max(1, index(edges, cell.getLeftEdge() + cell.getWidth()) - column);
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
            MergedCells.Cell above = cells.above(row, column);
            if (above != null) {
                above.rowSpan++;
                return;
            }
        }
        if (cell.isMerged() && !cell.isFirstMerged()) {
            MergedCells.Cell left = cells.lastIn(row);
            if (left != null) {
                left.colSpan += span;
                return;
            }
        }
        cells.add(row, column, span, clean(cell.text()));
    }

    /** The distinct column edges of all rows, close ones merged, left to right. */
    private static List<Integer> edges(Table t) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int k = 0; k < row.numCells(); k++) {
                TableCell c = row.getCell(k);
                all.add(c.getLeftEdge());
                all.add(c.getLeftEdge() + c.getWidth());
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int e : all) {
            if (out.isEmpty() || e - out.get(out.size() - 1) > SNAP) {
                out.add(e);
            }
        }
        return out;
    }

    private static int index(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    /** Text as Word stores it: fields reduced to their results, cell and paragraph marks to line breaks. */
    static String clean(String text) {
        String s = Range.stripFields(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\u000b' || c == '\u0007') {
                sb.append('\n');
            } else if (c == '\t') {
                sb.append(' ');
            } else if (!Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
