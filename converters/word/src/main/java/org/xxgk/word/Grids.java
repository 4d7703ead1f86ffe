package org.xxgk.word;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/** A Word table's cells laid on its grid: a merged cell stands at its origin and is copied into every position it covers. */
final class Grids {

    /** An official table has about ten columns and a hundred rows; a span past these is not one (gridSpan="2147483647"). */
    static final int MAX_COLUMNS = 64;
    static final int MAX_ROWS = 5_000;

    private Grids() {
    }

    /** @throws TooLarge when a cell or its span reaches past {@link #MAX_COLUMNS} or {@link #MAX_ROWS}, before anything is allocated */
    static Grid of(List<RawCell> cells, SourceLocation file) {
        for (RawCell c : cells) {
            if ((long) c.column() + c.colSpan() > MAX_COLUMNS) {
                throw new TooLarge("表格第 " + (c.row() + 1) + " 行的单元格跨到第 " + ((long) c.column() + c.colSpan()) + " 列，超出上限 " + MAX_COLUMNS);
            }
            if ((long) c.row() + c.rowSpan() > MAX_ROWS) {
                throw new TooLarge("表格第 " + (c.row() + 1) + " 行的单元格跨到第 " + ((long) c.row() + c.rowSpan()) + " 行，超出上限 " + MAX_ROWS);
            }
        }
        int height = cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
        int width = cells.stream().mapToInt(c -> c.column() + c.colSpan()).max().orElse(0);
        Cell[][] g = new Cell[height][width];
        for (RawCell c : cells) {
            if (g[c.row()][c.column()] != null) {
                continue;
            }
            Cell origin = new Cell(c.text(), c.rowSpan(), c.colSpan(), false, file.withCell(c.row() + 1, c.column() + 1, null));
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
                    if (g[r][k] == null) {
                        g[r][k] = r == c.row() && k == c.column() ? origin : origin.coveredCopy();
                    }
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<Cell> row = new ArrayList<>();
            for (int k = 0; k < width; k++) {
                row.add(g[r][k] != null ? g[r][k] : Cell.of("", file.withCell(r + 1, k + 1, null)));
            }
            rows.add(row);
        }
        return new Grid(rows, true);
    }

    /** The table's rows as text lines ({@code a | b | c}), for the document's lines. */
    static List<String> lines(Grid grid) {
        List<String> out = new ArrayList<>();
        for (List<Cell> row : grid.rows()) {
            List<String> texts = row.stream().filter(c -> !c.isCovered()).map(c -> c.text().replace('\n', ' ').strip()).toList();
            if (texts.stream().anyMatch(t -> !t.isEmpty())) {
                out.add(String.join(" | ", texts));
            }
        }
        return out;
    }

    /** A table beyond the bounds of any official table: said in one line by the reader's boundary. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
