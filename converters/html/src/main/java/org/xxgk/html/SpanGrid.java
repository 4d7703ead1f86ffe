package org.xxgk.html;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.SourceLocation;

/**
 * Lays out an HTML table's cells by the HTML table model: each cell takes the next free position of its
 * row, and a cell with {@code rowspan}/{@code colspan} appears once as its origin and as a
 * {@link Cell#coveredCopy()} in every other position it covers, so that columns never shift.
 *
 * <p>Spans are taken as browsers take them, and silly ones are tamed: a {@code rowspan} of 0 or over
 * {@value #MAX_ROWSPAN} reaches the end of its table section ({@code thead}, {@code tbody},
 * {@code tfoot}), and no rowspan crosses the end of its section; a {@code colspan} over
 * {@value #MAX_COLSPAN} (a {@code colspan="100"} meaning "the whole row") reaches the right edge of
 * the table; a {@code colspan} below 1 is 1. Where spans overlap, the earlier cell keeps the position.
 */
final class SpanGrid {

    static final int MAX_COLSPAN = 64;
    static final int MAX_ROWSPAN = 500;

    /** A cell as the page gives it: its text and its span attributes, not yet clamped. */
    record RawCell(String text, int rowSpan, int colSpan) {
    }

    /** A row of a table section with its line in the source, or {@code null} when unknown. */
    record RawRow(Integer line, List<RawCell> cells) {
    }

    private SpanGrid() {
    }

    /**
     * @param sections the table's row groups in source order, each a list of rows
     * @param file     the file, for the cells' locations
     * @return the rows of the grid, holes (positions no cell reaches) filled with empty cells
     */
    static List<List<Cell>> expand(List<List<RawRow>> sections, SourceLocation file) {
        int width = place(sections, file, 0).stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> rows = place(sections, file, width);
        for (int r = 0; r < rows.size(); r++) {
            fillHoles(rows.get(r), r, file);
        }
        return rows;
    }

    /** Places every cell; with {@code width} 0 a too-wide colspan counts as 1 (to find the table's width). */
    private static List<List<Cell>> place(List<List<RawRow>> sections, SourceLocation file, int width) {
        List<List<Cell>> grid = new ArrayList<>();
        for (List<RawRow> section : sections) {
            int first = grid.size();
            section.forEach(r -> grid.add(new ArrayList<>()));
            for (int i = 0; i < section.size(); i++) {
                placeRow(grid, first + i, first + section.size(), section.get(i), file, width);
            }
        }
        return grid;
    }

    private static void placeRow(List<List<Cell>> grid, int r, int sectionEnd, RawRow row, SourceLocation file, int width) {
        int c = 0;
        for (RawCell raw : row.cells()) {
            while (occupied(grid.get(r), c)) {
                c++;
            }
            int rows = rowSpan(raw.rowSpan(), sectionEnd - r);
            int cols = colSpan(raw.colSpan(), width - c);
            SourceLocation at = file.withLine(row.line()).withCell(r + 1, c + 1, null);
            Cell origin = new Cell(raw.text(), rows, cols, false, at);
            for (int dr = 0; dr < rows; dr++) {
                for (int dc = 0; dc < cols; dc++) {
                    put(grid.get(r + dr), c + dc, dr == 0 && dc == 0 ? origin : origin.coveredCopy());
                }
            }
            c += cols;
        }
    }

    static int rowSpan(int attribute, int rowsLeft) {
        boolean toEnd = attribute == 0 || attribute > MAX_ROWSPAN;
        return Math.max(1, Math.min(toEnd ? rowsLeft : attribute, rowsLeft));
    }

    /** @param columnsLeft columns up to the table's right edge, or 0 or less while the width is unknown */
    static int colSpan(int attribute, int columnsLeft) {
        if (attribute > MAX_COLSPAN) {
            return Math.max(1, columnsLeft);
        }
        return Math.max(1, attribute);
    }

    private static boolean occupied(List<Cell> row, int c) {
        return c < row.size() && row.get(c) != null;
    }

    private static void put(List<Cell> row, int c, Cell cell) {
        while (row.size() <= c) {
            row.add(null);
        }
        if (row.get(c) == null) {
            row.set(c, cell);
        }
    }

    /** A position inside a row that no cell reaches (a short row under a rowspan) holds an empty cell. */
    private static void fillHoles(List<Cell> row, int r, SourceLocation file) {
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c) == null) {
                row.set(c, Cell.of("", file.withCell(r + 1, c + 1, null)));
            }
        }
    }
}
