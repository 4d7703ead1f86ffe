package org.xxgk.pdf.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of a document, embedded as a subset (only the glyphs used are written: tens of KB, not the
 * font's MB), and the widths of text set in it. Text with a character the font lacks stops the writing
 * with {@link MissingGlyph}, before anything is drawn: every string is measured before it is drawn.
 */
final class Typeset implements Closeable {

    /** A character of the text that the font has no glyph for. */
    static final class MissingGlyph extends RuntimeException {
        final int codePoint;
        final String text;

        MissingGlyph(int codePoint, String text) {
            super(null, null, false, false);
            this.codePoint = codePoint;
            this.text = text;
        }
    }

    private final FontChoice.OpenFont open;
    private final CmapLookup cmap;
    final PDType0Font font;
    final String name;

    private Typeset(FontChoice.OpenFont open, PDType0Font font, String name) throws IOException {
        this.open = open;
        this.cmap = open.font().getUnicodeCmapLookup(false);
        this.font = font;
        this.name = name;
    }

    static Typeset load(PDDocument doc, FontChoice choice) throws IOException {
        FontChoice.OpenFont open = choice.open();
        try {
            return new Typeset(open, PDType0Font.load(doc, open.font(), true), choice.name());
        } catch (IOException | RuntimeException e) {
            open.close();
            throw e;
        }
    }

    /** The width of a string at a size, in points. */
    float width(String s, float size) {
        check(s);
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Lines.Measure at(float size) {
        return s -> width(s, size);
    }

    /** Throws {@link MissingGlyph} for the first character the font cannot draw (spaces and controls aside). */
    void check(String s) {
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> cmap.getGlyphId(cp) == 0).findFirst().ifPresent(cp -> {
                    throw new MissingGlyph(cp, s);
                });
    }

    /** Closes the font file; call after the document is saved, when the subset has been made from it. */
    @Override
    public void close() throws IOException {
        open.close();
    }
}
