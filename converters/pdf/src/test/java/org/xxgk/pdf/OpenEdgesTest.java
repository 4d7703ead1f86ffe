package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import technology.tabula.Ruling;

class OpenEdgesTest {

    private static Ruling line(float x0, float y0, float x1, float y1) {
        return new Ruling(new java.awt.geom.Point2D.Float(x0, y0), new java.awt.geom.Point2D.Float(x1, y1));
    }

    /** Two rows of three cells, each row drawing its top edge: the lower row ends the page without a line under it. */
    private static List<Ruling> openAtTheFoot() {
        List<Ruling> rulings = new ArrayList<>();
        for (float y : new float[] {100, 120}) {
            rulings.add(line(50, y, 350, y));
            for (float x : new float[] {50, 150, 250, 350}) {
                rulings.add(line(x, y, x, y + 20));
            }
        }
        return rulings;
    }

    @Test
    void aRowLeftOpenAtThePageFootIsClosedUnderItsSideLines() {
        List<Ruling> closed = OpenEdges.close(openAtTheFoot());
        assertEquals(openAtTheFoot().size() + 1, closed.size());
        Ruling added = closed.get(closed.size() - 1);
        assertEquals(140f, added.getPosition(), 0.01);
        assertEquals(50f, added.getLeft(), 0.01);
        assertEquals(350f, added.getRight(), 0.01);
    }

    @Test
    void aClosedTableIsLeftAsItIs() {
        List<Ruling> rulings = openAtTheFoot();
        rulings.add(line(50, 140.5f, 350, 140.5f));
        assertEquals(rulings, OpenEdges.close(rulings));
    }

    @Test
    void aContinuedTableWithoutALineOverItsFirstRowIsClosedAboveIt() {
        List<Ruling> rulings = new ArrayList<>();
        rulings.add(line(50, 120, 350, 120));
        for (float x : new float[] {50, 150, 350}) {
            rulings.add(line(x, 100, x, 120));
        }
        List<Ruling> closed = OpenEdges.close(rulings);
        assertEquals(100f, closed.get(closed.size() - 1).getPosition(), 0.01);
    }

    @Test
    void aLoneVerticalRuleIsNotATable() {
        List<Ruling> rulings = List.of(line(50, 100, 350, 100), line(200, 100, 200, 300));
        assertEquals(rulings, OpenEdges.close(rulings));
    }
}
