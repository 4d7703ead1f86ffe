package org.xxgk.excel;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /**
     * The sheet's rows as key and value: by row index, the text of columns A and B, stripped ("" for a
     * cell that does not hold text). Empty when the workbook has no such sheet.
     */
    static SortedMap<Integer, List<String>> rows(Workbook wb) {
        Sheet s = wb.getSheet(TemplatePlan.META_SHEET);
        SortedMap<Integer, List<String>> out = new TreeMap<>();
        for (int r = 0; s != null && r <= s.getLastRowNum(); r++) {
            out.put(r, List.of(text(s, r, 0), text(s, r, 1)));
        }
        return out;
    }

    /** The generations the sheet's rows record, when its first row carries the mark. */
    static Optional<Map<String, Generation>> generations(SortedMap<Integer, List<String>> rows) {
        if (!rows.containsKey(0) || !TemplatePlan.META_MARK.equals(rows.get(0).get(0))) {
            return Optional.empty();
        }
        Map<String, Generation> out = new LinkedHashMap<>();
        rows.tailMap(1).values().forEach(row -> {
            Optional<Generation> g = Generation.find(row.get(1));
            if (!row.get(0).isEmpty() && g.isPresent()) {
                out.put(row.get(0), g.get());
            }
        });
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

    /** The sheets the rows mark as annexes. */
    static Set<String> annexes(SortedMap<Integer, List<String>> rows) {
        Set<String> out = new HashSet<>();
        rows.tailMap(1).values().stream().filter(row -> ANNEX.equals(row.get(0))).forEach(row -> out.add(row.get(1)));
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
