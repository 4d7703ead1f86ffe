package org.xxgk.word;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * The cells of a Word table as they are met, row by row: a vertically merged cell grows the cell
 * above it, a horizontally merged one the cell to its left. Shared by the .docx and .doc readers.
 */
final class MergedCells {

    /** A cell being built. */
    static final class Cell {
        final int row;
        final int column;
        int colSpan;
        int rowSpan = 1;
        final String text;

        Cell(int row, int column, int colSpan, String text) {
            this.row = row;
            this.column = column;
            this.colSpan = colSpan;
            this.text = text;
        }
    }

    private final List<Cell> cells = new ArrayList<>();

    void add(int row, int column, int colSpan, String text) {
        cells.add(new Cell(row, column, colSpan, text));
    }

    /** The cell that reaches down to this row at this column, to be merged with, or {@code null}. */
    Cell above(int row, int column) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell c = cells.get(i);
            if (c.column == column && c.row + c.rowSpan == row) {
                return c;
            }
        }
        return null;
    }

    /** The cell of this row that ends where this column starts, or {@code null}. */
    Cell leftOf(int row, int column) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell c = cells.get(i);
            if (c.row == row && c.column + c.colSpan == column) {
                return c;
            }
        }
        return null;
    }

    /** The last cell placed, when it is in this row, or {@code null}. */
    Cell lastIn(int row) {
        Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
        return last != null && last.row == row ? last : null;
    }

    Grid toGrid(SourceLocation file) {
        return Grids.of(cells.stream().map(c -> new RawCell(c.row, c.column, c.colSpan, c.rowSpan, c.text)).toList(), file);
    }
}
