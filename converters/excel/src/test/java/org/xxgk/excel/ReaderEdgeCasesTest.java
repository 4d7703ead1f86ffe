package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** Workbooks at the edges of what people send: formulas without values, edited layouts, error cells. */
class ReaderEdgeCasesTest {

    private final Report report = new RandomReports(42).next(Generation.V2021);

    @Test
    void formulasWithoutCachedValuesAreEvaluated() throws Exception {
        XSSFWorkbook wb = TemplateWriter.official().write(TemplatePlan.of(Schema.official(), Generation.V2021)).workbook();
        NamedCells names = new NamedCells(wb);
        report.values().forEach((code, v) -> {
            Cell c = names.find(Names.ofCode(code)).orElseThrow().cell().orElseThrow();
            if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
                c.setCellValue(v.number().doubleValue());
            }
        });
        Cell total = names.find(Names.ofCode("t3.total.total")).orElseThrow().cell().orElseThrow();
        assertFalse(CellText.hasCachedValue(total), "precondition: the file holds formulas without values");
        Report back = Excel.report(Excel.bytes(wb), "no-cache.xlsx");
        assertEquals(Golden.numbers(report.values()), Golden.numbers(back.values()));
    }

    @Test
    void aFormulaWhoseCachedValueIsEmptyIsEvaluatedNotReadAsZero() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("表四");
        Row row = s.createRow(0);
        row.createCell(0).setCellValue(2);
        row.createCell(1).setCellValue(3);
        XSSFCell sum = (XSSFCell) row.createCell(2);
        sum.setCellFormula("A1+B1");
        sum.getCTCell().setV(""); // saved without computing: <v></v>
        var doc = Excel.document(Excel.bytes(wb), "empty-cache.xlsx");
        assertEquals("5", doc.grids().get(0).rows().get(0).get(2).text());
        assertEquals(List.of(), doc.problems());
    }

    @Test
    void aFormulaThatCannotBeEvaluatedIsLeftOutWithAWarningNamingItsCell() throws Exception {
        XSSFWorkbook wb = TemplateFiller.official().fill(report);
        XSSFCell c = (XSSFCell) new NamedCells(wb).find(Names.ofCode("t4.review.upheld")).orElseThrow().cell().orElseThrow();
        c.setCellFormula("A1");
        c.getCTCell().getF().setStringValue("NOSUCHFUNCTION(1)"); // a function of another program: POI cannot evaluate it
        c.getCTCell().setV("");
        String ref = c.getAddress().formatAsString();
        // The usermodel path: the streamed one (StreamedCells) is being rewritten apart and must hand such cells over.
        Report back = new org.xxgk.core.recognize.Recognizer().recognize(new WorkbookReader().throughUserModel(Excel.bytes(wb), "uncomputed.xlsx"));
        assertFalse(back.values().containsKey("t4.review.upheld"), "left out, never read as 0: " + back.values().get("t4.review.upheld"));
        Problem warning = back.problems().stream().filter(p -> p.rule().equals("formula_not_computed")).findFirst()
                .orElseThrow(() -> new AssertionError(back.problems().toString()));
        assertEquals(org.xxgk.core.model.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("工作表“表四”，单元格" + ref), warning.message());
    }

    @Test
    void retypedLabelFallsBackToTheRecognizerAndSaysWhat() throws Exception {
        XSSFWorkbook wb = TemplateFiller.official().fill(report);
        Cell header = find(wb.getSheet("表三"), "自然人");
        header.setCellValue("自然人申请");
        Report back = Excel.report(Excel.bytes(wb), "retyped.xlsx");
        Problem note = back.problems().stream().filter(p -> p.rule().equals("template.layout_changed")).findFirst().orElseThrow();
        assertTrue(note.message().contains(header.getAddress() + " 应为“自然人”，现为“自然人申请”"), note.message());
        assertEquals(Golden.numbers(report.values()), Golden.numbers(back.values()));
    }

    @Test
    void errorCellsReachTheRecognizerAsTheirCode() throws Exception {
        XSSFWorkbook wb = TemplateFiller.official().fill(report);
        Cell c = new NamedCells(wb).find(Names.ofCode("t4.review.upheld")).orElseThrow().cell().orElseThrow();
        c.setCellFormula("1/0");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Report back = Excel.report(Excel.bytes(wb), "error.xlsx");
        assertTrue(back.problems().stream().anyMatch(p -> p.rule().equals("invalid_number") && p.message().contains("#DIV/0!")),
                () -> back.problems().toString());
    }

    @Test
    void handMadeSheetGetsEveryCellWithItsSheetAndReference() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("数据");
        List<String> labels = List.of("四、政府信息公开行政复议、行政诉讼情况");
        put(s, 0, 0, labels.get(0));
        put(s, 3, 2, "  12 ");
        var doc = Excel.document(Excel.bytes(wb), "plain.xlsx");
        var cell = doc.grids().get(0).rows().get(1).get(2);
        assertEquals("  12 ", cell.text());
        assertEquals("C4", cell.location().ref());
        assertEquals("数据", cell.location().sheet());
    }

    @Test
    void numbersReadAsWritten() {
        assertEquals("6", CellText.plain(6.0));
        assertEquals("25.1", CellText.plain(25.1));
        assertEquals("0.3", CellText.plain(0.1 + 0.2));
        assertEquals("-3", CellText.plain(-3));
        assertEquals(new BigDecimal("1234.56"), new BigDecimal(CellText.plain(1234.56)));
    }

    private static Cell find(Sheet s, String text) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static void put(Sheet s, int r, int c, String text) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(text);
    }
}
