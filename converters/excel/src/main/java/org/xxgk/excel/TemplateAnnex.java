package org.xxgk.excel;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheets that a filled template carries beside its tables (a regional workbook's 明细, 校验, 来源, …).
 * Marked in the template's hidden sheet, they are not read as tables when the workbook is read back,
 * so that the workbook reads as the report it holds.
 */
public final class TemplateAnnex {

    private TemplateAnnex() {
    }

    /** Marks a sheet (existing or to be created) of a filled template as an annex. */
    public static void mark(Workbook filledTemplate, String sheetName) {
        MetaSheet.addAnnex(filledTemplate, sheetName);
    }
}
