package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeltasTest {

    @Test
    void plainOffsetsAndRepeats() {
        assertArrayEquals(new double[] {1.5, 2, 2, 2, 3}, Deltas.parse("1.5 g 3 2 3", 5));
    }

    @Test
    void aShortListRepeatsItsLastOffsetAndALongOneIsCut() {
        assertArrayEquals(new double[] {4, 5, 5, 5}, Deltas.parse("4 5", 4));
        assertArrayEquals(new double[] {4}, Deltas.parse("4 g 100 5", 1));
    }

    @Test
    void noListNoOffsets() {
        assertArrayEquals(new double[] {0, 0}, Deltas.parse(null, 2));
        assertArrayEquals(new double[0], Deltas.parse("1 2", 0));
    }

    @Test
    void wordsAreNoOffsets() {
        assertThrows(NumberFormatException.class, () -> Deltas.parse("1 x 2", 3));
        assertThrows(NumberFormatException.class, () -> Deltas.parse("g 3", 3));
        assertThrows(NumberFormatException.class, () -> Deltas.parse("NaN", 1));
    }
}
