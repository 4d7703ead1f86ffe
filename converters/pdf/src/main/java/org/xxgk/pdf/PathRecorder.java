package org.xxgk.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import technology.tabula.Ruling;

/**
 * Follows a page's path operators and keeps the straight segments it paints as tabula {@link Ruling}s,
 * in tabula's page coordinates. This is what tabula's own graphics engine extracts; doing it inside the
 * text pass means each page's content stream is parsed once for text and lines together.
 */
final class PathRecorder {

    /** Segments shorter than this are specks, not lines. */
    private static final double MIN_LENGTH = 0.01;
    /** A line reaching less than this past the visible edge is a border's width, not a table going on. */
    private static final double MIN_HIDDEN = 1.0;

    private final PDFStreamEngine engine;
    private final PDPage page;
    private final AffineTransform toPage;
    private final GeneralPath path = new GeneralPath();
    private final List<Ruling> rulings = new ArrayList<>();
    /** The parts of the rulings right of the clip (the page's visible area), and that clip's right edge. */
    private final List<Ruling> hidden = new ArrayList<>();
    private double visibleRight = Double.NaN;
    private boolean curved;
    private int pendingClip = -1;

    PathRecorder(PDFStreamEngine engine, PDPage page) {
        this.engine = engine;
        this.page = page;
        this.toPage = pageTransform(page);
    }

    /**
     * From device space (PDF points, origin bottom left) to the page upright as its text is written
     * when that text runs left to right in device space: origin top left, y downwards.
     */
    static AffineTransform pageTransform(PDPage page) {
        PDRectangle box = page.getCropBox();
        AffineTransform t = new AffineTransform();
        t.translate(0, box.getHeight());
        t.scale(1, -1);
        t.translate(-box.getLowerLeftX(), -box.getLowerLeftY());
        return t;
    }

    /**
     * The rulings, recorded in the upright frame ({@link #pageTransform}), in the frame in which PDFBox
     * places characters that run in {@code direction}
     * (0, 90, 180 or 270 degrees in device space; {@code TextPosition.getXDirAdj} and
     * {@code getYDirAdj}): a page turned by /Rotate has its text drawn turned the other way, so that
     * the viewer shows it upright, and its table lines must be turned with the text. From the upright
     * frame (x, y), with w and h the crop box's width and height: (h - y, x) for 90, (w - x, h - y) for
     * 180, (y, w - x) for 270.
     */
    List<Ruling> rulings(int direction) {
        PDRectangle box = page.getCropBox();
        float w = box.getWidth();
        float h = box.getHeight();
        List<Ruling> out = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            out.add(new Ruling(turn(r.getP1(), direction, w, h), turn(r.getP2(), direction, w, h)));
        }
        return out;
    }

    /**
     * The lines drawn right of the visible area (a table wider than the page, clipped at its margin or
     * crop box), for pages whose text runs left to right in device space; {@code null} when there are none.
     */
    PageEdge.Beyond beyond(int direction) {
        if (hidden.isEmpty() || Math.floorMod(direction, 360) != 0) {
            return null;
        }
        return new PageEdge.Beyond(visibleRight, List.copyOf(hidden));
    }

    private static Point2D turn(Point2D p, int direction, float w, float h) {
        double x = p.getX();
        double y = p.getY();
        return switch (Math.floorMod(direction, 360)) {
            case 90 -> new Point2D.Double(h - y, x);
            case 180 -> new Point2D.Double(w - x, h - y);
            case 270 -> new Point2D.Double(y, w - x);
            default -> p;
        };
    }

    void moveTo(Point2D p) {
        path.moveTo(p.getX(), p.getY());
    }

    void lineTo(Point2D p) {
        if (path.getCurrentPoint() == null) {
            moveTo(p);
        } else {
            path.lineTo(p.getX(), p.getY());
        }
    }

    /** A Bézier curve: only its end point matters, and the path is no longer made of rulings. */
    void curveTo(Point2D end) {
        curved = true;
        lineTo(end);
    }

    void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo(p0);
        lineTo(p1);
        lineTo(p2);
        lineTo(p3);
        path.closePath();
    }

    /** The next painting operator (or {@code n}) also sets the clipping path to the current path. */
    void clip(int windingRule) {
        pendingClip = windingRule;
    }

    /** A painting operator (stroke, fill or both): the path's straight segments become rulings. */
    void paint() {
        if (!curved) {
            addRulings();
        }
        end();
    }

    /** Ends the path without painting ({@code n}); applies a pending clip. */
    void end() {
        if (pendingClip >= 0) {
            path.setWindingRule(pendingClip);
            engine.getGraphicsState().intersectClippingPath(path);
            pendingClip = -1;
        }
        path.reset();
        curved = false;
    }

    private void addRulings() {
        Rectangle2D clip = null;
        double[] c = new double[6];
        Point2D start = null;
        Point2D current = null;
        for (PathIterator it = path.getPathIterator(toPage); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            Point2D p = new Point2D.Double(c[0], c[1]);
            if (type == PathIterator.SEG_MOVETO) {
                start = p;
            } else if (current != null) {
                Point2D to = type == PathIterator.SEG_CLOSE ? start : p;
                clip = clip == null ? clipBounds() : clip;
                add(current, to, clip);
                p = to;
            }
            current = p;
        }
    }

    private void add(Point2D from, Point2D to, Rectangle2D clip) {
        Ruling r = new Ruling(from, to);
        if (!r.oblique()) {
            addHidden(r, clip);
        }
        if (r.oblique() || !r.intersects(clip)) {
            return;
        }
        Ruling visible = r.intersect(clip);
        if (visible.length() > MIN_LENGTH) {
            rulings.add(visible);
        }
    }

    /** Keeps the part of a ruling that lies right of the clip, within its height. */
    private void addHidden(Ruling r, Rectangle2D clip) {
        double edge = clip.getMaxX();
        Ruling part = null;
        if (r.horizontal() && r.getRight() > edge + MIN_HIDDEN && r.getTop() >= clip.getMinY() && r.getTop() <= clip.getMaxY()) {
            part = new Ruling(new Point2D.Double(Math.max(r.getLeft(), edge), r.getTop()), new Point2D.Double(r.getRight(), r.getTop()));
        } else if (r.vertical() && r.getLeft() > edge + MIN_HIDDEN) {
            double top = Math.max(r.getTop(), clip.getMinY());
            double bottom = Math.min(r.getBottom(), clip.getMaxY());
            if (bottom - top > MIN_LENGTH) {
                part = new Ruling(new Point2D.Double(r.getLeft(), top), new Point2D.Double(r.getLeft(), bottom));
            }
        }
        if (part != null && part.length() > MIN_LENGTH) {
            hidden.add(part);
            visibleRight = Double.isNaN(visibleRight) ? edge : Math.max(visibleRight, edge);
        }
    }

    private Rectangle2D clipBounds() {
        Rectangle2D device = engine.getGraphicsState().getCurrentClippingPath().getBounds2D();
        return toPage.createTransformedShape(device).getBounds2D();
    }
}
