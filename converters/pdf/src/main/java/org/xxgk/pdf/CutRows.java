package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;

/**
 * Joins a table row that a page break cut in two: the last row of a page's last table and the first row
 * of the next page's first table. Word and LibreOffice let a row break across pages, so a wrapped label
 * ({@code 5.要求行政机关确认或重新 / 出具已获取信息}) ends up in two grids, with its values on one side.
 *
 * <p>Structure alone cannot tell that tail from a new row whose values were left blank ({@code 行政强制}
 * under {@code 行政处罚}), so the rows are joined only when the joined text is a label of the schema and
 * the part above is not.
 */
final class CutRows {

    private static final Pattern NUMBER = Pattern.compile("^[-+]?[\\d,，.．]+%?$");

    private CutRows() {
    }

    /** @param pages the grids of each table page, in page order; consecutive entries are consecutive pages */
    static void stitch(List<List<Grid>> pages, List<Integer> numbers, Landmarks labels) {
        for (int i = 0; i + 1 < pages.size(); i++) {
            List<Grid> above = pages.get(i);
            List<Grid> below = pages.get(i + 1);
            if (numbers.get(i + 1) == numbers.get(i) + 1 && !above.isEmpty() && !below.isEmpty()) {
                Grid[] joined = join(above.get(above.size() - 1), below.get(0), labels);
                if (joined != null) {
                    above.set(above.size() - 1, joined[0]);
                    below.set(0, joined[1]);
                }
            }
        }
    }

    /** The two grids with the cut row made whole in the upper one, or {@code null} when the row was not cut. */
    static Grid[] join(Grid upper, Grid lower, Landmarks labels) {
        if (upper.rowCount() == 0 || lower.rowCount() == 0) {
            return null;
        }
        List<Cell> a = upper.rows().get(upper.rowCount() - 1);
        List<Cell> b = lower.rows().get(0);
        if (a.size() != b.size() || !cut(a, b, labels)) {
            return null;
        }
        List<Cell> whole = new ArrayList<>(a);
        List<Cell> rest = new ArrayList<>(b);
        for (int c = 0; c < a.size(); c++) {
            if (movable(a.get(c), b.get(c))) {
                Cell x = a.get(c);
                whole.set(c, new Cell(CellText.join(List.of(x.text(), b.get(c).text())), x.rowSpan(), x.colSpan(), false, x.location()));
                rest.set(c, Cell.of("", b.get(c).location()));
            }
        }
        return new Grid[] {replace(upper, upper.rowCount() - 1, whole), replace(lower, 0, rest)};
    }

    /** Numbers never break, so no number faces text across the cut; some cell's two parts make a label. */
    private static boolean cut(List<Cell> a, List<Cell> b, Landmarks labels) {
        boolean label = false;
        for (int c = 0; c < a.size(); c++) {
            Cell x = a.get(c);
            Cell y = b.get(c);
            if (isNumber(x) && !y.isBlank() || isNumber(y) && !x.isBlank()) {
                return false;
            }
            if (movable(x, y) && !x.isBlank() && labels.isLabel(x.text() + y.text()) && !labels.isLabel(x.text())) {
                label = true;
            }
        }
        return label;
    }

    /** A cell of the lower part that belongs in the upper cell: its own text, not a merged cell's. */
    private static boolean movable(Cell upper, Cell lower) {
        return !upper.isCovered() && !lower.isCovered() && lower.rowSpan() == 1 && lower.colSpan() == upper.colSpan()
                && !lower.isBlank();
    }

    private static boolean isNumber(Cell c) {
        return NUMBER.matcher(c.text().strip()).matches();
    }

    private static Grid replace(Grid g, int row, List<Cell> cells) {
        List<List<Cell>> rows = new ArrayList<>(g.rows());
        rows.set(row, cells);
        return new Grid(rows, g.positional(), g.official(), g.line());
    }
}
