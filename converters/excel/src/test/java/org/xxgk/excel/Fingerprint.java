package org.xxgk.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook's content in lines of text, for comparing a regenerated template with the checked-in one
 * without comparing zip bytes: sheets, cells with their values, formulas and styles, merged regions,
 * names, data validations, conditional formats, sizes and print setup.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static List<String> of(Workbook wb) {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (Name n : wb.getAllNames()) {
            names.add("name " + n.getNameName() + " = " + n.getRefersToFormula());
        }
        out.addAll(names);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            out.add("sheet " + s.getSheetName() + " hidden=" + wb.isSheetHidden(i));
            sheet(wb, s, out);
        }
        return out;
    }

    private static void sheet(Workbook wb, Sheet s, List<String> out) {
        var ps = s.getPrintSetup();
        out.add("  print paper=" + ps.getPaperSize() + " landscape=" + ps.getLandscape() + " fit=" + s.getFitToPage()
                + "/" + ps.getFitWidth() + "x" + ps.getFitHeight() + " repeat=" + (s.getRepeatingRows() == null ? "-" : s.getRepeatingRows().formatAsString())
                + " freeze=" + (s.getPaneInformation() == null ? "-" : s.getPaneInformation().getVerticalSplitLeftColumn()
                + "," + s.getPaneInformation().getHorizontalSplitTopRow()));
        TreeSet<String> merged = new TreeSet<>();
        s.getMergedRegions().forEach(r -> merged.add(r.formatAsString()));
        out.add("  merged " + merged);
        for (int c = 0; c < 20; c++) {
            out.add("  width " + c + " " + s.getColumnWidth(c));
        }
        for (Row row : s) {
            out.add("  row " + (row.getRowNum() + 1) + " height=" + row.getHeight());
            for (Cell cell : row) {
                out.add("    " + cell.getAddress() + " " + content(cell) + " " + style(wb, cell.getCellStyle()));
            }
        }
        for (DataValidation v : s.getDataValidations()) {
            TreeSet<String> ranges = new TreeSet<>();
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                ranges.add(r.formatAsString());
            }
            var c = v.getValidationConstraint();
            out.add("  validation " + c.getValidationType() + " " + c.getOperator() + " " + c.getFormula1() + " "
                    + c.getFormula2() + " " + v.getErrorBoxTitle() + " " + v.getErrorBoxText() + " " + ranges);
        }
        var cf = s.getSheetConditionalFormatting();
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            ConditionalFormatting f = cf.getConditionalFormattingAt(i);
            List<String> rules = new ArrayList<>();
            for (int k = 0; k < f.getNumberOfRules(); k++) {
                rules.add(f.getRule(k).getConditionType() + ":" + f.getRule(k).getFormula1());
            }
            List<String> ranges = new ArrayList<>();
            for (CellRangeAddress r : f.getFormattingRanges()) {
                ranges.add(r.formatAsString());
            }
            out.add("  conditional " + ranges + " " + rules);
        }
    }

    private static String content(Cell cell) {
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula();
            case STRING -> "'" + cell.getStringCellValue();
            case NUMERIC -> "#" + cell.getNumericCellValue();
            case BOOLEAN -> "?" + cell.getBooleanCellValue();
            default -> "_";
        };
    }

    private static String style(Workbook wb, CellStyle s) {
        Font f = wb.getFontAt(s.getFontIndex());
        return "[" + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "") + " " + s.getAlignment()
                + "/" + s.getVerticalAlignment() + (s.getWrapText() ? " wrap" : "") + " border=" + s.getBorderTop()
                + s.getBorderBottom() + s.getBorderLeft() + s.getBorderRight() + " fill=" + s.getFillPattern() + ":"
                + s.getFillForegroundColor() + " format=" + s.getDataFormatString() + (s.getLocked() ? " locked" : "") + "]";
    }
}
