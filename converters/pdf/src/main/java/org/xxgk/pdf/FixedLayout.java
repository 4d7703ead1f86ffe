package org.xxgk.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.xxgk.core.model.Document;

import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * The PDF reader's way from placed characters and drawn lines to table grids and text lines, for readers
 * of other fixed-layout formats (OFD): they describe each page in the plain terms below, and the pages go
 * through the same steps as a PDF's — text lines grouped by position, table pages told by the schema's
 * labels, tabula's lattice on ruled tables with rows cut by page breaks made whole, the stream cut where
 * no table is ruled. Nothing here depends on how the format stores its pages.
 *
 * <p>Coordinates are points (1/72 inch) in the page's upright frame: origin at the top left, y downwards.
 */
public final class FixedLayout {

    /** Shorter segments are specks, not lines (as in the PDF reader's path recorder). */
    private static final double MIN_LENGTH = 0.01;

    private FixedLayout() {
    }

    /**
     * One character where it is drawn.
     *
     * @param text       the character (or the few a glyph stands for)
     * @param left       the left edge of its box
     * @param top        the top edge of its box
     * @param width      its advance or box width
     * @param height     its box height
     * @param fontSize   the font size in points
     * @param spaceWidth the width of a space in this font and size, for telling words apart
     */
    public record Glyph(String text, double left, double top, double width, double height, double fontSize,
                        double spaceWidth) {
    }

    /** A straight segment drawn on the page: a stroked line or an edge of a filled rectangle. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /**
     * One page.
     *
     * @param number 1-based page number
     * @param width  the page's width in points
     * @param height the page's height in points
     * @param glyphs its characters, in any order
     * @param lines  its straight segments, in any order (oblique ones are ignored)
     * @param images true when the page paints pictures: images, or glyphs drawn as outlines instead of text
     */
    public record Page(int number, double width, double height, List<Glyph> glyphs, List<Line> lines, boolean images) {
        public Page {
            glyphs = List.copyOf(glyphs);
            lines = List.copyOf(lines);
        }
    }

    /**
     * What the pages hold.
     *
     * @param document   the grids of the table pages and the text lines of every page
     * @param hasText    true when some page has a text layer (as the PDF reader counts: a few stamped
     *                   characters on a scan are none)
     * @param imageOnly  the numbers of the pages without text that paint pictures (a scan, outlined glyphs)
     */
    public record Result(Document document, boolean hasText, List<Integer> imageOnly) {
        public Result {
            imageOnly = List.copyOf(imageOnly);
        }
    }

    /**
     * Reads pages as {@link PdfReportReader} reads a PDF's.
     *
     * @param pages  the document's pages, in order
     * @param source the input as the user named it
     * @param format the format name the document carries ({@code ofd})
     */
    public static Result read(List<Page> pages, String source, String format) {
        TablePages tables = new TablePages(Landmarks.official());
        List<ScannedPage> scanned = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Page p : pages) {
            ScannedPage s = scan(p, tables, lines.size());
            scanned.add(s);
            lines.addAll(s.lines());
        }
        List<ScannedPage> tablePages = scanned.stream().filter(ScannedPage::table).toList();
        Document doc = new Document(source, format, PdfReportReader.grids(tablePages, source), lines, pages.size());
        List<Integer> imageOnly = scanned.stream().filter(s -> s.textless() && s.images()).map(ScannedPage::number).toList();
        return new Result(doc, scanned.stream().anyMatch(s -> !s.textless()), imageOnly);
    }

    /** Page numbers in the words of a message, as the PDF reader writes them: {@code 第1—3页}, {@code 第2、5页}. */
    public static String describePages(List<Integer> pages) {
        return PageNumbers.describe(pages);
    }

    private static ScannedPage scan(Page p, TablePages tables, int firstLine) {
        List<TextElement> chars = p.glyphs().stream().map(FixedLayout::element).toList();
        List<Ruling> rulings = rulings(p.lines());
        List<List<TextElement>> grouped = TextLines.of(chars);
        TextLines.Texts texts = TextLines.plain(grouped);
        List<String> lines = texts.texts();
        int textChars = grouped.stream().mapToInt(List::size).sum();
        boolean table = tables.next(lines, ScannedPage.ruled(rulings));
        // tabula's page wants a PDFBox page for its rotation only: an upright one of the same size.
        PDPage page = new PDPage(new PDRectangle((float) p.width(), (float) p.height()));
        return new ScannedPage(p.number(), page, (float) p.width(), (float) p.height(), lines, texts.centres(), firstLine, table,
                table ? chars : List.of(), table ? rulings : List.of(), textChars, p.images());
    }

    /** A character as the PDF reader records it (hundredths of a point), without a PDFBox font. */
    private static TextElement element(Glyph g) {
        return new TextElement(round(g.top()), round(g.left()), round(g.width()), round(g.height()), null,
                (float) g.fontSize(), g.text(), (float) g.spaceWidth(), 0f);
    }

    private static List<Ruling> rulings(List<Line> lines) {
        List<Ruling> out = new ArrayList<>();
        for (Line l : lines) {
            Ruling r = new Ruling(new Point2D.Double(l.x1(), l.y1()), new Point2D.Double(l.x2(), l.y2()));
            if (!r.oblique() && r.length() > MIN_LENGTH) {
                out.add(r);
            }
        }
        return out;
    }

    private static float round(double x) {
        return Math.round(x * 100) / 100f;
    }
}
