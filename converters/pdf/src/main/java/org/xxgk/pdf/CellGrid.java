package org.xxgk.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * Rebuilds a table's full grid from its cells' coordinates. tabula numbers the cells of a row from left
 * to right, so a cell merged over two rows shifts every cell after it in the lower row by one column;
 * here every distinct edge becomes a grid line and a merged cell covers the positions between its
 * edges, so columns stay where they are (see {@link Cell} for how merged cells are expanded). The grid
 * also finds the cell under a point in logarithmic time, for placing characters.
 */
final class CellGrid {

    /** Edges closer than this (points) are the same grid line: borders drawn a hair apart. */
    private static final double SNAP = 2.0;

    private static final java.util.Set<CellValue.Flag> CUT = java.util.Set.of(CellValue.Flag.CUT);

    private final List<Rectangle2D> cells;
    private final double[] xs;
    private final double[] ys;
    /** For each grid position, the index of the cell that covers it, or -1. */
    private final int[][] owner;

    CellGrid(List<Rectangle2D> cells) {
        this.cells = List.copyOf(cells);
        this.xs = lines(cells, true);
        this.ys = lines(cells, false);
        this.owner = new int[Math.max(ys.length - 1, 0)][Math.max(xs.length - 1, 0)];
        for (int[] row : owner) {
            java.util.Arrays.fill(row, -1);
        }
        for (int i = 0; i < this.cells.size(); i++) {
            Rectangle2D b = this.cells.get(i);
            for (int r = nearest(ys, b.getMinY()); r < nearest(ys, b.getMaxY()); r++) {
                for (int c = nearest(xs, b.getMinX()); c < nearest(xs, b.getMaxX()); c++) {
                    if (owner[r][c] < 0) {
                        owner[r][c] = i;
                    }
                }
            }
        }
    }

    /** The index of the cell under a point, or -1 outside the table. */
    int cellAt(double x, double y) {
        int c = slot(xs, x);
        int r = slot(ys, y);
        return r < 0 || c < 0 ? -1 : owner[r][c];
    }

    /** The grid with the cells' texts, given in the order of the cells. */
    Grid build(List<String> texts, SourceLocation page) {
        return build(texts, new boolean[cells.size()], Double.NaN, page);
    }

    /**
     * The grid with the cells' texts and the cells the page's edge cut off flagged {@code CUT}; when the
     * table runs past the edge ({@code edge} not {@code NaN}), each row ends in one more {@code CUT} cell
     * standing for the columns beyond it.
     */
    Grid build(List<String> texts, boolean[] cut, double edge, SourceLocation page) {
        Cell[] origins = new Cell[cells.size()];
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < owner.length; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < owner[r].length; c++) {
                int i = owner[r][c];
                if (i < 0) {
                    Cell empty = Cell.of("", page.withCell(r + 1, c + 1, null));
                    row.add(empty);
                } else if (origins[i] == null) {
                    Rectangle2D b = cells.get(i);
                    origins[i] = new Cell(texts.get(i), nearest(ys, b.getMaxY()) - r, nearest(xs, b.getMaxX()) - c, false,
                            page.withCell(r + 1, c + 1, null));
                    if (cut[i]) { // what shows of it may be a part: not read
                        origins[i] = new Cell("", origins[i].rowSpan(), origins[i].colSpan(), false, origins[i].location(), CUT, null);
                    }
                    row.add(origins[i]);
                } else {
                    row.add(origins[i].coveredCopy());
                }
            }
            if (!Double.isNaN(edge)) {
                // the row goes on past the page's edge, by columns the file does not hold
                row.add(Cell.of("", page.withCell(r + 1, owner[r].length + 1, null)).withReading(CUT, null));
            }
            rows.add(row);
        }
        return new Grid(rows, true);
    }

    /** The distinct vertical (or horizontal) edges of the cells, close ones merged, in order. */
    private static double[] lines(List<Rectangle2D> cells, boolean vertical) {
        TreeSet<Double> edges = new TreeSet<>();
        for (Rectangle2D b : cells) {
            edges.add(vertical ? b.getMinX() : b.getMinY());
            edges.add(vertical ? b.getMaxX() : b.getMaxY());
        }
        List<Double> out = new ArrayList<>();
        for (double e : edges) {
            if (out.isEmpty() || e - out.get(out.size() - 1) > SNAP) {
                out.add(e);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The grid line nearest to an edge. */
    private static int nearest(double[] lines, double edge) {
        int i = java.util.Arrays.binarySearch(lines, edge);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after == lines.length) {
            return lines.length - 1;
        }
        return edge - lines[after - 1] <= lines[after] - edge ? after - 1 : after;
    }

    /** The grid interval that holds a coordinate, or -1 outside. */
    private static int slot(double[] lines, double v) {
        if (lines.length < 2 || v < lines[0] || v > lines[lines.length - 1]) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(lines, v);
        int at = i >= 0 ? i : -i - 2;
        return Math.min(at, lines.length - 2);
    }
}
