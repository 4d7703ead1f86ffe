package org.xxgk.excel;

import java.util.HashSet;
import java.util.Set;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

import org.xxgk.core.schema.Generation;

/**
 * The hidden sheet that marks a workbook as our template: a mark, the layout version, and each table's
 * generation. A sheet rather than custom document properties because it survives saving as .xls.
 */
final class MetaSheet {

    private static final String ANNEX = "annex";

    private MetaSheet() {
    }

    static void write(Workbook wb, TemplatePlan plan) {
        Sheet s = wb.createSheet(TemplatePlan.META_SHEET);
        put(s, 0, TemplatePlan.META_MARK, Integer.toString(TemplatePlan.LAYOUT_VERSION));
        int r = 1;
        for (var e : plan.generations().entrySet()) {
            put(s, r++, e.getKey(), e.getValue().id());
        }
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.HIDDEN);
    }

    /** The generations recorded in a workbook, when it is our template. */
    static Optional<Map<String, Generation>> read(Workbook wb) {
        Sheet s = wb.getSheet(TemplatePlan.META_SHEET);
        if (s == null || !TemplatePlan.META_MARK.equals(text(s, 0, 0))) {
            return Optional.empty();
        }
        Map<String, Generation> out = new LinkedHashMap<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            String table = text(s, r, 0);
            Optional<Generation> g = Generation.find(text(s, r, 1));
            if (!table.isEmpty() && g.isPresent()) {
                out.put(table, g.get());
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Marks a sheet as an annex of the report (a regional workbook's 明细, 校验, …): read as no table. */
    static void addAnnex(Workbook wb, String sheetName) {
        Sheet s = wb.getSheet(TemplatePlan.META_SHEET);
        if (s == null) {
            throw new IllegalStateException("not a template: no " + TemplatePlan.META_SHEET + " sheet");
        }
        put(s, s.getLastRowNum() + 1, ANNEX, sheetName);
    }

    /** The sheets marked as annexes. */
    static Set<String> annexes(Workbook wb) {
        Sheet s = wb.getSheet(TemplatePlan.META_SHEET);
        Set<String> out = new HashSet<>();
        for (int r = 1; s != null && r <= s.getLastRowNum(); r++) {
            if (ANNEX.equals(text(s, r, 0))) {
                out.add(text(s, r, 1));
            }
        }
        return out;
    }

    private static void put(Sheet s, int r, String key, String value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
    }

    private static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }
}
