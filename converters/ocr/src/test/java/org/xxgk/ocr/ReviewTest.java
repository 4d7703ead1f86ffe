package org.xxgk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.CellValue.Flag;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;

import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.RandomReports;
import org.xxgk.ocr.CellReader.CellReading;

/**
 * The repair of OCR readings by the rules, on 表三 laid out officially with valid random values, as if read
 * by the engine: a wrong digit in an unsure cell is put right when exactly one reading fits, never when
 * several do, and never in a cell the engine was sure of; an unreadable cell is taken from its rules.
 */
class ReviewTest {

    private static final Schema SCHEMA = Schema.official();
    private static final String CELL = "t3.granted.commercial";

    @Test
    void anUnsureDigitThatBreaksTheRulesIsPutRightWhenOneReadingFits() throws Exception {
        Scan scan = new Scan(new RandomReports(14L).next(Generation.V2021));
        String right = scan.text(CELL);
        scan.misread(CELL, wrongDigit(right), true);
        Report read = scan.reviewed();
        CellValue v = read.values().get(CELL);
        assertEquals(new BigDecimal(right), v.number());
        assertTrue(v.has(Flag.INFERRED) && v.has(Flag.OCR), v.flags().toString());
        assertTrue(rules(read).contains("warning ocr.inferred"), rules(read).toString());
        assertFalse(read.hasErrors(), read.problems().toString());
    }

    @Test
    void aSureReadingIsNeverChangedTheRulesSayItIsWrong() throws Exception {
        Scan scan = new Scan(new RandomReports(15L).next(Generation.V2021));
        String wrong = wrongDigit(scan.text(CELL));
        scan.misread(CELL, wrong, false);
        Report read = scan.reviewed();
        assertEquals(new BigDecimal(wrong), read.values().get(CELL).number());
        assertTrue(read.hasErrors(), "the rule names the wrong cell");
        assertFalse(read.values().get(CELL).has(Flag.INFERRED));
    }

    @Test
    void ofTwoUnsureCellsOnlyTheOneWhoseReadingFitsAllItsRulesIsChanged() throws Exception {
        Scan scan = new Scan(new RandomReports(16L).next(Generation.V2021));
        // The row total read wrong and one of its parts read right but unsure: changing the part would mend the
        // row and break its column, so only the total's reading fits.
        String total = "t3.granted.total";
        String right = scan.text(total);
        scan.misread(total, wrongDigit(right), true);
        scan.misread(CELL, scan.text(CELL), true);
        Report read = scan.reviewed();
        assertEquals(new BigDecimal(right), read.values().get(total).number());
        assertFalse(read.values().get(CELL).has(Flag.INFERRED));
        assertTrue(read.values().get(CELL).has(Flag.UNSURE));
        assertTrue(rules(read).contains("warning ocr.unsure"), rules(read).toString());
        assertFalse(read.hasErrors(), read.problems().toString());
    }

    @Test
    void twoWrongUnsureCellsInOneRuleAreLeftAsReadForTheRulesToSay() throws Exception {
        Scan scan = new Scan(new RandomReports(18L).next(Generation.V2021));
        scan.misread(CELL, wrongDigit(scan.text(CELL)), true);
        scan.misread("t3.granted.natural", wrongDigit(scan.text("t3.granted.natural")), true);
        Report read = scan.reviewed();
        assertFalse(read.values().values().stream().anyMatch(v -> v.has(Flag.INFERRED)), "nothing guessed");
        assertTrue(read.hasErrors());
    }

    @Test
    void anUnreadableCellIsTakenFromTheRulesThatAgreeOnIt() throws Exception {
        Scan scan = new Scan(new RandomReports(17L).next(Generation.V2021));
        String right = scan.text(CELL);
        scan.unreadable(CELL);
        Report read = scan.reviewed();
        assertEquals(new BigDecimal(right), read.values().get(CELL).number());
        assertTrue(read.values().get(CELL).has(Flag.INFERRED));
        assertFalse(rules(read).contains("error invalid_number"), rules(read).toString());
    }

    private static List<String> rules(Report r) {
        return r.problems().stream().map(p -> p.severity().id() + " " + p.rule()).toList();
    }

    /** One digit changed: the last one, up by 3. */
    private static String wrongDigit(String n) {
        int last = n.charAt(n.length() - 1) - '0';
        return n.substring(0, n.length() - 1) + (char) ('0' + (last + 3) % 10);
    }

    /** 表三 of a report laid out officially, every cell "read by the engine", sure unless said otherwise. */
    private static final class Scan {
        private final TableLayout layout = OfficialLayout.of(SCHEMA.view("t3", Generation.V2021));
        private final SourceLocation page = SourceLocation.ofFile("scan.pdf").withPage(1);
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, CellReading> readings = new LinkedHashMap<>();

        Scan(Report r) {
            for (LayoutCell c : layout.cells()) {
                if (c.code() != null) {
                    String n = r.values().get(c.code()).number().toPlainString();
                    texts.put(c.code(), n);
                    readings.put(c.code(), new CellReading(n, true, Set.of(Flag.OCR), 0.97, null, List.of()));
                }
            }
        }

        String text(String code) {
            return texts.get(code);
        }

        void misread(String code, String reading, boolean unsure) {
            texts.put(code, reading);
            readings.put(code, new CellReading(reading, true, unsure ? Set.of(Flag.OCR, Flag.UNSURE) : Set.of(Flag.OCR),
                    unsure ? 0.5 : 0.95, null, List.of()));
        }

        void unreadable(String code) {
            texts.put(code, "?");
            readings.put(code, new CellReading("?", true, Set.of(Flag.OCR, Flag.UNSURE), 0.0, CellReader.Doubt.UNREADABLE, List.of()));
        }

        Report reviewed() throws Exception {
            Cell[][] cells = new Cell[layout.height()][layout.width()];
            Map<Review.Place, CellReading> places = new LinkedHashMap<>();
            for (LayoutCell c : layout.cells()) {
                SourceLocation at = page.withCell(c.row() + 1, c.column() + 1, null);
                Cell origin = new Cell(c.code() == null ? c.text() : texts.get(c.code()), c.rowSpan(), c.colSpan(), false, at);
                if (c.code() != null) {
                    CellReading r = readings.get(c.code());
                    origin = origin.withReading(r.flags(), r.confidence());
                    places.put(new Review.Place(1, c.row() + 1, c.column() + 1), r);
                }
                for (int i = 0; i < c.rowSpan(); i++) {
                    for (int j = 0; j < c.colSpan(); j++) {
                        cells[c.row() + i][c.column() + j] = i == 0 && j == 0 ? origin : origin.coveredCopy();
                    }
                }
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (int r = 0; r < cells.length; r++) {
                List<Cell> row = new ArrayList<>();
                for (int c = 0; c < cells[r].length; c++) {
                    row.add(cells[r][c] != null ? cells[r][c] : Cell.of("", page.withCell(r + 1, c + 1, null)));
                }
                rows.add(row);
            }
            Document doc = new Document("scan.pdf", "scanned-pdf", List.of(new Grid(rows, true)), List.of(), 1);
            Document reviewed = new Review(SCHEMA).review(doc, places);
            return new Recognizer(SCHEMA).recognize(reviewed);
        }
    }

}
