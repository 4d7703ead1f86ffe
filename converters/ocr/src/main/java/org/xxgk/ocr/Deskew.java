package org.xxgk.ocr;

/**
 * The angle a page was scanned or photographed at, from its ink: the angle at which the rows of ink
 * (ruling lines and lines of text) stack most sharply, found by projecting the dark pixels along
 * candidate angles and keeping the one whose profile has the most energy.
 */
final class Deskew {

    /** Scans are seldom turned further than this; a page turned by 90° is another matter. */
    static final double MAX_DEGREES = 6;
    /** Angles below this are left alone: turning a page costs a blur for nothing. */
    static final double NEGLIGIBLE = 0.04;

    private Deskew() {
    }

    /** The slope angle of the page's rows of ink, in degrees (positive: rows fall to the right). */
    static double angle(Binary b) {
        int[] xs;
        int[] ys;
        int n = 0;
        for (int i = 0; i < b.dark.length; i += 2) {
            if (b.dark[i]) {
                n++;
            }
        }
        xs = new int[n];
        ys = new int[n];
        n = 0;
        for (int i = 0; i < b.dark.length; i += 2) {
            if (b.dark[i]) {
                xs[n] = i % b.width;
                ys[n] = i / b.width;
                n++;
            }
        }
        double best = best(xs, ys, b, -MAX_DEGREES, MAX_DEGREES, 0.2);
        best = best(xs, ys, b, best - 0.2, best + 0.2, 0.02);
        return best;
    }

    private static double best(int[] xs, int[] ys, Binary b, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int margin = (int) Math.ceil(b.width * Math.tan(Math.toRadians(MAX_DEGREES + 1)));
        long[] bins = new long[b.height + 2 * margin + 1];
        for (double a = from; a <= to + 1e-9; a += step) {
            java.util.Arrays.fill(bins, 0);
            double t = Math.tan(Math.toRadians(a));
            for (int i = 0; i < xs.length; i++) {
                int bin = (int) Math.round(ys[i] - xs[i] * t) + margin;
                if (bin >= 0 && bin < bins.length) {
                    bins[bin]++;
                }
            }
            double score = 0;
            for (long c : bins) {
                score += (double) c * c;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }
}
