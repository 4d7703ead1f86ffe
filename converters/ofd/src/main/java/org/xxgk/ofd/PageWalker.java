package org.xxgk.ofd;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CompositeObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.compositeObj.CT_VectorG;
import org.ofdrw.core.pageDescription.CT_GraphicUnit;
import org.ofdrw.core.text.CT_CGTransform;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ResourceManage;

import org.xxgk.pdf.FixedLayout;

/**
 * One OFD page (its templates' layers and its own, in drawing order) described in the PDF reader's
 * terms: each character of each TextObject where it is drawn, each straight segment of each painted
 * PathObject, and whether the page paints images or glyph outlines.
 *
 * <p>OFD measures in millimetres with y downwards from the page box's top left (GB/T 33190-2016, 7.3);
 * an object's coordinates are in its own space, which its {@code CTM} maps into the space whose origin is
 * its {@code Boundary}'s top left. A character stands at its TextCode's X, Y plus the DeltaX/DeltaY
 * offsets of the glyphs before it. Here every point goes through that chain into points (1/72 inch), y
 * still downwards, which is the frame of the PDF reader's characters and rulings.
 *
 * <p>OFD keeps no glyph boxes, so a character's box is the ideographic em box (0.88 of the font size
 * above the baseline, 0.12 below); its width is one em for Chinese characters and full-width forms and
 * 0.6 em for others, never wider than the offset to the next glyph (letter-spaced headings keep their
 * glyphs' own width). Text is taken as written left to right: a page turned by a CTM rotation keeps its
 * characters in place but not their direction.
 */
final class PageWalker {

    static final double POINTS_PER_MM = 72 / 25.4;
    /** The ideographic em box: its top this many font sizes above the baseline. */
    static final double ASCENT = 0.88;
    /** The advance of a character that is not full width, in font sizes, when the offsets do not tell. */
    static final double NARROW = 0.6;
    /** A half-width space, in font sizes: what separates two words of digits or Latin letters. */
    static final double SPACE = 0.5;
    /** Composite objects and page blocks nested deeper than this are not followed (a loop in a hostile file). */
    static final int MAX_DEPTH = 16;
    /** A page with more characters or more lines than this is not a page of a report (a report page has a few thousand). */
    static final int MAX_PER_PAGE = 100_000;
    /**
     * Objects visited on one page, composite objects' contents counted each time they are drawn: composites
     * that draw composites ten times each, sixteen deep, would otherwise make a small file an endless walk. Twice
     * the characters and lines a page may hold: a million took the fuzzing harness past its 10 s per input.
     */
    static final int MAX_VISITS = 2 * MAX_PER_PAGE;
    /** A CGTransform mapping more glyphs than this to its characters is not a font's work. */
    static final int MAX_GLYPHS = 64;

    private final ResourceManage resources;
    private final List<FixedLayout.Glyph> glyphs = new ArrayList<>();
    private final List<FixedLayout.Line> lines = new ArrayList<>();
    private boolean images;
    private int visits;

    private PageWalker(ResourceManage resources) {
        this.resources = resources;
    }

    /**
     * @param number the 1-based page number
     * @param box    the page's physical box (millimetres)
     * @param layers the layers of its templates and its own, in drawing order
     * @throws NumberFormatException    when a coordinate, size or offset is not a number
     * @throws IllegalArgumentException when a required attribute is missing (ofdrw's own check)
     */
    static FixedLayout.Page walk(int number, ST_Box box, List<CT_Layer> layers, ResourceManage resources) {
        PageWalker w = new PageWalker(resources);
        AffineTransform page = AffineTransform.getScaleInstance(POINTS_PER_MM, POINTS_PER_MM);
        page.translate(-box.getTopLeftX(), -box.getTopLeftY());
        for (CT_Layer layer : layers) {
            w.blocks(layer.getPageBlocks(), page, 0);
        }
        return new FixedLayout.Page(number, box.getWidth() * POINTS_PER_MM, box.getHeight() * POINTS_PER_MM,
                w.glyphs, w.lines, w.images);
    }

