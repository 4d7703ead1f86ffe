package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/**
 * A grid whose empty cells hold their place is read by place: blank cells are 0 in their own column,
 * whatever stands first or last in a row, and nothing is guessed. Text that lost its blanks is read by
 * the rules, and every value so placed is flagged and said at warning level.
 */
class PositionalGridTest {

    private static final Schema SCHEMA = Schema.official();
    private static final Recognizer RECOGNIZER = new Recognizer(SCHEMA);

    @ParameterizedTest
    @EnumSource(Generation.class)
    void blankCellsStayInTheirColumns(Generation g) throws NotAReportException {
        RandomReports random = new RandomReports(20261202L + g.ordinal(), 0.3);
        for (int i = 0; i < 40; i++) {
            Report r = random.next(g);
            Report read = RECOGNIZER.recognize(document(r, g, true));
            String where = g + " #" + i;
            Golden.assertSameValues(Golden.numbers(r.values()), Golden.numbers(read.values()), where);
            assertTrue(read.values().values().stream().noneMatch(v -> v.has(CellValue.Flag.INFERRED)), where + ": nothing inferred");
            assertEquals(List.of(), read.problems(), where + ": no problem");
        }
    }

    @Test
    void table4StartingAndEndingBlankIsReadByPlace() throws NotAReportException {
        Report r = new RandomReports(5L).next(Generation.V2021);
        Report edged = withValues(r, code -> code.equals("t4.review.upheld") || code.startsWith("t4.suit_after_review."));
        Report read = RECOGNIZER.recognize(document(edged, Generation.V2021, true));
        Golden.assertSameValues(Golden.numbers(edged.values()), Golden.numbers(read.values()), "表四");
        assertTrue(read.values().get("t4.review.upheld").has(CellValue.Flag.BLANK));
        assertFalse(read.values().get("t4.review.corrected").has(CellValue.Flag.INFERRED));
    }

    @Test
    void anAllBlankTable4RowIsZerosInPlace() throws NotAReportException {
        Report r = new RandomReports(6L).next(Generation.V2021);
        Report none = withValues(r, code -> code.startsWith("t4."));
        Report read = RECOGNIZER.recognize(document(none, Generation.V2021, true));
        Golden.assertSameValues(Golden.numbers(none.values()), Golden.numbers(read.values()), "表四");
        assertEquals(List.of(), read.problems());
    }

    @Test
    void aRowShorterThanItsTableEndsInBlanks() throws NotAReportException {
        Report r = new RandomReports(8L).next(Generation.V2021);
        Report edged = withValues(r, code -> code.startsWith("t4.suit_after_review."));
        Document doc = document(edged, Generation.V2021, true);
        List<Grid> trimmed = doc.grids().stream().map(PositionalGridTest::withoutTrailingBlanks).toList();
        Report read = RECOGNIZER.recognize(new Document(doc.source(), doc.format(), trimmed, doc.lines(), 1));
        Golden.assertSameValues(Golden.numbers(edged.values()), Golden.numbers(read.values()), "trimmed rows");
        assertTrue(read.values().values().stream().noneMatch(v -> v.has(CellValue.Flag.INFERRED)));
    }

    @ParameterizedTest
    @EnumSource(value = Generation.class, names = {"V2021", "V2019"})
    void everyGuessIsFlaggedAndSaidAtWarningLevel(Generation g) throws NotAReportException {
        RandomReports random = new RandomReports(1202L + g.ordinal(), 0.2);
        int inferred = 0;
        for (int i = 0; i < 5; i++) { // few: a whole report of compacted rows takes the solver about half a second
            Report read = RECOGNIZER.recognize(document(random.next(g), g, false));
            List<Problem> warnings = read.problems().stream().filter(p -> p.severity() != Severity.INFO).toList();
            for (Map.Entry<String, CellValue> v : read.values().entrySet()) {
                if (v.getValue().has(CellValue.Flag.INFERRED)) {
                    inferred++;
                    assertTrue(warnings.stream().anyMatch(p -> p.cells().contains(v.getKey())),
                            g + " #" + i + ": " + v.getKey() + " inferred without a warning: " + read.problems());
                }
            }
        }
        assertTrue(inferred > 50, "the compacted rows were read by the rules: " + inferred);
    }

    /** A copy of the report whose codes that match are 0 (printed blank). */
    static Report withValues(Report r, Predicate<String> zero) {
        Map<String, CellValue> values = new java.util.LinkedHashMap<>(r.values());
        values.replaceAll((code, v) -> zero.test(code) ? CellValue.of(0) : v);
        List<String> t4 = List.of("review", "suit_direct", "suit_after_review");
        for (String group : t4) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String part : List.of("upheld", "corrected", "other", "pending")) {
                sum = sum.add(values.get("t4." + group + "." + part).number());
            }
            values.put("t4." + group + ".total", CellValue.of(sum));
        }
        return new Report(r.source(), r.format(), r.agency(), r.year(), r.published(), r.generations(), values, r.problems());
    }

    /**
     * The report in the official layout, zeros as blank cells, with its title and signature: positional as
     * a Word or HTML table, or as text that lost its blanks (each row's non-blank cells only).
     */
    static Document document(Report r, Generation g, boolean positional) {
        List<Grid> grids = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(r.agency() + r.year() + "年政府信息公开工作年度报告", "一、总体情况"));
        for (TableSpec t : SCHEMA.tablesIn(g)) {
            lines.add(t.title());
            grids.add(grid(r, OfficialLayout.of(SCHEMA.view(t.id(), g)), positional).at(lines.size()));
        }
        lines.add(r.agency());
        lines.add((r.year() + 1) + "年1月20日");
        return new Document("x.docx", "docx", grids, lines, 1);
    }

    private static Grid grid(Report r, TableLayout layout, boolean positional) {
        SourceLocation file = SourceLocation.ofFile("x.docx");
        Cell[][] cells = new Cell[layout.height()][layout.width()];
        for (LayoutCell c : layout.cells()) {
            CellValue v = c.code() == null ? null : r.values().get(c.code());
            String text = c.code() == null ? c.text() : v.number().signum() == 0 ? "" : v.number().toPlainString();
            Cell origin = new Cell(text, c.rowSpan(), c.colSpan(), false, file.withCell(c.row() + 1, c.column() + 1, null));
            for (int i = 0; i < c.rowSpan(); i++) {
                for (int j = 0; j < c.colSpan(); j++) {
                    cells[c.row() + i][c.column() + j] = i == 0 && j == 0 ? origin : origin.coveredCopy();
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell[] row : cells) {
            List<Cell> out = new ArrayList<>();
            for (Cell x : row) {
                Cell cell = x == null ? Cell.of("", file) : x;
                if (positional || !cell.isBlank()) {
                    out.add(cell);
                }
            }
            rows.add(out);
        }
        return new Grid(rows, positional);
    }

    /** The grid as a sheet reader gives it: no cell after a row's last value. */
    private static Grid withoutTrailingBlanks(Grid g) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> row : g.rows()) {
            int end = row.size();
            while (end > 0 && row.get(end - 1).isBlank()) {
                end--;
            }
            rows.add(row.subList(0, end));
        }
        return new Grid(rows, true).at(g.line());
    }
}
