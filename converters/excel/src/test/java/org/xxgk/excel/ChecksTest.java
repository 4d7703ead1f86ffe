package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.RandomReports;

/** The template turns red where 表三's balance fails, and only there. */
class ChecksTest {

    @ParameterizedTest
    @EnumSource(value = Generation.class, names = {"V2021", "V2019"})
    void balanceCheckTurnsRedWhenANumberIsWrong(Generation g) throws Exception {
        Report valid = new RandomReports(7).next(g);
        try (XSSFWorkbook ok = TemplateFiller.official().fill(valid)) {
            assertFalse(red(ok, "t3.new.natural"));
            assertEquals(CheckRow.OK, checkBelow(ok, g, "t3.new.natural"));
            assertEquals("各列平衡", cover(ok));
        }
        Map<String, CellValue> values = new LinkedHashMap<>(valid.values());
        values.put("t3.new.natural", CellValue.of(valid.find("t3.new.natural").orElseThrow().add(BigDecimal.ONE)));
        Report wrong = new Report(valid.source(), valid.format(), valid.agency(), valid.year(), null,
                valid.generations(), values, java.util.List.of());
        try (XSSFWorkbook bad = TemplateFiller.official().fill(wrong)) {
            assertTrue(red(bad, "t3.new.natural"), "the wrong cell is red");
            assertTrue(red(bad, "t3.carried_out.natural"), "its column's balance cells are red");
            assertFalse(red(bad, "t3.new.commercial"), "other columns stay white");
            assertEquals(CheckRow.FAILED, checkBelow(bad, g, "t3.new.natural"));
            assertTrue(cover(bad).matches("有\\d列不平衡.*"), cover(bad));
        }
    }

    /** Whether any conditional format applies to the code's cell, as a spreadsheet evaluates it. */
    private static boolean red(XSSFWorkbook wb, String code) {
        NamedCells.Target t = new NamedCells(wb).find(Names.ofCode(code)).orElseThrow();
        var evaluator = wb.getCreationHelper().createFormulaEvaluator();
        var cf = new ConditionalFormattingEvaluator(wb, (WorkbookEvaluatorProvider) evaluator);
        return !cf.getConditionalFormattingForCell(new CellReference(t.sheet().getSheetName(), t.row(), t.column(), false, false)).isEmpty();
    }

    private static String checkBelow(XSSFWorkbook wb, Generation g, String code) {
        NamedCells.Target t = new NamedCells(wb).find(Names.ofCode(code)).orElseThrow();
        SheetPlan plan = TemplatePlan.of(org.xxgk.core.schema.Schema.official(), g).findSheet("t3").orElseThrow();
        Cell c = t.sheet().getRow(plan.checkRow()).getCell(t.column());
        return c.getStringCellValue();
    }

    private static String cover(XSSFWorkbook wb) {
        var s = wb.getSheet(TemplatePlan.COVER_SHEET);
        for (var row : s) {
            for (var c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    return c.getStringCellValue();
                }
            }
        }
        throw new AssertionError("no summary on the cover");
    }
}
