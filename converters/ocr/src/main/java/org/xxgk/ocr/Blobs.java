package org.xxgk.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ink inside one cell as connected marks (8-connected), without specks of noise and without what
 * is left of the cell's own lines at its edges. Tells whether a cell is empty, how many lines of text
 * it has, and whether its marks have the shape of digits.
 */
final class Blobs {

    /** One connected mark: its bounding box (exclusive ends) and how many pixels it has. */
    record Blob(int x0, int y0, int x1, int y1, int area) {
        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }
    }

    /** A line of text inside a cell: the marks whose heights overlap, left to right. */
    record TextLine(int y0, int y1, List<Blob> blobs) {
        int height() {
            return y1 - y0;
        }
    }

    final List<Blob> blobs;
    final List<TextLine> lines;

    private Blobs(List<Blob> blobs) {
        this.blobs = blobs;
        this.lines = lines(blobs);
    }

    /**
     * The marks in a rectangle of the page.
     *
     * @param speck marks with fewer pixels than this are noise
     */
    static Blobs in(Binary page, int x0, int y0, int x1, int y1, int speck) {
        int w = Math.max(0, x1 - x0);
        int h = Math.max(0, y1 - y0);
        boolean[] seen = new boolean[w * h];
        List<Blob> out = new ArrayList<>();
        int[] stack = new int[Math.max(16, w * h)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (seen[y * w + x] || !page.at(x0 + x, y0 + y)) {
                    continue;
                }
                int top = 0;
                stack[top++] = y * w + x;
                seen[y * w + x] = true;
                int bx0 = x;
                int bx1 = x;
                int by0 = y;
                int by1 = y;
                int area = 0;
                while (top > 0) {
                    int p = stack[--top];
                    int px = p % w;
                    int py = p / w;
                    area++;
                    bx0 = Math.min(bx0, px);
                    bx1 = Math.max(bx1, px);
                    by0 = Math.min(by0, py);
                    by1 = Math.max(by1, py);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = px + dx;
                            int ny = py + dy;
                            if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx] && page.at(x0 + nx, y0 + ny)) {
                                seen[ny * w + nx] = true;
                                stack[top++] = ny * w + nx;
                            }
                        }
                    }
                }
                Blob b = new Blob(x0 + bx0, y0 + by0, x0 + bx1 + 1, y0 + by1 + 1, area);
                if (area >= speck && !lineRemnant(b, x0, y0, x1, y1)) {
                    out.add(b);
                }
            }
        }
        return new Blobs(out);
    }

    /** A long thin mark along the cell's edge is what is left of its ruling line, not ink inside it. */
    private static boolean lineRemnant(Blob b, int x0, int y0, int x1, int y1) {
        boolean touches = b.x0 == x0 || b.y0 == y0 || b.x1 == x1 || b.y1 == y1;
        boolean flat = b.width() > 4 * b.height() && b.width() > 0.5 * (x1 - x0);
        boolean tall = b.height() > 4 * b.width() && b.height() > 0.5 * (y1 - y0);
        return touches && (flat || tall);
    }

    boolean isEmpty() {
        return blobs.isEmpty();
    }

    /** The box around all marks: {x0, y0, x1, y1}. */
    int[] bounds() {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (Blob x : blobs) {
            b[0] = Math.min(b[0], x.x0);
            b[1] = Math.min(b[1], x.y0);
            b[2] = Math.max(b[2], x.x1);
            b[3] = Math.max(b[3], x.y1);
        }
        return b;
    }

    /**
     * Whether the marks look like a number: one line whose tall marks are all narrower than they are
     * high, as digits are (a Chinese character is about as wide as high, and many fall apart into
     * pieces of every size), with at most one small mark low on the line (a decimal point).
     */
    boolean digitShaped() {
        if (lines.size() != 1) {
            return false;
        }
        TextLine line = lines.get(0);
        int tallest = line.blobs().stream().mapToInt(Blob::height).max().orElse(0);
        int small = 0;
        for (Blob b : line.blobs()) {
            if (b.height() >= 0.55 * tallest) {
                if (b.width() > 0.85 * tallest || b.height() < 0.75 * tallest) {
                    return false;
                }
            } else if (++small > 1 || b.y0 < line.y0() + 0.5 * line.height() || b.width() > 0.4 * tallest) {
                return false;
            }
        }
        return line.blobs().size() <= 12;
    }

    /**
     * The tall marks of the first line (at least 0.55 of its tallest): in a printed number each is one digit
     * or more (digits may touch, a digit does not fall apart on a clean scan).
     */
    int strokes() {
        if (lines.isEmpty()) {
            return 0;
        }
        List<Blob> line = lines.get(0).blobs();
        int tallest = line.stream().mapToInt(Blob::height).max().orElse(0);
        return (int) line.stream().filter(b -> b.height() >= 0.55 * tallest).count();
    }

    /** Marks grouped into lines by their vertical extent. */
    private static List<TextLine> lines(List<Blob> blobs) {
        List<Blob> sorted = new ArrayList<>(blobs);
        sorted.sort(Comparator.comparingInt(Blob::y0));
        List<TextLine> out = new ArrayList<>();
        int y0 = 0;
        int y1 = -1;
        List<Blob> current = new ArrayList<>();
        for (Blob b : sorted) {
            // A mark belongs to the line when it overlaps it by half its own height.
            if (!current.isEmpty() && Math.min(y1, b.y1) - Math.max(y0, b.y0) < 0.5 * Math.min(b.height(), y1 - y0)) {
                out.add(line(y0, y1, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                y0 = b.y0;
                y1 = b.y1;
            } else {
                y0 = Math.min(y0, b.y0);
                y1 = Math.max(y1, b.y1);
            }
            current.add(b);
        }
        if (!current.isEmpty()) {
            out.add(line(y0, y1, current));
        }
        return out;
    }

    private static TextLine line(int y0, int y1, List<Blob> blobs) {
        List<Blob> sorted = new ArrayList<>(blobs);
        sorted.sort(Comparator.comparingInt(Blob::x0));
        return new TextLine(y0, y1, List.copyOf(sorted));
    }
}
