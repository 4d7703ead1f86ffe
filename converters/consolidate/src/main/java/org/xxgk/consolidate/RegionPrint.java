package org.xxgk.consolidate;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How each sheet of the regional workbook prints: A4, turned when the sheet is wide, numbered per sheet
 * (a spreadsheet program's page total counts the whole workbook, so the footer names the sheet and its
 * page instead), the title rows and the agency column repeated on every page.
 */
final class RegionPrint {

    /** The footer of every sheet: the sheet's name and its page, numbered from 1 on each sheet. */
    static final String FOOTER = "&A　第 &P 页";

    private RegionPrint() {
    }

    /**
     * A sheet that is a list: as wide as one page, as many pages long as its rows need.
     *
     * @param landscape whether the page is turned (lists wider than a portrait page can show legibly)
     * @param titleRows rows repeated at the top of each page (0 for none)
     */
    static void list(Sheet sheet, boolean landscape, int titleRows) {
        page(sheet, landscape);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (titleRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
        }
    }

    /**
     * A sheet too wide for any page (明细: a column per code): printed at its size, page after page across,
     * the title rows and the first column on every page so that each number keeps its agency and label.
     */
    static void wide(Sheet sheet, int titleRows, int percent) {
        page(sheet, true);
        sheet.getPrintSetup().setScale((short) percent);
        sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }

    /** The template's own sheets keep their page setup; their pages are numbered per sheet like the others. */
    static void numbered(Sheet sheet) {
        sheet.getPrintSetup().setPageStart((short) 1);
        sheet.getPrintSetup().setUsePage(true);
        sheet.getFooter().setCenter(FOOTER);
    }

    /** A4, the orientation, narrow margins, and the footer with the page numbered from 1 on this sheet. */
    static void page(Sheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        numbered(sheet);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
    }
}