    private void blocks(List<PageBlockType> blocks, AffineTransform parent, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PageBlockType b : blocks) {
            if (++visits > MAX_VISITS) {
                throw new IllegalArgumentException("页面上的图元超过 " + MAX_VISITS + " 个（复合对象层层引用），不像是一份报告");
            }
            if (b instanceof TextObject t) {
                text(t, parent);
            } else if (b instanceof PathObject p) {
                path(p, parent);
            } else if (b instanceof ImageObject i) {
                images |= i.getVisible();
            } else if (b instanceof CompositeObject c) {
                composite(c, parent, depth);
            } else if (b instanceof CT_PageBlock block) {
                blocks(block.getPageBlocks(), parent, depth + 1);
            }
        }
    }

    /** The object's space in page points: parent, then the Boundary's origin, then the CTM. */
    private static AffineTransform frame(CT_GraphicUnit<?> unit, AffineTransform parent) {
        AffineTransform t = new AffineTransform(parent);
        ST_Box boundary = unit.getBoundary();
        if (boundary != null) {
            t.translate(boundary.getTopLeftX(), boundary.getTopLeftY());
        }
        ST_Array ctm = unit.getCTM();
        if (ctm != null) {
            Double[] m = ctm.toDouble();
            if (m.length != 6) {
                throw new NumberFormatException("CTM needs six numbers");
            }
            t.concatenate(new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]));
        }
        return t;
    }

    // ---- text ----------------------------------------------------------------------------------------

    private void text(TextObject t, AffineTransform parent) {
        if (!t.getVisible()) {
            return;
        }
        AffineTransform f = frame(t, parent);
        double size = t.getSize();
        double hScale = t.getHScale();
        double xScale = Math.hypot(f.getScaleX(), f.getShearY());
        double sizePt = size * Math.hypot(f.getShearX(), f.getScaleY());
        Map<Integer, CT_CGTransform> transforms = new HashMap<>();
        for (CT_CGTransform g : t.getCGTransforms()) {
            transforms.put(g.getCodePosition(), g);
        }
        double x = 0;
        double y = 0;
        int offset = 0;
        for (TextCode code : t.getTextCodes()) {
            int[] chars = code.getContent() == null ? new int[0] : code.getContent().codePoints().toArray();
            x = code.getX() != null ? code.getX() : x;
            y = code.getY() != null ? code.getY() : y;
            Glyphs map = Glyphs.of(chars.length, offset, transforms);
            int glyphCount = map.count();
            double[] dx = Deltas.parse(code.attributeValue("DeltaX"), glyphCount - 1);
            double[] dy = Deltas.parse(code.attributeValue("DeltaY"), glyphCount - 1);
            double[] gx = new double[Math.max(glyphCount, 1)];
            double[] gy = new double[Math.max(glyphCount, 1)];
            gx[0] = x;
            gy[0] = y;
            for (int g = 1; g < glyphCount; g++) {
                gx[g] = gx[g - 1] + dx[g - 1];
                gy[g] = gy[g - 1] + dy[g - 1];
            }
            for (int k = 0; k < chars.length; k++) {
                int g = map.glyphOf()[k];
                double advance = g + 1 < glyphCount ? dx[g] : 0;
                add(chars[k], f.transform(new Point2D.Double(gx[g], gy[g]), null), width(chars[k], size * hScale, advance) * xScale, sizePt);
            }
            offset += chars.length;
        }
    }

    /**
     * Which glyph each character of a TextCode stands at, and how many glyphs the TextCode draws: one
     * glyph per character, except where a CGTransform maps a run of characters to its own number of
     * glyphs (ligatures, several glyphs for one character); the characters of such a run share its glyphs
     * in order.
     *
     * @param glyphOf for each character, the index of its glyph
     * @param count   the glyphs drawn, which the offsets count
     */
    record Glyphs(int[] glyphOf, int count) {

        static Glyphs of(int chars, int offset, Map<Integer, CT_CGTransform> transforms) {
            int[] out = new int[chars];
            int glyph = 0;
            int k = 0;
            while (k < chars) {
                CT_CGTransform g = transforms.get(offset + k);
                if (g == null) {
                    out[k++] = glyph++;
                    continue;
                }
                int codes = Math.max(1, Math.min(g.getCodeCount() == null ? 1 : g.getCodeCount(), chars - k));
                int count = g.getGlyphCount() == null ? 1 : g.getGlyphCount();
                if (count < 0 || count > MAX_GLYPHS) {
                    throw new NumberFormatException("GlyphCount " + count);
                }
                count = Math.max(count, 1);
                for (int j = 0; j < codes; j++) {
                    out[k + j] = glyph + Math.min(j * count / codes, count - 1);
                }
                glyph += count;
                k += codes;
            }
            return new Glyphs(out, glyph);
        }
    }

    /** A character's width in its object's units: its class's advance, or the offset to the next glyph when smaller. */
    private static double width(int c, double size, double advance) {
        double own = (wide(c) ? 1.0 : NARROW) * size;
        return advance > 0 ? Math.min(own, advance) : own;
    }

    /** Han characters, CJK punctuation and symbols, full-width forms: one em wide. */
    static boolean wide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6
                || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
    }

    private void add(int c, Point2D baseline, double width, double size) {
        if (Character.isISOControl(c)) {
            return;
        }
        if (glyphs.size() >= MAX_PER_PAGE) {
            throw new IllegalArgumentException("页面上的文字超过 " + MAX_PER_PAGE + " 个，不像是一份报告");
        }
        String text = c == 0x00A0 ? " " : new String(Character.toChars(c));
        glyphs.add(new FixedLayout.Glyph(text, baseline.getX(), baseline.getY() - ASCENT * size, width, size, size, SPACE * size));
    }

    // ---- paths ---------------------------------------------------------------------------------------

    private void path(PathObject p, AffineTransform parent) {
        if (!p.getVisible() || !p.getStroke() && !p.getFill()) {
            return;
        }
        PathData data = PathData.parse(p.getAbbreviatedData());
        if (data.curved()) {
            // Glyphs drawn as outlines fill curved paths; so do seals and rounded boxes, which a page of text outweighs.
            images |= p.getFill();
            return;
        }
        AffineTransform f = frame(p, parent);
        Rectangle2D clip = clip(p, parent);
        for (double[] s : data.segments()) {
            Point2D a = f.transform(new Point2D.Double(s[0], s[1]), null);
            Point2D b = f.transform(new Point2D.Double(s[2], s[3]), null);
            double[] visible = clip == null ? new double[] {a.getX(), a.getY(), b.getX(), b.getY()} : Clip.segment(a, b, clip);
            if (visible != null) {
                if (lines.size() >= MAX_PER_PAGE) {
                    throw new IllegalArgumentException("页面上的线条超过 " + MAX_PER_PAGE + " 条，不像是一份报告");
                }
                lines.add(new FixedLayout.Line(visible[0], visible[1], visible[2], visible[3]));
            }
        }
    }

    /**
     * The object's Boundary in page points, outside which nothing of it shows; widened by half its line
     * width (and a hair), since a line drawn along the edge of its Boundary still shows.
     */
    private static Rectangle2D clip(CT_GraphicUnit<?> unit, AffineTransform parent) {
        ST_Box b = unit.getBoundary();
        if (b == null) {
            return null;
        }
        Rectangle2D r = parent.createTransformedShape(new Rectangle2D.Double(b.getTopLeftX(), b.getTopLeftY(), b.getWidth(), b.getHeight()))
                .getBounds2D();
        Double width = unit.getLineWidth();
        double pad = Math.max(width == null ? 0 : width * POINTS_PER_MM / 2, 0) + 0.5;
        r.setRect(r.getX() - pad, r.getY() - pad, r.getWidth() + 2 * pad, r.getHeight() + 2 * pad);
        return r;
    }

    // ---- composite objects ---------------------------------------------------------------------------

    private void composite(CompositeObject c, AffineTransform parent, int depth) {
        if (!c.getVisible() || c.getResourceID() == null || resources == null) {
            return;
        }
        CT_VectorG unit = resources.getCompositeGraphicUnit(c.getResourceID().getRefId().toString());
        if (unit != null) {
            blocks(unit.getContent().getPageBlocks(), frame(c, parent), depth + 1);
        }
    }
}
