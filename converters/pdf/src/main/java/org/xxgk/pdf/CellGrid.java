package org.xxgk.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * Rebuilds a table's full grid from its cells' coordinates. tabula numbers the cells of a row from left
 * to right, so a cell merged over two rows shifts every cell after it in the lower row by one column;
 * here every distinct edge becomes a grid line and a merged cell covers the positions between its
 * edges, so columns stay where they are (see {@link Cell} for how merged cells are expanded).
 */
final class CellGrid {

    /** Edges closer than this (points) are the same grid line: borders drawn a hair apart. */
    private static final double SNAP = 2.0;

    /** A cell of the table: where it is on the page and what it says. */
    record Placed(Rectangle2D bounds, String text) {
    }

    private CellGrid() {
    }

    static Grid build(List<Placed> cells, SourceLocation page) {
        List<Double> xs = lines(cells, true);
        List<Double> ys = lines(cells, false);
        Cell[][] g = new Cell[Math.max(ys.size() - 1, 0)][Math.max(xs.size() - 1, 0)];
        for (Placed p : cells) {
            place(g, p, index(xs, p.bounds().getMinX()), index(xs, p.bounds().getMaxX()),
                    index(ys, p.bounds().getMinY()), index(ys, p.bounds().getMaxY()), page);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < g.length; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < g[r].length; c++) {
                row.add(g[r][c] != null ? g[r][c] : Cell.of("", page.withCell(r + 1, c + 1, null)));
            }
            rows.add(row);
        }
        return new Grid(rows, true);
    }

    private static void place(Cell[][] g, Placed p, int c0, int c1, int r0, int r1, SourceLocation page) {
        if (c1 <= c0 || r1 <= r0 || g[r0][c0] != null) {
            return;
        }
        Cell origin = new Cell(p.text(), r1 - r0, c1 - c0, false, page.withCell(r0 + 1, c0 + 1, null));
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                if (g[r][c] == null) {
                    g[r][c] = r == r0 && c == c0 ? origin : origin.coveredCopy();
                }
            }
        }
    }

    /** The distinct vertical (or horizontal) edges of the cells, close ones merged, left to right. */
    private static List<Double> lines(List<Placed> cells, boolean vertical) {
        TreeSet<Double> edges = new TreeSet<>();
        for (Placed p : cells) {
            Rectangle2D b = p.bounds();
            edges.add(vertical ? b.getMinX() : b.getMinY());
            edges.add(vertical ? b.getMaxX() : b.getMaxY());
        }
        List<Double> out = new ArrayList<>();
        for (double e : edges) {
            if (out.isEmpty() || e - out.get(out.size() - 1) > SNAP) {
                out.add(e);
            }
        }
        return out;
    }

    /** The grid line nearest to an edge. */
    private static int index(List<Double> lines, double edge) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (Math.abs(lines.get(i) - edge) < Math.abs(lines.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
