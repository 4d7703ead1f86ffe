package org.xxgk.ofd;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/** The part of a segment inside a rectangle (Liang–Barsky), as the PDF reader keeps the visible part of a ruling. */
final class Clip {

    private Clip() {
    }

    /** @return {x1, y1, x2, y2} of the visible part, or {@code null} when none of it is inside */
    static double[] segment(Point2D a, Point2D b, Rectangle2D r) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.getX() - r.getMinX(), r.getMaxX() - a.getX(), a.getY() - r.getMinY(), r.getMaxY() - a.getY()};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {a.getX() + t0 * dx, a.getY() + t0 * dy, a.getX() + t1 * dx, a.getY() + t1 * dy};
    }
}
