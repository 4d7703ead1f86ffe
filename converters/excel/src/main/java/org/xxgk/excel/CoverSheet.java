package org.xxgk.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.schema.ValueType;

/**
 * The first sheet: the title, the fields that say who filled the tables for which year, a line that
 * sums up the 勾稽关系 checks of the table sheets, and the instructions.
 */
final class CoverSheet {

    static final String TITLE = "政府信息公开工作年度报告统计表";
    static final String NOTES_HEADING = "填报说明";
    static final int FIRST_FIELD_ROW = 3;
    private static final int WIDTH = 4;

    private final XSSFWorkbook wb;
    private final Styles styles;
    private final TemplatePlan plan;
    private final Sheet sheet;
    private final CoverText text;

    CoverSheet(XSSFWorkbook wb, Styles styles, TemplatePlan plan, CoverText text) {
        this.text = text;
        this.wb = wb;
        this.styles = styles;
        this.plan = plan;
        this.sheet = wb.createSheet(TemplatePlan.COVER_SHEET);
    }

    /** Writes the cover; call after the table sheets exist, since the summary refers to them. */
    void write() {
        merged(0, text.title(), Styles.Role.COVER_TITLE, (float) (Widths.lines(text.title(), 40) * 24 + 20));
        merged(1, plan.describe(), Styles.Role.NOTE_RIGHT, 20);
        int r = FIRST_FIELD_ROW;
        for (CoverField f : CoverField.values()) {
            field(r++, f);
        }
        r = summary(r + 1);
        notes(r + 1);
        for (int c = 0; c < WIDTH; c++) {
            sheet.setColumnWidth(c, c == 0 ? 22 * 256 : 20 * 256);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private void merged(int r, String text, Styles.Role role, float height) {
        Row row = row(r);
        row.setHeightInPoints(height);
        for (int c = 0; c < WIDTH; c++) {
            row.createCell(c).setCellStyle(styles.get(role));
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTH - 1));
    }

    private void field(int r, CoverField f) {
        Row row = row(r);
        row.setHeightInPoints(26);
        Cell label = row.createCell(0);
        label.setCellValue(f.label());
        label.setCellStyle(styles.get(Styles.Role.COVER_LABEL));
        Styles.Role role = switch (f) {
            case YEAR -> Styles.Role.COVER_YEAR;
            case DATE -> Styles.Role.COVER_DATE;
            default -> Styles.Role.COVER_TEXT;
        };
        for (int c = 1; c < WIDTH; c++) {
            row.createCell(c).setCellStyle(styles.get(role));
        }
        CellRangeAddress value = new CellRangeAddress(r, r, 1, WIDTH - 1);
        sheet.addMergedRegion(value);
        var name = wb.createName();
        name.setNameName(Names.ofCover(f));
        name.setRefersToFormula(value.formatAsString(TemplatePlan.COVER_SHEET, true));
        if (f == CoverField.YEAR) {
            InputRules.addYear(sheet, value);
        } else if (f == CoverField.DATE) {
            InputRules.addDate(sheet, value);
        }
    }

    /** A line that counts the check cells saying 不平衡 on every table sheet, red while any does. */
    private int summary(int r) {
        List<String> counts = new ArrayList<>();
        for (SheetPlan s : plan.sheets()) {
            if (plan.schema().rules().stream().anyMatch(rule -> rule.table().equals(s.table().id())
                    && "column".equals(rule.forEach()) && !rule.needsPrevious() && rule.left().size() > 1)) {
                counts.add("COUNTIF(" + CheckRow.range(s).formatAsString(s.sheetName(), true) + ",\"" + CheckRow.FAILED + "\")");
            }
        }
        if (counts.isEmpty()) {
            return r;
        }
        Row row = row(r);
        row.setHeightInPoints(26);
        Cell label = row.createCell(0);
        label.setCellValue("勾稽关系：");
        label.setCellStyle(styles.get(Styles.Role.COVER_LABEL));
        for (int c = 1; c < WIDTH; c++) {
            row.createCell(c).setCellStyle(styles.get(Styles.Role.COVER_TEXT));
        }
        String failed = String.join("+", counts);
        row.getCell(1).setCellFormula("IF(" + failed + "=0,\"各列平衡\",\"有\"&(" + failed + ")&\"列" + CheckRow.FAILED
                + "，请查看表中标红的单元格\")");
        CellRangeAddress value = new CellRangeAddress(r, r, 1, WIDTH - 1);
        sheet.addMergedRegion(value);
        var formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.NOT_EQUAL, "\"各列平衡\"");
        Checks.red(rule);
        formatting.addConditionalFormatting(new CellRangeAddress[] {value}, rule);
        return r + 1;
    }

    private void notes(int r) {
        merged(r++, text.heading(), Styles.Role.COVER_LABEL, 24);
        sheet.getRow(r - 1).getCell(0).setCellStyle(styles.get(Styles.Role.NOTE));
        int n = 1;
        for (String note : text.lines().isEmpty() ? instructions() : text.lines()) {
            merged(r, n++ + ". " + note, Styles.Role.NOTE, (float) (Widths.lines(note, 78) * 16 + 6));
            r++;
        }
    }

    private List<String> instructions() {
        String tables = plan.sheets().stream().map(s -> s.sheetName() + "（" + s.table().title() + "）")
                .collect(Collectors.joining("、"));
        List<String> out = new ArrayList<>();
        out.add("本工作簿每张表一个工作表：" + tables + "。请先在本页填写填报单位、报告年度等信息。");
        out.add("白色单元格填写数字：件数只能填 0 或正整数，金额（万元）可以有小数；没有发生的填 0 或留空。");
        if (plan.sheets().stream().anyMatch(s -> s.layout().view().cells().stream().anyMatch(c -> c.type() == ValueType.SIGNED))) {
            out.add("“本年增/减”填写整数，减少时填负数（如 -3）。");
        }
        out.add("灰色单元格是合计公式，自动计算，不必填写。");
        if (plan.findSheet("t3").isPresent()) {
            out.add("表三每一列须满足：第一项加第二项之和，等于第三项加第四项之和。不满足时，该列的这几格和表下“"
                    + CheckRow.LABEL + "”一行显示为红色。");
        }
        out.add("请不要插入或删除行列、修改表中文字。本表按单元格名称读取；版式改动后仍可读取，但会提示改动之处。");
        out.add("填好后保存为 .xlsx 文件报送（WPS 用户也可保存为 .xls）。");
        return out;
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}
