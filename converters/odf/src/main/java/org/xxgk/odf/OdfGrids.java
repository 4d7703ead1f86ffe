package org.xxgk.odf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * Lays a table's cells on its grid, as the other readers do: a merged cell
 * ({@code number-rows-spanned}, {@code number-columns-spanned}) stands at its origin with its spans and
 * is copied into every position it covers ({@code table:covered-table-cell}), so that columns never
 * shift; the rows and cells content.xml leaves empty are blank cells in their places. A sheet's rows end
 * at their last cell that holds something, as a workbook's do.
 */
final class OdfGrids {

    private OdfGrids() {
    }

    /**
     * @param at    the table's place: the file, and the sheet for a spreadsheet
     * @param sheet true for a sheet (cells named {@code B7}, rows ending at their last cell), false for a
     *              text document's table (every row as wide as the table)
     */
    static Grid of(RawTable t, SourceLocation at, boolean sheet) {
        int height = height(t);
        RawTable.RawRow[] byIndex = new RawTable.RawRow[height];
        for (RawTable.RawRow r : t.rows) {
            byIndex[r.index()] = r;
        }
        int width = width(t);
        Map<Long, Cell> covering = new HashMap<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<Cell> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                row.add(cell(byIndex[r], r, c, covering, at, sheet, height, width));
            }
            if (sheet && row.stream().anyMatch(c -> !c.isBlank() || c.isCovered())) {
                trim(row);
            }
            rows.add(row);
        }
        return new Grid(rows, true);
    }

    /** The positions {@link #of} lays out: every row of the table as wide as the widest. */
    static long positions(RawTable t) {
        return (long) height(t) * width(t);
    }

    private static int height(RawTable t) {
        return t.rows.isEmpty() ? 0 : t.rows.get(t.rows.size() - 1).index() + 1;
    }

    private static int width(RawTable t) {
        int width = 0;
        for (RawTable.RawRow r : t.rows) {
            width = Math.max(width, r.cells().length);
            for (int c = 0; c < r.cells().length; c++) {
                RawTable.RawCell cell = r.cells()[c];
                if (cell != null && !cell.covered()) {
                    width = Math.max(width, Math.min(c + cell.colSpan(), ContentParser.MAX_COLUMNS));
                }
            }
        }
        return width;
    }

    private static Cell cell(RawTable.RawRow raw, int r, int c, Map<Long, Cell> covering, SourceLocation at, boolean sheet,
                             int height, int width) {
        SourceLocation here = at.withCell(r + 1, c + 1, sheet ? ref(r, c) : null);
        Cell origin = covering.get(key(r, c));
        if (origin != null) {
            return origin.coveredCopy();
        }
        RawTable.RawCell found = raw != null && c < raw.cells().length ? raw.cells()[c] : null;
        if (found == null) {
            return Cell.of("", here);
        }
        if (found.covered()) {
            return new Cell("", 1, 1, true, here);
        }
        Cell cell = new Cell(found.text(), found.rowSpan(), found.colSpan(), false, here);
        for (int dr = 0; dr < Math.min(found.rowSpan(), height - r); dr++) {
            for (int dc = 0; dc < Math.min(found.colSpan(), width - c); dc++) {
                if (dr > 0 || dc > 0) {
                    covering.putIfAbsent(key(r + dr, c + dc), cell);
                }
            }
        }
        return cell;
    }

    /** Blank cells at the end of a sheet's row hold no place worth keeping (the recognizer reads what is left by place). */
    private static void trim(List<Cell> cells) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank() && !cells.get(cells.size() - 1).isCovered()) {
            cells.remove(cells.size() - 1);
        }
    }

    /** The table's rows as text lines ({@code a | b | c}), for the document's lines (as the Word reader gives them). */
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

    /** An A1 reference: {@code B7} for row 6, column 1 (0-based). */
    static String ref(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
