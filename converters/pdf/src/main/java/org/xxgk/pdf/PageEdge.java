package org.xxgk.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * A table wider than the page. A web page printed to PDF keeps the lines of a table that runs past the
 * paper's right margin but clips them there, and the browser leaves the text beyond the margin out of the
 * file; a generator may instead place the text outside the crop box, where it is still in the file. The
 * lines beyond the visible edge are kept ({@link PathRecorder}), so the cells past the edge are found
 * where the table draws them; when the file holds no character of the table beyond the edge, those cells
 * are flagged {@code CUT} and stay unread (the recognizer names their columns in an error), except a cell
 * the edge crosses whose text stands whole and clear of the edge (a number centred in a wide merged cell).
 * When it does hold characters there, the whole table is read as drawn.
 */
final class PageEdge {

    /**
     * The lines drawn right of a page's visible area.
     *
     * @param edge    the visible area's right edge (the clip or crop box), in the page's coordinates
     * @param rulings the parts of the lines right of it
     */
    record Beyond(double edge, List<Ruling> rulings) {
        Beyond {
            rulings = List.copyOf(rulings);
        }
    }

    /** A cell reaching less than this past the edge is inside it (a border drawn on the edge). */
    private static final double TOLERANCE = 1.0;
    /** A table's lines run on past the edge when they reach this far beyond it (a border's overshoot does not). */
    private static final double RUNS_ON = 3.0;
    /** Horizontal lines this close are one border (drawn double, a hair apart). */
    private static final double JOIN = 2.0;

    private PageEdge() {
    }

    /**
     * The page's rulings for finding cells: with those beyond its visible edge when the file holds text
     * there (the table is read whole), otherwise with a line drawn down the edge wherever a table's
     * horizontal lines run on past it, so that the cells the edge crosses close there.
     */
    static List<Ruling> rulings(ScannedPage p) {
        if (p.beyond() == null) {
            return p.rulings();
        }
        List<Ruling> all = new ArrayList<>(p.rulings());
        if (holdsTextBeyond(p)) {
            all.addAll(p.beyond().rulings());
        } else {
            all.addAll(closing(p));
        }
        return all;
    }

    /** True when some character of the page stands beyond its visible edge: the file holds what is not shown. */
    static boolean holdsTextBeyond(ScannedPage p) {
        double edge = p.beyond().edge();
        return p.chars().stream().anyMatch(e -> !e.getText().isBlank() && e.getCenterX() > edge + TOLERANCE);
    }

    /**
     * Lines down the edge, one per table that runs past it: the heights where horizontal lines go on past
     * the edge, grouped while a vertical line of the page joins one to the next.
     */
    private static List<Ruling> closing(ScannedPage p) {
        double edge = p.beyond().edge();
        double[] ys = p.beyond().rulings().stream().filter(Ruling::horizontal)
                .filter(r -> r.getLeft() <= edge + TOLERANCE && r.getRight() > edge + RUNS_ON)
                .mapToDouble(Ruling::getTop).sorted().toArray();
        List<Ruling> verticals = p.rulings().stream().filter(Ruling::vertical).toList();
        List<Ruling> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= ys.length; i++) {
            if (i == ys.length || !joined(ys[i - 1], ys[i], verticals)) {
                if (ys[i - 1] - ys[from] > TOLERANCE && !closedAt(edge, ys[from], ys[i - 1], verticals)) {
                    out.add(new Ruling(new Point2D.Double(edge, ys[from]), new Point2D.Double(edge, ys[i - 1])));
                }
                from = i;
            }
        }
        return out;
    }

    /** True when the table draws its own vertical line on the edge there: it ends at the edge, lines overshooting it. */
    private static boolean closedAt(double edge, double top, double bottom, List<Ruling> verticals) {
        return verticals.stream().anyMatch(v -> Math.abs(v.getLeft() - edge) <= TOLERANCE
                && v.getTop() < bottom - TOLERANCE && v.getBottom() > top + TOLERANCE);
    }

    private static boolean joined(double a, double b, List<Ruling> verticals) {
        if (b - a <= JOIN) {
            return true;
        }
        return verticals.stream().anyMatch(v -> v.getTop() <= a + JOIN && v.getBottom() >= b - JOIN);
    }

    /**
     * Which of a table's cells the page's edge cut off with their content: when the table's lines run on past
     * the edge, the cells that reach the edge, except those whose text stands whole and clear of it.
     *
     * @param edge the table's {@link #cutEdge}
     * @return for each cell, whether it is cut; all false when the table does not reach the edge
     */
    static boolean[] cut(double edge, List<Rectangle2D> bounds, List<List<TextElement>> inCell) {
        boolean[] cut = new boolean[bounds.size()];
        if (Double.isNaN(edge)) {
            return cut;
        }
        for (int i = 0; i < bounds.size(); i++) {
            cut[i] = bounds.get(i).getMaxX() >= edge - TOLERANCE && !wholeBeforeEdge(inCell.get(i), edge);
        }
        return cut;
    }

    /**
     * The visible edge when a table's lines run on past it and the file holds nothing beyond it (its rows
     * go on past the page by an unknown number of columns), otherwise {@code NaN}.
     */
    static double cutEdge(ScannedPage p, List<Rectangle2D> bounds) {
        if (p.beyond() == null || holdsTextBeyond(p)) {
            return Double.NaN;
        }
        double top = bounds.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(0);
        double bottom = bounds.stream().mapToDouble(Rectangle2D::getMaxY).max().orElse(0);
        boolean runsOn = closing(p).stream().anyMatch(r -> r.getTop() < bottom - TOLERANCE && r.getBottom() > top + TOLERANCE);
        return runsOn ? p.beyond().edge() : Double.NaN;
    }

    /** Text that stops at least a character's width before the edge: nothing of it was cut. */
    private static boolean wholeBeforeEdge(List<TextElement> chars, double edge) {
        if (chars.stream().allMatch(e -> e.getText().isBlank())) {
            return false;
        }
        double right = chars.stream().mapToDouble(TextElement::getRight).max().orElse(edge);
        double width = chars.stream().mapToDouble(TextElement::getWidth).max().orElse(0);
        return right <= edge - width;
    }
}
