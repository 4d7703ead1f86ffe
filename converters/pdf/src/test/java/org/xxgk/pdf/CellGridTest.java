package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

class CellGridTest {

    private record Placed(Rectangle2D bounds, String text) {
    }

    private static Placed cell(double x0, double y0, double x1, double y1, String text) {
        return new Placed(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0), text);
    }

    private static Grid build(List<Placed> cells, SourceLocation at) {
        return new CellGrid(cells.stream().map(Placed::bounds).toList()).build(cells.stream().map(Placed::text).toList(), at);
    }

    /** 三、本年度办理结果 merged down two rows: the second row's cells keep their columns. */
    @Test
    void aCellMergedDownRowsDoesNotShiftTheRowsBelow() {
        Grid g = build(List.of(
                cell(0, 0, 10, 20, "三、本年度办理结果"), cell(10, 0, 30, 10, "（一）予以公开"), cell(30, 0, 40, 10, "5"),
                cell(10, 10, 30, 20, "（二）部分公开"), cell(30, 10, 40, 20, "7")), SourceLocation.ofFile("a.pdf").withPage(2));
        assertEquals(2, g.rowCount());
        List<Cell> second = g.rows().get(1);
        assertEquals(3, second.size());
        assertTrue(second.get(0).isCovered());
        assertEquals("（二）部分公开", second.get(1).text());
        assertEquals("7", second.get(2).text());
        assertEquals(2, g.rows().get(0).get(0).rowSpan());
        assertEquals(Integer.valueOf(2), second.get(2).location().page());
        assertEquals(Integer.valueOf(3), second.get(2).location().column());
        assertTrue(g.positional());
    }

    @Test
    void aCellMergedAcrossColumnsCoversThem() {
        Grid g = build(List.of(
                cell(0, 0, 30, 10, "第二十条第（五）项"),
                cell(0, 10, 10, 20, "行政许可"), cell(10, 10, 20, 20, "3"), cell(20, 10, 30, 20, "4")),
                SourceLocation.ofFile("a.pdf"));
        List<Cell> first = g.rows().get(0);
        assertEquals(3, first.get(0).colSpan());
        assertFalse(first.get(0).isCovered());
        assertTrue(first.get(1).isCovered() && first.get(2).isCovered());
    }

    @Test
    void findsTheCellUnderAPoint() {
        CellGrid g = new CellGrid(List.of(cell(0, 0, 10, 20, "").bounds(), cell(10, 0, 30, 10, "").bounds(),
                cell(10, 10, 30, 20, "").bounds()));
        assertEquals(0, g.cellAt(5, 15));
        assertEquals(1, g.cellAt(20, 3));
        assertEquals(2, g.cellAt(29, 19));
        assertEquals(-1, g.cellAt(31, 5));
        assertEquals(-1, g.cellAt(5, -1));
    }

    @Test
    void edgesAHairApartAreOneGridLine() {
        Grid g = build(List.of(cell(0, 0, 10, 10, "a"), cell(10.5, 0.4, 20, 10.3, "b"),
                cell(0, 10, 10, 20, "c"), cell(10, 10.2, 20, 20, "d")), SourceLocation.ofFile("a.pdf"));
        assertEquals(2, g.rowCount());
        assertEquals(List.of("c", "d"), g.rows().get(1).stream().map(Cell::text).toList());
    }
}
