package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import technology.tabula.Ruling;

/**
 * Closes a table that a page break left open. WPS draws each row's top edge and only the table's last
 * row its bottom edge, so when a table runs on over a page break the row at the foot of the page has
 * its side lines but no line under it (and a continued table may likewise start without a line above
 * its first row): the lattice algorithm finds no cell there and the row is lost. Where two or more
 * vertical lines end at the same height with no horizontal line there, the missing edge is drawn
 * between them.
 */
final class OpenEdges {

    /** How far (points) the end of a line may be from the line it meets: borders drawn a hair apart. */
    private static final float MEET = 2.5f;
    /** Fewer vertical lines than this ending together are not a table's edge (a lone rule, a bracket). */
    private static final int MIN_LINES = 2;

    private OpenEdges() {
    }

    /** The rulings with a horizontal line added under (or over) each group of vertical lines left open. */
    static List<Ruling> close(List<Ruling> rulings) {
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal()) {
                horizontal.add(r);
            } else if (r.vertical()) {
                vertical.add(r);
            }
        }
        if (vertical.size() < MIN_LINES || horizontal.isEmpty()) {
            return rulings;
        }
        horizontal.sort(Comparator.comparingDouble(Ruling::getPosition));
        List<float[]> open = new ArrayList<>(); // {y, x}
        for (Ruling v : vertical) {
            if (!met(horizontal, v.getLeft(), v.getBottom())) {
                open.add(new float[] {v.getBottom(), v.getLeft()});
            }
            if (!met(horizontal, v.getLeft(), v.getTop())) {
                open.add(new float[] {v.getTop(), v.getLeft()});
            }
        }
        if (open.size() < MIN_LINES) {
            return rulings;
        }
        List<Ruling> out = new ArrayList<>(rulings);
        out.addAll(edges(open));
        return out;
    }

    /** Whether a horizontal line passes through the point, give or take {@link #MEET}. */
    private static boolean met(List<Ruling> horizontal, float x, float y) {
        int i = firstAtOrAbove(horizontal, y - MEET);
        for (; i < horizontal.size() && horizontal.get(i).getPosition() <= y + MEET; i++) {
            Ruling h = horizontal.get(i);
            if (h.getLeft() - MEET <= x && x <= h.getRight() + MEET) {
                return true;
            }
        }
        return false;
    }

    private static int firstAtOrAbove(List<Ruling> sorted, float y) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).getPosition() < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One horizontal line through each group of open ends at the same height, from the leftmost to the rightmost. */
    private static List<Ruling> edges(List<float[]> open) {
        open.sort(Comparator.comparingDouble((float[] p) -> p[0]));
        List<Ruling> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= open.size(); i++) {
            if (i == open.size() || open.get(i)[0] - open.get(i - 1)[0] > MEET) {
                if (i - start >= MIN_LINES) {
                    out.add(edge(open.subList(start, i)));
                }
                start = i;
            }
        }
        return out;
    }

    private static Ruling edge(List<float[]> group) {
        float y = 0;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (float[] p : group) {
            y += p[0];
            left = Math.min(left, p[1]);
            right = Math.max(right, p[1]);
        }
        y /= group.size();
        return new Ruling(new java.awt.geom.Point2D.Float(left, y), new java.awt.geom.Point2D.Float(right, y));
    }
}
