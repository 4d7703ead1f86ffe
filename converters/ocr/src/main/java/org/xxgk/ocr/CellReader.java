package org.xxgk.ocr;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.xxgk.core.model.CellValue.Flag;

/**
 * Reads one cell of a table image: finds its ink, tells a number from a label by the shape of its
 * marks, reads a number with the digits engine and a label with the Chinese one, and says how sure it
 * is. A number is read by both engines; when they disagree, or the digits engine is not sure, or red ink
 * lies over the cell, the reading is unsure.
 */
final class CellReader {

    /** A reading below this confidence (0 to 1) is flagged unsure. */
    static final double THRESHOLD = 0.80;
    /** Text is scaled for the engine to about this height in pixels (it reads best at 30–40). */
    private static final int TEXT_HEIGHT = 36;
    /** The other model's reading stands alone, where the first one read nothing, only this sure. */
    private static final double ABSTAINED = 0.9;
    /** A cell with this share of red pixels has a seal (or a red correction) over it. */
    private static final double SEALED = 0.01;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** What stands in a number's cell for nothing; anything else the Chinese model makes of digits' marks is a misreading. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—－/／\\\\无一]");

    /** Why a reading is doubtful, beyond the engine's confidence. */
    enum Doubt {
        /** Red ink (a seal) lies over the cell. */
        SEAL,
        /** Ink the engines cannot read as anything. */
        UNREADABLE
    }

    /**
     * A cell's reading.
     *
     * @param text       what the cell says ({@code ""}: empty)
     * @param number     true when it was read as a number
     * @param flags      OCR, and UNSURE under the threshold
     * @param confidence 0 to 1, or {@code null} for an empty cell
     * @param doubt      what else is wrong with it, or {@code null}
     * @param alternatives for a number: other readings the digits engine gave, best first (for the repair)
     */
    record CellReading(String text, boolean number, Set<Flag> flags, Double confidence, Doubt doubt,
                       java.util.List<String> alternatives) {
        /** A cell without ink: read, by the plugin rather than the engine, as empty. */
        static final CellReading EMPTY = new CellReading("", false, Set.of(Flag.OCR), null, null, java.util.List.of());

        boolean unsure() {
            return flags.contains(Flag.UNSURE);
        }
    }

    private final Engine digits;
    private final Engine check;
    private final Engine text;
    private final Engine line;

    /**
     * @param digits the engine that reads numbers (the Chinese model restricted to digits: it knows the
     *               digits of Chinese fonts, where the English model reads a 7 as 1)
     * @param check  a second engine with another model, whose disagreement makes a number unsure
     * @param text   the engine for labels
     * @param line   the engine for single lines of text
     */
    CellReader(Engine digits, Engine check, Engine text, Engine line) {
        this.digits = digits;
        this.check = check;
        this.text = text;
        this.line = line;
    }

    /** A reader with its own engines, for one worker thread. */
    static CellReader start(Tesseract t) {
        try {
            return new CellReader(new Engine(t.api(), t.tessdata(), Tesseract.CHINESE, Engine.Kind.DIGITS),
                    new Engine(t.api(), t.tessdata(), Tesseract.DIGITS, Engine.Kind.DIGITS),
                    new Engine(t.api(), t.tessdata(), Tesseract.CHINESE, Engine.Kind.TEXT),
                    new Engine(t.api(), t.tessdata(), Tesseract.CHINESE, Engine.Kind.LINE));
        } catch (Engine.EngineException e) {
            throw new IllegalStateException("Tesseract did not start: " + e.getMessage(), e);
        }
    }

    /** A line of text outside the tables (a title, a signature), from the given raster. */
    String line(Gray raster, int dpi, TextBands.Band band) {
        int margin = Math.max(2, band.height() / 3);
        Gray crop = raster.crop(band.x0() - margin, band.y0() - margin, band.x1() - band.x0() + 2 * margin, band.height() + 2 * margin);
        double scale = Math.max(1, Math.min(4, (double) TEXT_HEIGHT / band.height()));
        Gray image = (scale > 1.05 ? crop.scale(scale) : crop).pad(8);
        return line.read(image, (int) Math.round(dpi * scale)).text().replaceAll("[ \\t]+", "");
    }

    CellReading read(PageImage page, Binary ink, TableGrid.Box box) {
        int speck = Math.max(3, page.dpi() * page.dpi() / 4000);
        Blobs marks = Blobs.in(ink, box.x0(), box.y0(), box.x1(), box.y1(), speck);
        if (marks.isEmpty()) {
            return CellReading.EMPTY;
        }
        int[] b = marks.bounds();
        int lineHeight = marks.lines.stream().mapToInt(Blobs.TextLine::height).max().orElse(1);
        int margin = Math.max(2, lineHeight / 3);
        boolean digitShaped = marks.digitShaped();
        Gray crop = inkOnly(page.ink(), marks, Math.max(box.x0(), b[0] - margin), Math.max(box.y0(), b[1] - margin),
                Math.min(box.x1(), b[2] + margin), Math.min(box.y1(), b[3] + margin));
        double scale = Math.max(1, Math.min(4, (double) TEXT_HEIGHT / lineHeight));
        Gray image = (scale > 1.05 ? crop.scale(scale) : crop).pad((int) (lineHeight * scale / 2) + 4);
        int dpi = (int) Math.round(page.dpi() * scale);
        boolean sealed = page.redIn(box.x0(), box.y0(), box.x1(), box.y1()) > SEALED * box.width() * box.height();
        CellReading r;
        if (digitShaped) {
            // The same marks with little paper around them: the engines find a lone narrow 1 there that a wide
            // margin loses (they read nothing, or one 1 for 11).
            Gray tightCrop = inkOnly(page.ink(), marks, Math.max(box.x0(), b[0] - 2), Math.max(box.y0(), b[1] - 2),
                    Math.min(box.x1(), b[2] + 2), Math.min(box.y1(), b[3] + 2));
            Gray tight = (scale > 1.05 ? tightCrop.scale(scale) : tightCrop).pad(4);
            r = checked(number(image, dpi, null), marks.strokes(), tight, dpi);
        } else {
            r = label(image, dpi);
        }
        return sealed ? doubted(r, Doubt.SEAL) : r;
    }

    /**
     * A number's reading checked against its marks: each digit of a printed number is at least one mark, so
     * a reading with fewer digits than the cell has separate tall marks has lost one (both models read 11 as
     * 1 with a wide margin). Such a reading, or one the engines were unsure of or could not make, is read
     * again from the tight image; where both models then agree on a number with as many digits as marks,
     * confidently, that reading stands. A reading with too few digits that nothing puts right is unsure.
     */
    private CellReading checked(CellReading r, int strokes, Gray tight, int dpi) {
        boolean short_ = r.number() && digitCount(r.text()) < strokes;
        if (!r.number() || !r.unsure() && !short_) {
            return r; // a placeholder (/, —, 无), or a sure reading that accounts for every mark
        }
        Engine.Reading d = digits.read(tight, dpi);
        Engine.Reading c = check.read(tight, dpi);
        String n = d.text().replaceAll("\\s+", "");
        String other = c.text().replaceAll("\\s+", "");
        double confidence = Math.min(d.confidence(), c.confidence());
        if (NUMBER.matcher(n).matches() && n.equals(other) && digitCount(n) >= strokes && confidence >= THRESHOLD) {
            java.util.List<String> alts = new java.util.ArrayList<>(alternatives(d, n, ""));
            if (NUMBER.matcher(r.text()).matches() && !r.text().equals(n) && !alts.contains(r.text())) {
                alts.add(0, r.text());
            }
            return new CellReading(n, true, EnumSet.of(Flag.OCR), confidence, null, java.util.List.copyOf(alts));
        }
        if (short_ && !r.unsure()) {
            return new CellReading(r.text(), true, unsure(), Math.min(r.confidence(), THRESHOLD - 0.01), r.doubt(), r.alternatives());
        }
        return r;
    }

    /** The digits of a number's text (not its point or sign). */
    private static int digitCount(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    /**
     * The rectangle of the page with only the cell's marks in it (each mark's box, a pixel around it): specks
     * of noise and what is left of the cell's lines turn to paper, so the engine does not read them.
     */
    private static Gray inkOnly(Gray page, Blobs marks, int x0, int y0, int x1, int y1) {
        Gray out = Gray.white(Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        for (Blobs.Blob m : marks.blobs) {
            for (int y = Math.max(y0, m.y0() - 1); y < Math.min(y1, m.y1() + 1); y++) {
                for (int x = Math.max(x0, m.x0() - 1); x < Math.min(x1, m.x1() + 1); x++) {
                    out.px[(y - y0) * out.width + x - x0] = page.px[y * page.width + x];
                }
            }
        }
        return out;
    }

    /**
     * A number read by the digits engine and checked by the other model. The Chinese model gives nothing
     * for a lone 1 in some fonts: where it abstains, the other model's reading stands on its own confidence.
     */
    private CellReading number(Gray image, int dpi, Engine.Reading second) {
        Engine.Reading d = digits.read(image, dpi);
        Engine.Reading c = check.read(image, dpi);
        String n = d.text().replaceAll("\\s+", "");
        String other = c.text().replaceAll("\\s+", "");
        if (n.isEmpty() && NUMBER.matcher(other).matches() && c.confidence() >= ABSTAINED) {
            return new CellReading(other, true, flags(c.confidence()), c.confidence(), null, alternatives(c, other, ""));
        }
        if (!NUMBER.matcher(n).matches() && NUMBER.matcher(other).matches()) {
            // Only the other model read a number: it stands, unsure.
            return new CellReading(other, true, unsure(), Math.min(c.confidence(), THRESHOLD - 0.01), null, alternatives(c, other, ""));
        }
        if (!NUMBER.matcher(n).matches()) {
            Engine.Reading t = second != null ? second : text.read(image, dpi);
            String alt = clean(t.text());
            if (PLACEHOLDER.matcher(alt).matches()) {
                return labelled(t); // a placeholder for nothing (/, 一, 无): the recognizer reads it as 0 and says so
            }
            String reading = NUMBER.matcher(other).matches() ? other : NUMBER.matcher(alt).matches() ? alt : "?";
            CellReading r = new CellReading(reading, true, unsure(), Math.min(d.confidence(), c.confidence()), null,
                    java.util.List.of());
            return reading.equals("?") ? doubted(r, Doubt.UNREADABLE) : r;
        }
        double confidence = d.confidence();
        if (!other.equals(n)) {
            // The two models disagree: unsure, however sure the first one is.
            confidence = Math.min(confidence, THRESHOLD - 0.01);
        }
        return new CellReading(n, true, flags(confidence), confidence, null, alternatives(d, n, other));
    }

    private static Set<Flag> flags(double confidence) {
        return confidence < THRESHOLD ? unsure() : EnumSet.of(Flag.OCR);
    }

    /** A label, or a number the shape test took for a label (digits run together into one mark). */
    private CellReading label(Gray image, int dpi) {
        Engine.Reading t = text.read(image, dpi);
        String s = clean(t.text());
        if (NUMBER.matcher(s).matches()) {
            return number(image, dpi, t);
        }
        if (s.isEmpty()) {
            return new CellReading("?", false, unsure(), t.confidence(), Doubt.UNREADABLE, java.util.List.of());
        }
        return labelled(t);
    }

    private static CellReading labelled(Engine.Reading t) {
        String s = clean(t.text());
        if (s.isEmpty()) {
            return new CellReading("?", false, unsure(), t.confidence(), Doubt.UNREADABLE, java.util.List.of());
        }
        boolean words = CJK.matcher(s).find();
        Set<Flag> flags = t.confidence() < THRESHOLD && !words ? unsure() : EnumSet.of(Flag.OCR);
        return new CellReading(s, false, flags, t.confidence(), null, java.util.List.of());
    }

    /**
     * The engine's text without what OCR adds to labels: spaces between Chinese characters, a bar at
     * either end (a cell's own line), brackets read as their look-alikes (〈 for （; not 《》, which labels use).
     */
    static String clean(String s) {
        String out = s.replaceAll("[ \\t]+", "").replaceAll("(?m)^[|｜丨]+|[|｜丨]+$", "");
        return out.replaceAll("[〈「『\\[{]", "（").replaceAll("[〉」』\\]}]", "）");
    }

    /** Other readings: the Chinese engine's, then each digit swapped for the digits engine's own alternatives. */
    private static java.util.List<String> alternatives(Engine.Reading d, String n, String check) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (NUMBER.matcher(check).matches() && !check.equals(n)) {
            out.add(check);
        }
        if (d.symbols().size() == n.length()) {
            for (int i = 0; i < n.length(); i++) {
                for (String a : d.symbols().get(i).alternatives()) {
                    String candidate = n.substring(0, i) + a + n.substring(i + 1);
                    if (NUMBER.matcher(candidate).matches()) {
                        out.add(candidate);
                    }
                }
            }
        }
        out.remove(n);
        return java.util.List.copyOf(out);
    }

    private static CellReading doubted(CellReading r, Doubt doubt) {
        if (doubt == null) {
            return r;
        }
        Set<Flag> flags = r.number() || doubt == Doubt.UNREADABLE ? unsure() : r.flags();
        return new CellReading(r.text().isEmpty() ? "?" : r.text(), r.number(), flags, r.confidence(), doubt, r.alternatives());
    }

    private static Set<Flag> unsure() {
        return EnumSet.of(Flag.OCR, Flag.UNSURE);
    }
}
