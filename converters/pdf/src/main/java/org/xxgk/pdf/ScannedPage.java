package org.xxgk.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;

import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * What one pass over a page's content found: its text as lines (for the metadata), whether it holds
 * a table, and for table pages only its characters and ruling lines in tabula's coordinates (top-left
 * origin, points), so that a long report keeps little more than its table pages in memory.
 *
 * @param number    1-based page number
 * @param page      the PDFBox page, for tabula
 * @param width     page width in points, rotation applied
 * @param height    page height in points, rotation applied
 * @param lines     the page's text, one entry per line, top to bottom
 * @param centres   where each of {@code lines} stands: the vertical centre of its first character
 * @param firstLine how many lines the pages before this one hold: where its lines start among the document's
 * @param table     true when the page goes through tabula (see {@link TablePages})
 * @param chars     the characters, one {@link TextElement} each; empty unless {@code table}
 * @param rulings   the straight lines drawn on the page (strokes, edges of filled rectangles); empty unless {@code table}
 * @param textChars how many non-blank characters the page shows
 * @param images    true when the page paints at least one image
 * @param beyond    the lines drawn right of the page's visible area, or {@code null}; only for table pages
 */
record ScannedPage(int number, PDPage page, float width, float height, List<String> lines, double[] centres,
                   int firstLine, boolean table, List<TextElement> chars, List<Ruling> rulings, int textChars, boolean images,
                   PageEdge.Beyond beyond) {

    /** A page with nothing drawn beyond its visible area. */
    ScannedPage(int number, PDPage page, float width, float height, List<String> lines, double[] centres,
                int firstLine, boolean table, List<TextElement> chars, List<Ruling> rulings, int textChars, boolean images) {
        this(number, page, width, height, lines, centres, firstLine, table, chars, rulings, textChars, images, null);
    }

    /** Fewer characters than this is no text layer: a scan may carry a stamped page number or file name. */
    private static final int TEXT_LAYER = 16;

    /** Where a table whose top edge is at {@code top} stands among the document's lines: the lines above it on this page and all before. */
    int lineAt(double top) {
        int n = 0;
        for (double c : centres) {
            if (c < top) {
                n++;
            }
        }
        return firstLine + n;
    }

    /** True for a page that shows (next to) no text: blank, or an image of a page (a scan). */
    boolean textless() {
        return textChars < TEXT_LAYER;
    }

    /** True when the rulings hold both horizontal and vertical lines: the page may hold a ruled table. */
    static boolean ruled(List<Ruling> rulings) {
        return rulings.stream().anyMatch(Ruling::horizontal) && rulings.stream().anyMatch(Ruling::vertical);
    }
}
