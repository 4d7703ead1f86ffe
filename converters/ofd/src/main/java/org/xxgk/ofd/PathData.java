package org.xxgk.ofd;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A path object's outline ({@code AbbreviatedData}; GB/T 33190-2016, 9.3.2) as its straight segments in
 * the object's own coordinates, and whether it has curves. Commands: {@code S} or {@code M} x y (start a
 * subpath), {@code L} x y (line), {@code Q} x1 y1 x y, {@code B} x1 y1 x2 y2 x y (Bézier curves),
 * {@code A} rx ry angle large sweep x y (arc), {@code C} (close). As in the PDF reader, a path with
 * curves gives no table lines (a glyph outline, a seal, a rounded box).
 *
 * @param segments straight segments, each {x1, y1, x2, y2}
 * @param curved   true when the outline has a curve or an arc
 */
record PathData(List<double[]> segments, boolean curved) {

    /** Coordinates a command takes. */
    private static int arity(String command) {
        return switch (command) {
            case "S", "M", "L" -> 2;
            case "Q" -> 4;
            case "B" -> 6;
            case "A" -> 7;
            case "C" -> 0;
            default -> -1;
        };
    }

    /** @throws NumberFormatException when the data is not a sequence of commands with their numbers */
    static PathData parse(String data) {
        List<double[]> segments = new ArrayList<>();
        boolean curved = false;
        if (data == null || data.isBlank()) {
            return new PathData(segments, false);
        }
        String[] tokens = data.strip().split("\\s+");
        Point2D.Double start = null;
        Point2D.Double current = null;
        int i = 0;
        while (i < tokens.length) {
            String command = tokens[i];
            int arity = arity(command);
            if (arity < 0) {
                throw new NumberFormatException("path command " + command);
            }
            double[] v = numbers(tokens, i + 1, arity);
            i += 1 + arity;
            Point2D.Double end = arity >= 2 ? new Point2D.Double(v[arity - 2], v[arity - 1]) : start;
            switch (command) {
                case "S", "M" -> start = end;
                case "L" -> line(segments, current, end);
                case "Q", "B", "A" -> curved = true;
                case "C" -> line(segments, current, start);
                default -> throw new NumberFormatException(command);
            }
            current = end;
        }
        return new PathData(segments, curved);
    }

    private static void line(List<double[]> segments, Point2D.Double from, Point2D.Double to) {
        if (from != null && to != null) {
            segments.add(new double[] {from.x, from.y, to.x, to.y});
        }
    }

    private static double[] numbers(String[] tokens, int from, int count) {
        if (from + count > tokens.length) {
            throw new NumberFormatException("path data ends early");
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            v[k] = Double.parseDouble(tokens[from + k]);
            if (!Double.isFinite(v[k])) {
                throw new NumberFormatException(tokens[from + k]);
            }
        }
        return v;
    }
}
