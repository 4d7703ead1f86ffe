package org.xxgk.excel;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;

/**
 * Writes the blank official template as {@link TemplatePlan} describes it. The same workbook, filled,
 * is what {@code fill} and the xlsx writer produce.
 */
public final class TemplateWriter {

    /** A fixed date for the document properties, so that regenerating a template changes nothing. */
    private static final Date FIXED = Date.from(LocalDateTime.of(2025, 1, 1, 0, 0).toInstant(ZoneOffset.UTC));

    private final Schema schema;

    public TemplateWriter(Schema schema) {
        this.schema = schema;
    }

    public static TemplateWriter official() {
        return new TemplateWriter(Schema.official());
    }

    /** The blank template of one generation, its formulas evaluated. The caller closes it. */
    public XSSFWorkbook blank(Generation g) {
        XSSFWorkbook wb = write(TemplatePlan.of(schema, g)).workbook();
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return wb;
    }

    /** A written template and its styles, for the filler to add to. */
    record Written(XSSFWorkbook workbook, Styles styles) {
    }

    /** The template laid out by a plan, formulas not yet evaluated. */
    Written write(TemplatePlan plan) {
        return write(plan, CoverText.agency());
    }

    /** The template laid out by a plan with a cover of its own words, formulas not yet evaluated. */
    Written write(TemplatePlan plan, CoverText coverText) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        CoverSheet cover = new CoverSheet(wb, styles, plan, coverText);
        for (SheetPlan s : plan.sheets()) {
            new TableSheet(wb, styles, s, Formulas.of(schema, s.layout().view())).write("（按" + schema.describe(s.generation()) + "格式）");
        }
        cover.write();
        MetaSheet.write(wb, plan);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        wb.setForceFormulaRecalculation(true);
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED));
        core.setModified(Optional.of(FIXED));
        core.setCreator("xxgk");
        core.setTitle(CoverSheet.TITLE);
        return new Written(wb, styles);
    }
}
