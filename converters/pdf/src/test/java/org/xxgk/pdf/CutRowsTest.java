package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

class CutRowsTest {

    private static final Landmarks LABELS = Landmarks.official();

    private static Grid grid(String... cells) {
        List<Cell> row = new ArrayList<>();
        for (String c : cells) {
            row.add(Cell.of(c, SourceLocation.ofFile("a.pdf")));
        }
        return new Grid(List.of(row), true);
    }

    private static List<String> texts(Grid g, int row) {
        return g.rows().get(row).stream().map(Cell::text).toList();
    }

    @Test
    void joinsALabelCutByThePageBreakWithItsValuesAbove() {
        Grid[] g = CutRows.join(grid("5.要求行政机关确认或重新", "3", "8"), grid("出具已获取信息", "", ""), LABELS);
        assertNotNull(g);
        assertEquals(List.of("5.要求行政机关确认或重新出具已获取信息", "3", "8"), texts(g[0], 0));
        assertEquals(List.of("", "", ""), texts(g[1], 0));
    }

    @Test
    void joinsALabelCutByThePageBreakWithItsValuesBelow() {
        Grid[] g = CutRows.join(grid("一、本年新收政府信息", "", ""), grid("公开申请数量", "4", "5"), LABELS);
        assertNotNull(g);
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "4", "5"), texts(g[0], 0));
    }

    @Test
    void leavesANewRowWithBlankValuesAlone() {
        assertNull(CutRows.join(grid("行政处罚", "34"), grid("行政强制", ""), LABELS));
    }

    @Test
    void leavesTwoRowsWithValuesAlone() {
        assertNull(CutRows.join(grid("2.重复申请", "5"), grid("3.要求提供公开出版物", "7"), LABELS));
    }
}
