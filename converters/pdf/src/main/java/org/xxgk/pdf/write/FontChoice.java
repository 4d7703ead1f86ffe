package org.xxgk.pdf.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A font file and, in a collection ({@code .ttc}), the font in it to use: the first with TrueType outlines
 * and a glyph for 表.
 *
 * @param file the font file
 * @param name the PostScript name of the font in the file ({@code WenQuanYiZenHei}, {@code SimSun})
 */
public record FontChoice(Path file, String name) {

    private static final byte[] COLLECTION = {'t', 't', 'c', 'f'};
    private static final byte[] CFF = {'O', 'T', 'T', 'O'};
    private static final int PROBE = '表';

    /** The usable font in a file, or empty when it has none (CFF outlines, no Chinese, not a font). */
    static Optional<FontChoice> of(Path file) {
        try {
            byte[] head = head(file);
            if (Arrays.equals(head, CFF)) {
                return Optional.empty();
            }
            if (Arrays.equals(head, COLLECTION)) {
                try (TrueTypeCollection c = new TrueTypeCollection(file.toFile())) {
                    String[] found = {null};
                    c.processAllFonts(f -> {
                        if (found[0] == null && usable(f)) {
                            found[0] = f.getName();
                        }
                    });
                    return Optional.ofNullable(found[0]).map(n -> new FontChoice(file, n));
                }
            }
            try (TrueTypeFont f = new TTFParser().parse(file.toFile())) {
                return usable(f) ? Optional.of(new FontChoice(file, f.getName())) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign file is not a font we can use; the finder goes on to the next.
            return Optional.empty();
        }
    }

    /** Opens the font for embedding; the caller closes it after the document is saved (subsetting reads it). */
    OpenFont open() throws IOException {
        if (Arrays.equals(head(file), COLLECTION)) {
            TrueTypeCollection c = new TrueTypeCollection(file.toFile());
            try {
                return new OpenFont(c.getFontByName(name), c);
            } catch (IOException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        TrueTypeFont f = new TTFParser().parse(file.toFile());
        return new OpenFont(f, f);
    }

    private static boolean usable(TrueTypeFont f) throws IOException {
        boolean cff = f instanceof OpenTypeFont o && o.isPostScript();
        return !cff && f.getUnicodeCmapLookup(false) != null && f.getUnicodeCmapLookup(false).getGlyphId(PROBE) != 0;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }

    /** A font read for embedding, and what must stay open until the document is saved. */
    record OpenFont(TrueTypeFont font, java.io.Closeable source) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
