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
