package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.xxgk.core.testkit.Golden;

/** Only the pages that hold tables go through tabula: the cost of a long report is its table pages. */
class TablePagesTest {

    private static List<Integer> selected(String name) throws IOException {
        try (PDDocument doc = PDDocument.load(Golden.testdata().resolve("pdf").resolve(name).toFile())) {
            return PageScanner.scan(doc, Landmarks.official()).stream().filter(ScannedPage::table).map(ScannedPage::number).toList();
        }
    }

    @Test
    void aLongReportSendsOnlyItsTablePages() throws IOException {
        assertEquals(List.of(28, 29), selected("bench/long-report-03.pdf"));
    }

    @Test
    void proseThatNamesTableLabelsIsNoTablePage() throws IOException {
        assertEquals(List.of(1, 2), selected("ruled-2021.pdf"));
    }

    @Test
    void aRuledPageAfterATablePageContinuesItWithoutAnyLabel() throws IOException {
        assertEquals(List.of(1, 2, 3, 4), selected("table4-row-on-next-page.pdf"));
    }

    @Test
    void anUnruledTablePageIsFoundByItsManyLabels() throws IOException {
        assertEquals(List.of(1, 2), selected("unruled-stream.pdf"));
    }
}
