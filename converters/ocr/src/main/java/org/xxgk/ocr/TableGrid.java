package org.xxgk.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xxgk.ocr.Rulings.Line;

/**
 * One ruled table of a page image: the course of every row and column boundary, and the cells between
 * them, a merged cell where a boundary is missing. Found from the page's ruling lines: lines that cross
 * form one table, their courses are clustered into boundaries, and a boundary counts between two
 * crossings only where ink runs along it there.
 *
 * @param rows    the horizontal boundaries, top to bottom
 * @param columns the vertical boundaries, left to right
 * @param cells   the cells, in reading order (origins of merged cells only)
 */
record TableGrid(List<Boundary> rows, List<Boundary> columns, List<Box> cells) {

    /**
     * A row boundary {@code y = pos + slope·(x − centre)} or, for a column, {@code x = pos + slope·(y − centre)}.
     */
    record Boundary(double pos, double slope, double centre, double thickness, List<Line> lines) {
        double at(double u) {
            return pos + slope * (u - centre);
        }

        /** The share of the stretch from {@code u0} to {@code u1} along the boundary that its lines cover. */
        double covers(double u0, double u1) {
            double from = Math.min(u0, u1);
            double to = Math.max(u0, u1);
            List<double[]> spans = lines.stream().map(l -> new double[] {l.from() - 2.0, l.to() + 2.0})
                    .sorted(Comparator.comparingDouble(a -> a[0])).toList();
            double covered = 0;
            double at = from;
            for (double[] sp : spans) {
                double a = Math.max(at, sp[0]);
                double b = Math.min(to, sp[1]);
                if (b > a) {
                    covered += b - a;
                    at = b;
                }
            }
            return to - from <= 0 ? 1 : covered / (to - from);
        }
    }

