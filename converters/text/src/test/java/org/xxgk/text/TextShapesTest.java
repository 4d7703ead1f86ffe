package org.xxgk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Document;

/** The line shapes the text reader tells apart, and the widths it measures them in. */
class TextShapesTest {

    @Test
    void aDelimiterRowOfFourThousandColumnsIsScannedWithoutOverflowingTheStack() {
        String row = "|" + " --- |".repeat(4000);
        assertTrue(TextReportReader.isPipeDelimiterRow(row));
        String header = "|" + " 列 |".repeat(4000);
        Document doc = TextReportReader.parse(header + "\n" + row + "\n" + "|" + " 1 |".repeat(4000) + "\n", "wide.md");
        assertEquals(1, doc.grids().size());
        assertEquals(4000, doc.grids().get(0).rows().get(1).size());
    }

    @Test
    void delimiterRowsAndDataRowsOfDashes() {
        assertTrue(TextReportReader.isPipeDelimiterRow("| :--- | ---: | :---: |"));
        assertTrue(TextReportReader.isPipeDelimiterRow("---|---"));
        assertFalse(TextReportReader.isPipeDelimiterRow("| - | - | - |"), "a row of dash placeholders is data");
        assertFalse(TextReportReader.isPipeDelimiterRow("| 规章 | --- |"));
    }

    @Test
    void wideCharactersCountTwoAsTerminalsShowThem() {
        assertEquals(8, DisplayWidth.of("行政许可"));
        assertEquals(6, DisplayWidth.of("（一）"), "full-width brackets and an ideograph");
        assertEquals(2, DisplayWidth.of("、"), "CJK punctuation");
        assertEquals(2, DisplayWidth.of("“”"), "East Asian ambiguous quotes count one, as pandoc counts them");
        assertEquals(3, DisplayWidth.of("１2"), "a full-width digit");
        assertEquals(1, DisplayWidth.of("ｱ"), "half-width katakana");
    }

    @Test
    void pandocDashRunsAreFoundByHand() {
        assertEquals(3, PandocTables.dashRuns("  ------ --- ----------").size());
        assertEquals(List.of(), PandocTables.dashRuns("  ------ 规章 ---"));
        assertTrue(PandocTables.isGridBorder("+:---+---:+"));
        assertFalse(PandocTables.isGridBorder("+ 规章 +"));
    }
}
