package org.xxgk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ruled table drawn at 150 dpi, turned by a few degrees as a scanner turns a page: straightened, its
 * rows, columns and merged cells found from its lines (no OCR engine needed).
 */
class TableGridTest {

    private static final int DPI = 150;

    @ParameterizedTest(name = "turned {0}°")
    @ValueSource(doubles = {0, 1.5, -2.0})
    void findsTheCellsOfATurnedTable(double degrees) {
        PageImage page = PageImage.of(1, DPI, table(degrees));
        Binary ink = Binary.of(page.ink(), DPI / 4);
        double angle = Deskew.angle(ink);
        assertEquals(degrees, angle, 0.1, "the page's angle");
        if (Math.abs(angle) > Deskew.NEGLIGIBLE) {
            page = page.rotate(angle);
            ink = Binary.of(page.ink(), DPI / 4);
        }
        List<TableGrid> tables = TableGrid.find(Rulings.horizontal(ink, DPI / 6, (int) (DPI * 0.3)),
                Rulings.vertical(ink.transposed(), DPI / 6, (int) (DPI * 0.2)), DPI);
        assertEquals(1, tables.size());
        TableGrid t = tables.get(0);
        assertEquals(5, t.rows().size(), "row boundaries");
        assertEquals(5, t.columns().size(), "column boundaries");
        // 4 × 4 positions: the first column's cells below the header merged into one, the header's last three into one.
        assertEquals(List.of("0,0 1x1", "0,1 1x3", "1,0 3x1", "1,1 1x1", "1,2 1x1", "1,3 1x1", "2,1 1x1", "2,2 1x1", "2,3 1x1",
                "3,1 1x1", "3,2 1x1", "3,3 1x1"), t.cells().stream().map(c -> c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan()).toList());
        assertTrue(t.cells().stream().allMatch(c -> c.width() > 0 && c.height() > 0));
    }

    @org.junit.jupiter.api.Test
    void aFaintLineBesideTextIsFollowedAndPaperIsNot() {
        // Paper 230, a faint line (200) along y = 50, a dark mark (40) across y = 120, nothing along y = 90.
        Gray page = Gray.white(300, 160);
        java.util.Arrays.fill(page.px, (byte) 230);
        for (int x = 0; x < 300; x++) {
            page.px[50 * 300 + x] = (byte) 200;
        }
        for (int y = 110; y < 130; y++) {
            for (int x = 0; x < 300; x++) {
                page.px[y * 300 + x] = (byte) 40;
            }
        }
        TableGrid.Boundary faint = new TableGrid.Boundary(50, 0, 150, 1, List.of());
        TableGrid.Boundary none = new TableGrid.Boundary(90, 0, 150, 1, List.of());
        TableGrid.Boundary inside = new TableGrid.Boundary(120, 0, 150, 1, List.of());
        assertTrue(TableGrid.traced(page, faint, 20, 280, true), "the faint line");
        assertTrue(!TableGrid.traced(page, none, 20, 280, true), "paper");
        assertTrue(!TableGrid.traced(page, inside, 20, 280, true), "a mark darker on both sides than the course is no line");
        assertTrue(!TableGrid.traced(null, faint, 20, 280, true), "without the image nothing is followed");
    }

    @org.junit.jupiter.api.Test
    void theDeskAroundAPhotographedSheetIsNoInk() {
        // A grey, grainy desk (90 ± 30) around a sheet (220) with one dark mark on it.
        Gray photo = Gray.white(400, 300);
        java.util.Random rnd = new java.util.Random(1);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                boolean sheet = x >= 60 && x < 340 && y >= 40 && y < 260;
                photo.px[y * 400 + x] = (byte) (sheet ? 220 : 60 + rnd.nextInt(60));
            }
        }
        for (int y = 140; y < 150; y++) {
            for (int x = 150; x < 200; x++) {
                photo.px[y * 400 + x] = (byte) 30;
            }
        }
        Binary ink = Binary.of(photo, 40);
        Binary sheet = ink.onSheet(photo, 6);
        assertTrue(ink.count(0, 0, 50, 300) > 0, "the threshold takes the desk's grain for ink");
        assertEquals(0, sheet.count(0, 0, 60, 300), "left of the sheet");
        assertEquals(0, sheet.count(340, 0, 400, 300), "right of the sheet");
        assertEquals(ink.count(150, 140, 200, 150), sheet.count(150, 140, 200, 150), "the mark on the sheet stays");
        Gray scan = Gray.white(400, 300);
        Binary scanInk = Binary.of(scan, 40);
        org.junit.jupiter.api.Assertions.assertSame(scanInk, scanInk.onSheet(scan, 6), "a scan is paper to its edges");
    }

    /** A 4 × 4 table with two merged cells and a digit in every value cell, on an A5-sized page. */
    private static BufferedImage table(double degrees) {
        BufferedImage img = new BufferedImage(900, 700, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 700);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), 450, 350);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        int x0 = 150;
        int y0 = 200;
        int[] xs = {x0, x0 + 250, x0 + 400, x0 + 500, x0 + 620};
        int[] ys = {y0, y0 + 60, y0 + 110, y0 + 160, y0 + 210};
        for (int y : ys) {
            g.drawLine(y == ys[2] || y == ys[3] ? xs[1] : xs[0], y, xs[4], y);
        }
        for (int x : xs) {
            g.drawLine(x, x == xs[2] || x == xs[3] ? ys[1] : ys[0], x, ys[4]);
        }
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 22));
        for (int r = 1; r < 4; r++) {
            for (int c = 1; c < 4; c++) {
                g.drawString(Integer.toString(r * c), xs[c] + 20, ys[r] + 35);
            }
        }
        g.dispose();
        return img;
    }
}
