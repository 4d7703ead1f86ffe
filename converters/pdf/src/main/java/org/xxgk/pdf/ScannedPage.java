package org.xxgk.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;

import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * What one pass over a page's content found: its text as lines (for the metadata and for finding the
 * table pages), its characters and ruling lines in tabula's coordinates (top-left origin, points), and
 * whether it shows images.
 *
 * @param number   1-based page number
 * @param page     the PDFBox page, for tabula
 * @param width    page width in points, rotation applied
 * @param height   page height in points, rotation applied
 * @param lines    the page's text, one entry per line, in reading order
 * @param chars    the characters, one {@link TextElement} each
 * @param rulings  the straight line segments drawn on the page (strokes and the edges of filled rectangles)
 * @param images   true when the page paints at least one image
 */
record ScannedPage(int number, PDPage page, float width, float height, List<String> lines,
                   List<TextElement> chars, List<Ruling> rulings, boolean images) {

    /** True for a page that shows no text at all: blank, or an image of a page (a scan). */
    boolean textless() {
        return chars.stream().allMatch(c -> c.getText().isBlank());
    }

    /** True when the page draws both horizontal and vertical lines: it may hold a ruled table. */
    boolean ruled() {
        return rulings.stream().anyMatch(Ruling::horizontal) && rulings.stream().anyMatch(Ruling::vertical);
    }
}
