package org.xxgk.excel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import org.xxgk.core.validate.Equation;

/**
 * The row under 表三 that says, column by column, whether 第一项加第二项之和等于第三项加第四项之和:
 * {@link #OK} or {@link #FAILED}, the latter in red (see {@link Checks}).
 */
final class CheckRow {

    static final String LABEL = "勾稽关系检查";
    static final String OK = "√";
    static final String FAILED = "不平衡";

    private final Sheet sheet;
    private final Styles styles;
    private final SheetPlan plan;
    private final Function<String, CellAddress> at;

    CheckRow(Sheet sheet, Styles styles, SheetPlan plan, Function<String, CellAddress> at) {
        this.sheet = sheet;
        this.styles = styles;
        this.plan = plan;
        this.at = at;
    }

    void write(Map<Integer, List<Equation>> byColumn) {
        int r = plan.checkRow();
        Row row = sheet.createRow(r);
        row.setHeightInPoints((float) Widths.MIN_ROW_POINTS);
        int labels = plan.labelColumns();
        for (int c = 0; c < plan.layout().width(); c++) {
            row.createCell(SheetPlan.LEFT + c).setCellStyle(styles.get(c < labels ? Styles.Role.CHECK_LABEL : Styles.Role.CHECK));
        }
        row.getCell(SheetPlan.LEFT).setCellValue(LABEL);
        if (labels > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, SheetPlan.LEFT, SheetPlan.LEFT + labels - 1));
        }
        byColumn.forEach((column, equations) -> {
            Cell cell = row.getCell(column);
            String holds = equations.stream().map(e -> Formulas.holds(e, at)).collect(Collectors.joining(","));
            cell.setCellFormula("IF(AND(" + holds + "),\"" + OK + "\",\"" + FAILED + "\")");
        });
    }

    /** The range of the check cells, for the cover's summary. */
    static CellRangeAddress range(SheetPlan plan) {
        int r = plan.checkRow();
        return new CellRangeAddress(r, r, SheetPlan.LEFT + plan.labelColumns(), SheetPlan.LEFT + plan.layout().width() - 1);
    }
}
