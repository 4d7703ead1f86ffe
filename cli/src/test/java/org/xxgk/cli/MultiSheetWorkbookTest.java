package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** A workbook made by hand with one agency per sheet counts as as many reports; one report over several sheets as one. */
class MultiSheetWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void oneAgencyPerSheetGivesOneReportPerSheet() throws IOException {
        List<Report> reports = List.of(new RandomReports(1).next(Generation.V2021), new RandomReports(2).next(Generation.V2021),
                new RandomReports(3).next(Generation.V2019));
        List<String> sheets = List.of("公安局", "教育局", "统计局");
        Path file = dir.resolve("各单位.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < reports.size(); i++) {
                Sheet sheet = wb.createSheet(sheets.get(i));
                int r = 0;
                if (i < 2) {
                    sheet.createRow(r++).createCell(0).setCellValue("临江市" + sheets.get(i) + "2023年政府信息公开工作年度报告");
                }
                for (String table : List.of("t2", "t3", "t4")) {
                    r = write(sheet, r, OfficialLayout.of(Schema.official().view(table, reports.get(i).generations().get(table))), reports.get(i));
                }
            }
            wb.write(out);
        }
        Outcome o = Xxgk.create().extract(new Input(file, file.toString()));
        assertEquals(3, o.reports().size(), String.valueOf(o.failure()));
        assertEquals(List.of("临江市公安局", "临江市教育局", "统计局"), o.reports().stream().map(Report::agency).toList());
        for (int i = 0; i < reports.size(); i++) {
            Golden.assertSameValues(Golden.numbers(reports.get(i).values()), Golden.numbers(o.reports().get(i).values()), sheets.get(i));
        }
        assertEquals(file + "#公安局", o.reports().get(0).source());
    }

    @Test
    void oneReportOverSeveralSheetsStaysOne() throws IOException {
        Report report = new RandomReports(4).next(Generation.V2021);
        Path file = dir.resolve("一个单位.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String table : List.of("t2", "t3", "t4")) {
                Sheet sheet = wb.createSheet(Schema.official().requireTable(table).name());
                int r = 0;
                if (table.equals("t2")) {
                    sheet.createRow(r++).createCell(0).setCellValue("临江市水利局2023年政府信息公开工作年度报告");
                }
                write(sheet, r, OfficialLayout.of(Schema.official().view(table, Generation.V2021)), report);
            }
            wb.write(out);
        }
        Outcome o = Xxgk.create().extract(new Input(file, file.toString()));
        assertEquals(1, o.reports().size());
        assertEquals("临江市水利局", o.reports().get(0).agency());
        Golden.assertSameValues(Golden.numbers(report.values()), Golden.numbers(o.reports().get(0).values()), file.toString());
    }

    /** The layout's cells written at their places (merged cells as their top-left text only). */
    private static int write(Sheet sheet, int top, TableLayout layout, Report report) {
        for (LayoutCell c : layout.cells()) {
            Row row = sheet.getRow(top + c.row()) == null ? sheet.createRow(top + c.row()) : sheet.getRow(top + c.row());
            if (c.code() != null) {
                row.createCell(c.column()).setCellValue(report.values().get(c.code()).number().doubleValue());
            } else {
                row.createCell(c.column()).setCellValue(c.text());
            }
        }
        return top + layout.height() + 1;
    }
}
