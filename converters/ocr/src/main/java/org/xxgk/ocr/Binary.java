package org.xxgk.ocr;

/**
 * Ink and paper: each pixel dark or not, by comparing it with the mean of its neighbourhood (Bradley's
 * adaptive threshold over an integral image), so that a page lit unevenly — a phone photo, a shadow
 * along the binding — keeps its thin lines everywhere.
 */
final class Binary {

    /** A pixel is ink when it is this much darker than the mean around it. */
    private static final double DARKER = 0.15;
    /** Paper this bright is never ink, whatever its neighbours (a speck of noise on white). */
    private static final int PAPER = 230;

    final int width;
    final int height;
    final boolean[] dark;

    private Binary(int width, int height, boolean[] dark) {
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    /**
     * @param window the side of the neighbourhood in pixels: a few times a line of text, so that a
     *               solid character does not lighten its own surroundings into paper
     */
    static Binary of(Gray g, int window) {
        return of(g, window, DARKER);
    }

    /**
     * @param darker how much darker than its neighbourhood a pixel must be to be ink (0.15 for text; less to
     *               find faint ruling lines, which a photo's blur greys out)
     */
    static Binary of(Gray g, int window, double darker) {
        int w = g.width;
        int h = g.height;
        // The neighbourhood's mean from block sums: blocks of a few pixels, box-filtered over the window.
        int s = Math.max(2, window / 8);
        int bw = (w + s - 1) / s;
        int bh = (h + s - 1) / s;
        long[] block = new long[(bw + 1) * (bh + 1)];
        for (int y = 0; y < h; y++) {
            int row = (y / s + 1) * (bw + 1);
            for (int x = 0; x < w; x++) {
                block[row + x / s + 1] += g.px[y * w + x] & 0xff;
            }
        }
        for (int by = 1; by <= bh; by++) {
            for (int bx = 1; bx <= bw; bx++) {
                int i = by * (bw + 1) + bx;
                block[i] += block[i - 1] + block[i - bw - 1] - block[i - bw - 2];
            }
        }
        int k = Math.max(1, window / (2 * s));
        int[] threshold = new int[bw * bh];
        for (int by = 0; by < bh; by++) {
            int y0 = Math.max(0, by - k);
            int y1 = Math.min(bh, by + k + 1);
            for (int bx = 0; bx < bw; bx++) {
                int x0 = Math.max(0, bx - k);
                int x1 = Math.min(bw, bx + k + 1);
                long sum = block[y1 * (bw + 1) + x1] - block[y0 * (bw + 1) + x1] - block[y1 * (bw + 1) + x0] + block[y0 * (bw + 1) + x0];
                long n = (long) Math.min(w, x1 * s) - x0 * s;
                n *= (long) Math.min(h, y1 * s) - y0 * s;
                threshold[by * bw + bx] = (int) Math.min(PAPER, sum * (1 - darker) / n);
            }
        }
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int trow = (y / s) * bw;
            for (int x = 0; x < w; x++) {
                dark[y * w + x] = (g.px[y * w + x] & 0xff) < threshold[trow + x / s];
            }
        }
        return new Binary(w, h, dark);
    }

    boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && dark[y * width + x];
    }

    /** Dark pixels within a rectangle (clipped). */
    int count(int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark[y * width + x]) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The same pixels with rows and columns swapped, so that vertical lines can be found as horizontal ones. */
    Binary transposed() {
        boolean[] t = new boolean[dark.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                t[x * height + y] = dark[y * width + x];
            }
        }
        return new Binary(height, width, t);
    }

    /**
     * The ink on the sheet of paper only, where a photo shows the sheet on a darker desk (whose grain the
     * threshold takes for ink): per pixel row, what lies outside the sheet's bright run (inset by
     * {@code margin}) is cleared. This binary itself where the page's border is not dark (a scan: paper to
     * the edge).
     */
    Binary onSheet(Gray g, int margin) {
        int border = Math.max(4, Math.min(width, height) / 50);
        long sum = 0;
        int n = 0;
        int[] hist = new int[256];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = g.px[y * width + x] & 0xff;
                hist[v]++;
                if (x < border || y < border || x >= width - border || y >= height - border) {
                    sum += v;
                    n++;
                }
            }
        }
        int paper = percentile(hist, width * height, 0.75);
        double edge = (double) sum / Math.max(1, n);
        if (edge > 0.7 * paper) {
            return this;
        }
        int bright = (int) ((edge + paper) / 2);
        int run = Math.max(8, margin);
        boolean[] out = new boolean[dark.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int left = -1;
            int right = -1;
            int count = 0;
            for (int x = 0; x < width; x++) {
                count = (g.px[row + x] & 0xff) > bright ? count + 1 : 0;
                if (count >= run) {
                    if (left < 0) {
                        left = x - run + 1;
                    }
                    right = x;
                }
            }
            if (left < 0) {
                continue;
            }
            for (int x = left + margin; x <= right - margin; x++) {
                out[row + x] = dark[row + x];
            }
        }
        return new Binary(width, height, out);
    }

    private static int percentile(int[] hist, int total, double share) {
        long seen = 0;
        for (int v = 0; v < hist.length; v++) {
            seen += hist[v];
            if (seen >= share * total) {
                return v;
            }
        }
        return 255;
    }
}
