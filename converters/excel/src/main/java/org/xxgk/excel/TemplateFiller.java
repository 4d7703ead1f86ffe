package org.xxgk.excel;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Term;

/**
 * Fills the template with a report, cell by cell through the defined name of each code, never by
 * position. A total keeps its formula when the report's number equals the sum of its parts; when it
 * does not (real reports break their own totals), the report's number is written instead, marked red
 * with a comment, so that no value of the report is lost or silently replaced.
 */
public final class TemplateFiller {

    private final Schema schema;
    private final TemplateWriter writer;

    public TemplateFiller(Schema schema) {
        this.schema = schema;
        this.writer = new TemplateWriter(schema);
    }

    public static TemplateFiller official() {
        return new TemplateFiller(Schema.official());
    }

    /** The template in the report's generations, filled and with its formulas evaluated. The caller closes it. */
    public XSSFWorkbook fill(Report report) {
        return fill(report, CoverText.agency());
    }

    /**
     * As {@link #fill(Report)}, with a cover of other words (a region's 汇总 instead of the agency's
     * instructions); its fields are filled as ever, so the workbook reads back as the report.
     */
    public XSSFWorkbook fill(Report report, CoverText cover) {
        TemplatePlan plan = TemplatePlan.of(schema, report.generations());
        TemplateWriter.Written written = writer.write(plan, cover);
        XSSFWorkbook wb = written.workbook();
        Styles styles = written.styles();
        NamedCells names = new NamedCells(wb);
        for (SheetPlan s : plan.sheets()) {
            Formulas formulas = Formulas.of(schema, s.layout().view());
            for (Map.Entry<String, CellValue> v : report.values().entrySet()) {
                if (s.layout().view().contains(v.getKey())) {
                    put(names, v.getKey(), v.getValue().number(), formulas.totalOf(v.getKey()), report, styles);
                }
            }
        }
        cover(names, report);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        return wb;
    }

    private void put(NamedCells names, String code, BigDecimal n, Optional<Equation> total, Report report, Styles styles) {
        Cell cell = cell(names, Names.ofCode(code));
        if (total.isPresent()) {
            Optional<BigDecimal> parts = sum(total.get(), report);
            if (parts.isPresent() && parts.get().compareTo(n) == 0) {
                return;
            }
            cell.setBlank();
            cell.setCellStyle(styles.get(Styles.Role.PROBLEM));
            comment(cell, "报告中此格为 " + n.stripTrailingZeros().toPlainString() + "，但各项之和为 "
                    + parts.map(p -> p.stripTrailingZeros().toPlainString()).orElse("（有项缺失）") + "；按报告原数填入");
        }
        cell.setCellValue(n.doubleValue());
    }

    private static Optional<BigDecimal> sum(Equation e, Report report) {
        BigDecimal s = BigDecimal.ZERO;
        for (Term t : e.right()) {
            Optional<BigDecimal> v = report.find(t.code());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            s = t.negative() ? s.subtract(v.get()) : s.add(v.get());
        }
        return Optional.of(s);
    }

    private static void cover(NamedCells names, Report report) {
        if (report.agency() != null) {
            cell(names, Names.ofCover(CoverField.AGENCY)).setCellValue(report.agency());
        }
        if (report.year() != null) {
            cell(names, Names.ofCover(CoverField.YEAR)).setCellValue(report.year());
        }
        if (report.published() != null) {
            cell(names, Names.ofCover(CoverField.DATE)).setCellValue(report.published());
        }
    }

    private static Cell cell(NamedCells names, String name) {
        NamedCells.Target t = names.find(name).orElseThrow(() -> new IllegalStateException("template lacks name " + name));
        Row row = t.sheet().getRow(t.row());
        if (row == null) {
            row = t.sheet().createRow(t.row());
        }
        Cell c = row.getCell(t.column());
        return c == null ? row.createCell(t.column()) : c;
    }

    private static void comment(Cell cell, String text) {
        var sheet = cell.getSheet();
        var helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment c = sheet.createDrawingPatriarch().createCellComment(anchor);
        c.setString(helper.createRichTextString(text));
        c.setAuthor("xxgk");
        cell.setCellComment(c);
    }
}
