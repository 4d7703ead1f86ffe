package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathDataTest {

    @Test
    void aClosedRectangleGivesItsFourEdges() {
        PathData d = PathData.parse("M 0 0 L 10 0 L 10 5 L 0 5 C");
        assertFalse(d.curved());
        assertEquals(4, d.segments().size());
        assertArrayEquals(new double[] {0, 5, 0, 0}, d.segments().get(3));
    }

    @Test
    void separateLinesStartWhereTheyAreMoved() {
        PathData d = PathData.parse("S 0 0 L 10 0 M 0 3 L 10 3");
        assertEquals(2, d.segments().size());
        assertArrayEquals(new double[] {0, 3, 10, 3}, d.segments().get(1));
    }

    @Test
    void curvesAndArcsMarkThePath() {
        assertTrue(PathData.parse("M 0 0 B 1 1 2 2 3 3 C").curved());
        assertTrue(PathData.parse("M 0 0 Q 1 1 2 2").curved());
        assertTrue(PathData.parse("M 0 0 A 5 5 0 0 1 10 0").curved());
    }

    @Test
    void unknownCommandsAndMissingNumbersAreRefused() {
        assertThrows(NumberFormatException.class, () -> PathData.parse("M 0 0 Z"));
        assertThrows(NumberFormatException.class, () -> PathData.parse("M 0 0 L 10"));
        assertThrows(NumberFormatException.class, () -> PathData.parse("M 0 0 L x 1"));
    }
}
