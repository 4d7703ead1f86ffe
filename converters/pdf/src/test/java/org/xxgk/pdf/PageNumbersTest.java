package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageNumbersTest {

    @Test
    void describesRunsAndSinglePages() {
        assertEquals("第1—3页", PageNumbers.describe(List.of(1, 2, 3)));
        assertEquals("第2、5—6页", PageNumbers.describe(List.of(2, 5, 6)));
        assertEquals("第4页", PageNumbers.describe(List.of(4)));
    }
}
