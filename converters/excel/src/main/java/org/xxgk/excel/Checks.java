package org.xxgk.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import org.xxgk.core.validate.Equation;

/**
 * Conditional formats that turn cells red while an agency types, when a 勾稽关系 fails: every cell of a
 * failing check (表三's balance, column by column), a total cell that no longer equals its parts (its
 * formula was overwritten), and the check row's {@link CheckRow#FAILED}.
 */
final class Checks {

    /** Excel's own "bad" colours: light red fill, dark red text. */
    private static final String FILL = "FFC7CE";
    private static final String FONT = "9C0006";

    private final Function<String, CellAddress> at;
    private final SheetConditionalFormatting formatting;

    Checks(Sheet sheet, Function<String, CellAddress> at) {
        this.at = at;
        this.formatting = sheet.getSheetConditionalFormatting();
    }

    /**
     * @param checkRow the cells of the check row under the table, or {@code null} when the table has none
     */
    void write(Formulas formulas, CellRangeAddress checkRow) {
        for (Equation e : formulas.checks()) {
            List<CellRangeAddress> cells = new ArrayList<>();
            e.codes().forEach(code -> cells.add(single(at.apply(code))));
            add(cells, Formulas.fails(e, at));
        }
        formulas.totals().forEach((code, e) -> add(List.of(single(at.apply(code))), Formulas.fails(e, at)));
        if (checkRow != null) {
            markFailedText(checkRow);
        }
    }

    private void add(List<CellRangeAddress> cells, String failing) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(failing);
        red(rule);
        formatting.addConditionalFormatting(cells.toArray(new CellRangeAddress[0]), rule);
    }

    /** The check row's cells that say {@link CheckRow#FAILED}. */
    private void markFailedText(CellRangeAddress checkRow) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + CheckRow.FAILED + "\"");
        red(rule);
        formatting.addConditionalFormatting(new CellRangeAddress[] {checkRow}, rule);
    }

    static void red(ConditionalFormattingRule rule) {
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(hex(FILL), null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        FontFormatting font = rule.createFontFormatting();
        font.setFontColor(new org.apache.poi.xssf.usermodel.XSSFColor(hex(FONT), null));
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    private static CellRangeAddress single(CellAddress a) {
        return new CellRangeAddress(a.getRow(), a.getRow(), a.getColumn(), a.getColumn());
    }
}
