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

    private final PDFStreamEngine engine;
    private final AffineTransform toPage;
    private final GeneralPath path = new GeneralPath();
    private final List<Ruling> rulings = new ArrayList<>();
    private boolean curved;
    private int pendingClip = -1;

    PathRecorder(PDFStreamEngine engine, PDPage page) {
        this.engine = engine;
        this.toPage = pageTransform(page);
    }

    /** From device space (PDF points, origin bottom left) to tabula's space (origin top left, rotation undone). */
    static AffineTransform pageTransform(PDPage page) {
        PDRectangle box = page.getCropBox();
        AffineTransform t = new AffineTransform();
        if (page.getRotation() % 180 != 0) {
            t.rotate(Math.toRadians(page.getRotation()));
        } else {
            t.translate(0, box.getHeight());
        }
        t.scale(1, -1);
        t.translate(-box.getLowerLeftX(), -box.getLowerLeftY());
        return t;
    }

    List<Ruling> rulings() {
        return rulings;
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
        if (r.oblique() || !r.intersects(clip)) {
            return;
        }
        Ruling visible = r.intersect(clip);
        if (visible.length() > MIN_LENGTH) {
            rulings.add(visible);
        }
    }

    private Rectangle2D clipBounds() {
        Rectangle2D device = engine.getGraphicsState().getCurrentClippingPath().getBounds2D();
        return toPage.createTransformedShape(device).getBounds2D();
    }
}
