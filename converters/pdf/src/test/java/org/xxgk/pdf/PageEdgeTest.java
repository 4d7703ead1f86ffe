package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import technology.tabula.Ruling;
import technology.tabula.TextElement;

/** When a table's lines run on past the page's visible edge at x = 100, and when they only overshoot it. */
class PageEdgeTest {

    private static Ruling line(double x1, double y1, double x2, double y2) {
        return new Ruling(new Point2D.Double(x1, y1), new Point2D.Double(x2, y2));
    }

    /** Two rows, columns at 10, 50 and (when {@code closed}) 100; its horizontal lines go on to x = 200 past the edge. */
    private static ScannedPage page(boolean closed, double reach) {
        List<Ruling> visible = new ArrayList<>();
        for (double y : new double[] {10, 30, 50}) {
            visible.add(line(10, y, 100, y));
        }
        for (double x : closed ? new double[] {10, 50, 100} : new double[] {10, 50}) {
            visible.add(line(x, 10, x, 30));
            visible.add(line(x, 30, x, 50));
        }
        List<Ruling> hidden = new ArrayList<>();
        for (double y : new double[] {10, 30, 50}) {
            hidden.add(line(100, y, reach, y));
        }
        return new ScannedPage(1, null, 100, 100, List.of(), new double[0], 0, true, List.of(), visible, 0, false,
                new PageEdge.Beyond(100, hidden));
    }

    @Test
    void aTableCutByTheEdgeIsClosedThereAndItsCellsAtTheEdgeAreCut() {
        ScannedPage p = page(false, 200);
        List<Ruling> added = PageEdge.rulings(p).subList(p.rulings().size(), PageEdge.rulings(p).size());
        assertEquals(1, added.size());
        assertEquals(100, added.get(0).getLeft(), 1e-9);
        assertEquals(10, added.get(0).getTop(), 1e-9);
        assertEquals(50, added.get(0).getBottom(), 1e-9);
        List<Rectangle2D> cells = List.of(new Rectangle2D.Double(10, 10, 40, 20), new Rectangle2D.Double(50, 10, 50, 20),
                new Rectangle2D.Double(50, 30, 50, 20));
        TextElement whole = new TextElement(32f, 60f, 8f, 10f, null, 10f, "7", 3f, 0f);
        TextElement atEdge = new TextElement(12f, 93f, 8f, 10f, null, 10f, "法", 3f, 0f);
        boolean[] cut = PageEdge.cut(PageEdge.cutEdge(p, cells), cells, List.of(List.of(), List.of(atEdge), List.of(whole)));
        assertArrayEquals(new boolean[] {false, true, false}, cut, "text at the edge is cut, a number clear of it is whole");
        assertEquals(100, PageEdge.cutEdge(p, cells), 1e-9);
    }

    @Test
    void aTableThatEndsOnTheEdgeOrOnlyOvershootsItIsNotCut() {
        List<Rectangle2D> cells = List.of(new Rectangle2D.Double(50, 10, 50, 20));
        ScannedPage closed = page(true, 200);
        assertEquals(closed.rulings(), PageEdge.rulings(closed));
        assertArrayEquals(new boolean[] {false}, PageEdge.cut(PageEdge.cutEdge(closed, cells), cells, List.of(List.of())));
        ScannedPage overshoot = page(false, 102);
        assertEquals(overshoot.rulings(), PageEdge.rulings(overshoot));
        assertEquals(Double.NaN, PageEdge.cutEdge(overshoot, cells));
    }

    @Test
    void aPageThatHoldsTextBeyondTheEdgeIsReadWhole() {
        ScannedPage p = page(false, 200);
        TextElement beyond = new TextElement(12f, 150f, 8f, 10f, null, 10f, "9", 3f, 0f);
        ScannedPage holding = new ScannedPage(1, null, 100, 100, List.of(), new double[0], 0, true, List.of(beyond),
                p.rulings(), 1, false, p.beyond());
        List<Ruling> all = PageEdge.rulings(holding);
        assertEquals(p.rulings().size() + p.beyond().rulings().size(), all.size(), "the lines beyond the edge are used");
        List<Rectangle2D> wide = List.of(new Rectangle2D.Double(50, 10, 150, 20));
        assertArrayEquals(new boolean[] {false}, PageEdge.cut(PageEdge.cutEdge(holding, wide), wide, List.of(List.of(beyond))));
    }
}
