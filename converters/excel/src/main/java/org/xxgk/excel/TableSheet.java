package org.xxgk.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.schema.TableView;
import org.xxgk.core.schema.ValueType;
import org.xxgk.core.validate.Equation;

/**
 * Writes one official table on its own sheet, as {@link SheetPlan} places it: title, the table with its
 * merged headings, total formulas, a defined name per value cell, input rules, the red 勾稽关系 check,
 * column widths, A4 print setup and frozen headings.
 */
final class TableSheet {

    /** The widest table printed upright; wider ones are printed across the page. */
    private static final double PORTRAIT_WIDTH = 110;

    private final XSSFWorkbook wb;
    private final Styles styles;
    private final SheetPlan plan;
    private final TableView view;
    private final Formulas formulas;
    private final Sheet sheet;

    TableSheet(XSSFWorkbook wb, Styles styles, SheetPlan plan, Formulas formulas) {
        this.wb = wb;
        this.styles = styles;
        this.plan = plan;
        this.view = plan.layout().view();
        this.formulas = formulas;
        this.sheet = wb.createSheet(plan.sheetName());
    }

    void write(String generationNote) {
        int width = plan.layout().width();
        banner(0, plan.table().title(), Styles.Role.TITLE, width);
        banner(1, generationNote, Styles.Role.NOTE_RIGHT, width);
        plan.layout().cells().forEach(this::cell);
        name(Names.ofArea(plan.table().id()), plan.area());
        boolean checkRow = !columnChecks().isEmpty();
        if (checkRow) {
            new CheckRow(sheet, styles, plan, this::at).write(columnChecks());
        }
        new Checks(sheet, this::at).write(formulas, checkRow ? CheckRow.range(plan) : null);
        validations();
        sizes();
        print();
    }

    CellAddress at(String code) {
        return plan.at(plan.layout().find(code).orElseThrow(() -> new IllegalStateException("no cell for " + code)));
    }

    private void banner(int r, String text, Styles.Role role, int width) {
        Cell c = cellAt(r, 0);
        c.setCellValue(text);
        c.setCellStyle(styles.get(role));
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
    }

    private void cell(LayoutCell lc) {
        CellRangeAddress range = plan.range(lc);
        ValueType type = lc.code() == null ? null : view.find(lc.code()).orElseThrow().type();
        boolean total = lc.code() != null && formulas.totalOf(lc.code()).isPresent();
        CellStyle style = total ? styles.get(Styles.Role.TOTAL) : styles.of(lc, type);
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            for (int k = range.getFirstColumn(); k <= range.getLastColumn(); k++) {
                cellAt(r, k).setCellStyle(style);
            }
        }
        Cell origin = cellAt(range.getFirstRow(), range.getFirstColumn());
        if (lc.code() == null) {
            origin.setCellValue(lc.text());
        } else {
            name(Names.ofCode(lc.code()), range);
            formulas.totalOf(lc.code()).ifPresent(e -> origin.setCellFormula(Formulas.total(e, this::at)));
        }
        if (range.getNumberOfCells() > 1) {
            sheet.addMergedRegion(range);
        }
    }

    private void name(String name, CellRangeAddress range) {
        var n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(range.formatAsString(plan.sheetName(), true));
    }

    /** Checks per column (表三's balance): shown in the row under the table. */
    private Map<Integer, List<Equation>> columnChecks() {
        Map<Integer, List<Equation>> out = new LinkedHashMap<>();
        for (Equation e : formulas.checks()) {
            if ("column".equals(e.rule().forEach())) {
                int column = at(e.left().get(0).code()).getColumn();
                out.computeIfAbsent(column, k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /** Input rules by value type: whole numbers not below 0, amounts with decimals, signed changes. */
    private void validations() {
        Map<ValueType, List<CellRangeAddress>> byType = new EnumMap<>(ValueType.class);
        for (LayoutCell lc : plan.layout().cells()) {
            if (lc.code() != null && formulas.totalOf(lc.code()).isEmpty()) {
                byType.computeIfAbsent(view.find(lc.code()).orElseThrow().type(), k -> new ArrayList<>())
                        .add(plan.range(lc));
            }
        }
        byType.forEach((type, ranges) -> InputRules.add(sheet, type, ranges));
    }

    private void sizes() {
        double[] w = Widths.columns(plan.layout());
        for (int c = 0; c < w.length; c++) {
            sheet.setColumnWidth(SheetPlan.LEFT + c, (int) Math.round(w[c] * 256));
        }
        double[] h = Widths.rows(plan.layout(), w);
        for (int r = 0; r < h.length; r++) {
            sheet.getRow(SheetPlan.TOP + r).setHeightInPoints((float) h[r]);
        }
        sheet.getRow(0).setHeightInPoints(30);
    }

    private void print() {
        double total = java.util.Arrays.stream(Widths.columns(plan.layout())).sum();
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(total > PORTRAIT_WIDTH);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        int headerEnd = SheetPlan.TOP + plan.layout().headerRows();
        sheet.setRepeatingRows(new CellRangeAddress(0, headerEnd - 1, -1, -1));
        sheet.createFreezePane(SheetPlan.LEFT + plan.labelColumns(), headerEnd);
    }

    private Cell cellAt(int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }
}
