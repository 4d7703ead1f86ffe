package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.SourceLocation;

/** The rows of an official layout as a reader that keeps places gives them: spans covered, gaps blank. */
final class LaidOut {

    private LaidOut() {
    }

    /** @param origin the cell a layout cell becomes (its text, flags and place); covered copies fill its span */
    static List<List<Cell>> rows(TableLayout layout, SourceLocation file, Function<LayoutCell, Cell> origin) {
        Cell[][] cells = new Cell[layout.height()][layout.width()];
        for (LayoutCell c : layout.cells()) {
            Cell first = origin.apply(c);
            for (int i = 0; i < c.rowSpan(); i++) {
                for (int j = 0; j < c.colSpan(); j++) {
                    cells[c.row() + i][c.column() + j] = i == 0 && j == 0 ? first : first.coveredCopy();
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell[] row : cells) {
            List<Cell> out = new ArrayList<>();
            for (Cell x : row) {
                out.add(x == null ? Cell.of("", file) : x);
            }
            rows.add(out);
        }
        return rows;
    }
}
