package org.xxgk.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a page's tables, found in its ink: runs of dark pixels far longer than any stroke
 * of a character, linked from one pixel row to the next into lines, each fitted as a straight line so
 * that a page photographed at a slant (lines not quite level) still gives each line one position.
 */
final class Rulings {

    /**
     * A ruling line. For a horizontal line {@code pos(u) = a + b·u} is its y at x = u, and it runs from
     * {@code from} to {@code to} in x; a vertical line is the same with x and y swapped.
     *
     * @param a         position at u = 0
     * @param b         slope
     * @param from      where it starts along its length
     * @param to        where it ends
     * @param thickness pixels across, about
     */
    record Line(double a, double b, int from, int to, double thickness) {
        double at(double u) {
            return a + b * u;
        }

        int length() {
            return to - from;
        }
    }

    /** Gaps this long (pixels) inside a run of ink do not end it: a line broken by noise or compression. */
    private static final int GAP = 2;

    private Rulings() {
    }

    /** Horizontal lines at least {@code minRun} pixels long on some pixel row and {@code minLength} in all. */
    static List<Line> horizontal(Binary b, int minRun, int minLength) {
        List<Piece> pieces = pieces(b, minRun);
        List<Line> lines = link(pieces);
        lines = merge(lines, minRun);
        return lines.stream().filter(l -> l.length() >= minLength).toList();
    }

    /** Vertical lines: the horizontal lines of the transposed page. */
    static List<Line> vertical(Binary transposed, int minRun, int minLength) {
        return horizontal(transposed, minRun, minLength);
    }

    /** A run of ink on one pixel row. */
    private record Piece(int y, int x0, int x1) {
    }

    private static List<Piece> pieces(Binary b, int minRun) {
        List<Piece> out = new ArrayList<>();
        for (int y = 0; y < b.height; y++) {
            int row = y * b.width;
            int x = 0;
            while (x < b.width) {
                if (!b.dark[row + x]) {
                    x++;
                    continue;
                }
                int start = x;
                int last = x;
                while (x < b.width && x - last <= GAP) {
                    if (b.dark[row + x]) {
                        last = x;
                    }
                    x++;
                }
                if (last - start + 1 >= minRun) {
                    out.add(new Piece(y, start, last + 1));
                }
                x = last + 1;
            }
        }
        return out;
    }

    /** Pieces on neighbouring rows that overlap belong to one line (a thick or slanting line spans rows). */
    private static List<Line> link(List<Piece> pieces) {
        List<List<Piece>> groups = new ArrayList<>();
        List<List<Piece>> active = new ArrayList<>();
        List<Integer> lastRow = new ArrayList<>();
        for (Piece p : pieces) {
            for (int i = active.size() - 1; i >= 0; i--) {
                if (p.y - lastRow.get(i) > 2) {
                    active.remove(i);
                    lastRow.remove(i);
                }
            }
            int found = -1;
            for (int i = active.size() - 1; i >= 0 && found < 0; i--) {
                if (overlaps(active.get(i), p, lastRow.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                List<Piece> g = new ArrayList<>();
                g.add(p);
                groups.add(g);
                active.add(g);
                lastRow.add(p.y);
            } else {
                active.get(found).add(p);
                lastRow.set(found, p.y);
            }
        }
        return groups.stream().map(Rulings::fit).toList();
    }

    private static boolean overlaps(List<Piece> group, Piece p, int lastRow) {
        for (int i = group.size() - 1; i >= 0 && group.get(i).y >= lastRow - 2; i--) {
            Piece q = group.get(i);
            if (q.x0 < p.x1 && p.x0 < q.x1) {
                return true;
            }
        }
        return false;
    }

    /** Least squares of the pieces' middles, each weighted by its length. */
    private static Line fit(List<Piece> g) {
        double sw = 0;
        double su = 0;
        double sv = 0;
        double suu = 0;
        double suv = 0;
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        long ink = 0;
        for (Piece p : g) {
            double w = p.x1 - p.x0;
            double u = (p.x0 + p.x1) / 2.0;
            sw += w;
            su += w * u;
            sv += w * p.y;
            suu += w * u * u;
            suv += w * u * p.y;
            from = Math.min(from, p.x0);
            to = Math.max(to, p.x1);
            ink += p.x1 - p.x0;
        }
        double mu = su / sw;
        double mv = sv / sw;
        double var = suu / sw - mu * mu;
        double slope = var < 1e-6 ? 0 : (suv / sw - mu * mv) / var;
        // A line that is only a few pieces long says little about its slope; a steep fit is noise.
        if (Math.abs(slope) > 0.05) {
            slope = 0;
        }
        return new Line(mv - slope * mu, slope, from, to, (double) ink / Math.max(1, to - from));
    }

    /** Lines on one course broken by a gap (noise, a seal's edge, compression) joined into one. */
    private static List<Line> merge(List<Line> lines, int maxGap) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((Line l) -> l.at((l.from + l.to) / 2.0)));
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Line p = sorted.get(i);
                    Line q = sorted.get(j);
                    double gap = Math.max(p.from, q.from) - Math.min(p.to, q.to);
                    double mid = (Math.max(p.from, q.from) + Math.min(p.to, q.to)) / 2.0;
                    double apart = Math.abs(p.at(mid) - q.at(mid));
                    if (apart > 4 + Math.max(p.thickness, q.thickness)) {
                        if (q.at(mid) - p.at(mid) > 50) {
                            break;
                        }
                        continue;
                    }
                    if (gap <= maxGap) {
                        sorted.set(i, joined(p, q));
                        sorted.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return sorted;
    }

    private static Line joined(Line p, Line q) {
        double wp = p.length();
        double wq = q.length();
        double slope = (p.b * wp + q.b * wq) / (wp + wq);
        int from = Math.min(p.from, q.from);
        int to = Math.max(p.to, q.to);
        // Keep each line's own position at its middle, the longer line weighing more.
        double mp = (p.from + p.to) / 2.0;
        double mq = (q.from + q.to) / 2.0;
        double mu = (mp * wp + mq * wq) / (wp + wq);
        double mv = (p.at(mp) * wp + q.at(mq) * wq) / (wp + wq);
        return new Line(mv - slope * mu, slope, from, to, (p.thickness * wp + q.thickness * wq) / (wp + wq));
    }
}
