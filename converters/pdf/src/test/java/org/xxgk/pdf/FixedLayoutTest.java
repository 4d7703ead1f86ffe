package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Pages described through the seam give the grids the PDF reader gives for the same characters and lines. */
class FixedLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"ruled-2021.pdf", "table3-split-across-pages.pdf", "unruled-stream.pdf"})
    void theSameCharactersAndLinesGiveTheSameGrids(String name) throws IOException, XxgkException {
        Path pdf = Golden.testdata().resolve("pdf").resolve(name);
        Document expected;
        try (InputStream in = Files.newInputStream(pdf)) {
            expected = new PdfReportReader().read(in, name);
        }
        List<FixedLayout.Page> pages = new ArrayList<>();
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            for (ScannedPage s : PageScanner.scan(doc, Landmarks.official())) {
                pages.add(describe(s));
            }
        }
        FixedLayout.Result read = FixedLayout.read(pages, name, "ofd");
        assertTrue(read.hasText());
        assertEquals(List.of(), read.imageOnly());
        assertFalse(expected.grids().isEmpty());
        assertEquals(texts(expected.grids()), texts(read.document().grids()));
        assertEquals(positional(expected.grids()), positional(read.document().grids()));
    }

    /** A scanned page in the seam's terms (only table pages keep their characters and lines). */
    private static FixedLayout.Page describe(ScannedPage s) {
        List<FixedLayout.Glyph> glyphs = s.chars().stream().map(c -> new FixedLayout.Glyph(c.getText(), c.getLeft(), c.getTop(),
                c.getWidth(), c.getHeight(), c.getFontSize(), c.getWidthOfSpace())).toList();
        List<FixedLayout.Line> lines = s.rulings().stream().map(r -> new FixedLayout.Line(r.getX1(), r.getY1(), r.getX2(), r.getY2())).toList();
        return new FixedLayout.Page(s.number(), s.width(), s.height(), glyphs, lines, s.images());
    }

    private static List<List<List<String>>> texts(List<Grid> grids) {
        return grids.stream().map(g -> g.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList()).toList();
    }

    private static List<Boolean> positional(List<Grid> grids) {
        return grids.stream().map(Grid::positional).toList();
    }
}