    /**
     * A cell of the grid: its first row and column and its spans, and the pixel rectangle inside its
     * lines.
     */
    record Box(int row, int column, int rowSpan, int colSpan, int x0, int y0, int x1, int y1) {
        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }
    }

    /** Share of an edge that must be ink for the edge to be there. */
    private static final double EDGE_INK = 0.6;

    /** The tables of a page, top to bottom. */
    static List<TableGrid> find(List<Line> horizontal, List<Line> vertical, int dpi) {
        return find(horizontal, vertical, dpi, null);
    }

    /**
     * @param page the page's grey image, to follow a boundary where no line was found (a photo's faint line
     *             beside dense text), or {@code null}
     */
    static List<TableGrid> find(List<Line> horizontal, List<Line> vertical, int dpi, Gray page) {
        double touch = dpi * 0.06;
        int n = horizontal.size() + vertical.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < horizontal.size(); i++) {
            for (int j = 0; j < vertical.size(); j++) {
                if (cross(horizontal.get(i), vertical.get(j), touch)) {
                    union(parent, i, horizontal.size() + j);
                }
            }
        }
        List<TableGrid> tables = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Line> h = new ArrayList<>();
            List<Line> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    if (i < horizontal.size()) {
                        h.add(horizontal.get(i));
                    } else {
                        v.add(vertical.get(i - horizontal.size()));
                    }
                }
            }
            if (h.size() >= 2 && v.size() >= 2) {
                TableGrid t = of(h, v, dpi, page);
                if (t != null) {
                    tables.add(t);
                }
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.rows().get(0).pos()));
        return tables;
    }

    /** Whether a horizontal and a vertical line meet (or nearly: a line may stop short of its neighbour). */
    private static boolean cross(Line h, Line v, double touch) {
        double x = v.at(h.at((h.from() + h.to()) / 2.0));
        double y = h.at(x);
        return x >= h.from() - touch && x <= h.to() + touch && y >= v.from() - touch && y <= v.to() + touch;
    }

    private static TableGrid of(List<Line> h, List<Line> v, int dpi, Gray page) {
        double minX = h.stream().mapToInt(Line::from).min().orElse(0);
        double maxX = h.stream().mapToInt(Line::to).max().orElse(0);
        double minY = v.stream().mapToInt(Line::from).min().orElse(0);
        double maxY = v.stream().mapToInt(Line::to).max().orElse(0);
        if (maxX - minX < dpi * 1.0 || maxY - minY < dpi * 0.3) {
            return null;
        }
        double centreX = (minX + maxX) / 2;
        double centreY = (minY + maxY) / 2;
        List<Boundary> rows = boundaries(h, centreX, dpi * 0.05);
        List<Boundary> cols = boundaries(v, centreY, dpi * 0.05);
        if (rows.size() < 3 || cols.size() < 3) {
            return null; // a frame without cells: the paper's edge on a desk, a box around a heading
        }
        return new TableGrid(rows, cols, cells(rows, cols, page));
    }

    /** Lines whose courses lie within {@code snap} of each other at the table's centre are one boundary. */
    private static List<Boundary> boundaries(List<Line> lines, double centre, double snap) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(l -> l.at(centre)));
        List<Boundary> out = new ArrayList<>();
        List<Line> group = new ArrayList<>();
        for (Line l : sorted) {
            if (!group.isEmpty() && l.at(centre) - group.get(group.size() - 1).at(centre) > snap) {
                out.add(boundary(group, centre));
                group = new ArrayList<>();
            }
            group.add(l);
        }
        if (!group.isEmpty()) {
            out.add(boundary(group, centre));
        }
        return out;
    }

    private static Boundary boundary(List<Line> group, double centre) {
        double w = 0;
        double pos = 0;
        double slope = 0;
        double thick = 0;
        for (Line l : group) {
            double len = l.length();
            w += len;
            pos += len * l.at(centre);
            slope += len * l.b();
            thick += len * l.thickness();
        }
        return new Boundary(pos / w, slope / w, centre, thick / w, List.copyOf(group));
    }

    /** The crossing of a row boundary and a column boundary, as {x, y}. */
    static double[] corner(Boundary row, Boundary col) {
        // y = row.pos + row.slope (x − row.centre); x = col.pos + col.slope (y − col.centre)
        double y = row.at(col.pos());
        for (int i = 0; i < 3; i++) {
            double x = col.at(y);
            y = row.at(x);
        }
        return new double[] {col.at(y), y};
    }

    private static List<Box> cells(List<Boundary> rows, List<Boundary> cols, Gray page) {
        int nr = rows.size() - 1;
        int nc = cols.size() - 1;
        double[][][] corners = new double[nr + 1][nc + 1][];
        for (int i = 0; i <= nr; i++) {
            for (int j = 0; j <= nc; j++) {
                corners[i][j] = corner(rows.get(i), cols.get(j));
            }
        }
        int[] parent = new int[nr * nc];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (c + 1 < nc && !edge(cols.get(c + 1), corners[r][c + 1][1], corners[r + 1][c + 1][1])
                        && !traced(page, cols.get(c + 1), corners[r][c + 1][1], corners[r + 1][c + 1][1], false)) {
                    union(parent, r * nc + c, r * nc + c + 1);
                }
                if (r + 1 < nr && !edge(rows.get(r + 1), corners[r + 1][c][0], corners[r + 1][c + 1][0])
                        && !traced(page, rows.get(r + 1), corners[r + 1][c][0], corners[r + 1][c + 1][0], true)) {
                    union(parent, r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        int[] minR = new int[parent.length];
        int[] maxR = new int[parent.length];
        int[] minC = new int[parent.length];
        int[] maxC = new int[parent.length];
        java.util.Arrays.fill(minR, Integer.MAX_VALUE);
        java.util.Arrays.fill(minC, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxR, -1);
        java.util.Arrays.fill(maxC, -1);
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                int root = find(parent, r * nc + c);
                minR[root] = Math.min(minR[root], r);
                maxR[root] = Math.max(maxR[root], r);
                minC[root] = Math.min(minC[root], c);
                maxC[root] = Math.max(maxC[root], c);
            }
        }
        List<Box> out = new ArrayList<>();
        boolean[] taken = new boolean[nr * nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (taken[r * nc + c]) {
                    continue;
                }
                int root = find(parent, r * nc + c);
                int r1 = maxR[root];
                int c1 = maxC[root];
                // A region that is not a rectangle (a line broken at the wrong place): its part from here.
                for (int rr = r; rr <= r1; rr++) {
                    for (int cc = c; cc <= c1; cc++) {
                        if (taken[rr * nc + cc]) {
                            r1 = Math.min(r1, rr - 1);
                        }
                    }
                }
                r1 = Math.max(r1, r);
                for (int rr = r; rr <= r1; rr++) {
                    for (int cc = c; cc <= c1; cc++) {
                        taken[rr * nc + cc] = true;
                    }
                }
                out.add(box(r, c, r1, c1, corners, rows, cols));
            }
        }
        return out;
    }

    /** The rectangle inside a cell's lines: inside all four corners, the lines' own thickness left out. */
    private static Box box(int r0, int c0, int r1, int c1, double[][][] corners, List<Boundary> rows, List<Boundary> cols) {
        double[] tl = corners[r0][c0];
        double[] tr = corners[r0][c1 + 1];
        double[] bl = corners[r1 + 1][c0];
        double[] br = corners[r1 + 1][c1 + 1];
        double mx = Math.max(cols.get(c0).thickness(), cols.get(c1 + 1).thickness()) / 2 + 2;
        double my = Math.max(rows.get(r0).thickness(), rows.get(r1 + 1).thickness()) / 2 + 2;
        int x0 = (int) Math.ceil(Math.max(tl[0], bl[0]) + mx);
        int x1 = (int) Math.floor(Math.min(tr[0], br[0]) - mx);
        int y0 = (int) Math.ceil(Math.max(tl[1], tr[1]) + my);
        int y1 = (int) Math.floor(Math.min(bl[1], br[1]) - my);
        return new Box(r0, c0, r1 - r0 + 1, c1 - c0 + 1, x0, y0, Math.max(x0, x1), Math.max(y0, y1));
    }

    /**
     * Whether a boundary's lines run between two crossings (its ends, where the crossing lines are, left
     * out). The lines, not any ink: a character written across a boundary is not a line.
     */
    private static boolean edge(Boundary b, double from, double to) {
        double len = to - from;
        return b.covers(from + 0.15 * len, to - 0.15 * len) >= EDGE_INK;
    }

    /**
     * Whether a faint line runs along a boundary's course between two crossings where no line was found: at
     * nearly every point of the stretch (its ends left out), the course is darker than the paper on both
     * sides of it. A character across the boundary is dark on a side too; paper is dark nowhere.
     *
     * @param horizontal a row boundary (its course is y at x), else a column boundary (x at y)
     */
    static boolean traced(Gray page, Boundary b, double from, double to, boolean horizontal) {
        if (page == null) {
            return false;
        }
        double len = to - from;
        double half = Math.max(1, b.thickness() / 2) + 1;
        double side = half + 3;
        int samples = 0;
        int dark = 0;
        for (double u = from + 0.15 * len; u <= to - 0.15 * len; u += 1) {
            double p = b.at(u);
            int line = 255;
            for (double d = -half; d <= half; d += 0.5) {
                line = Math.min(line, sample(page, u, p + d, horizontal));
            }
            int before = Math.min(sample(page, u, p - side, horizontal), sample(page, u, p - side - 1, horizontal));
            int after = Math.min(sample(page, u, p + side, horizontal), sample(page, u, p + side + 1, horizontal));
            samples++;
            if (line < TRACE_DARKER * Math.min(before, after)) {
                dark++;
            }
        }
        return samples >= 8 && dark >= TRACE_SHARE * samples;
    }

    /** A traced line is darker than the paper beside it by this much, at this share of its points. */
    private static final double TRACE_DARKER = 0.9;
    private static final double TRACE_SHARE = 0.9;

    private static int sample(Gray page, double u, double v, boolean horizontal) {
        return horizontal ? page.sample(u, v) : page.sample(v, u);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
