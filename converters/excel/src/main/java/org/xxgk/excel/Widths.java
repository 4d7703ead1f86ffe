package org.xxgk.excel;

import java.util.Comparator;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.TableLayout;

/**
 * Column widths that fit the labels and row heights that fit the wrapped text, computed from the layout,
 * since a spreadsheet does not size merged cells by itself. Widths are in characters of the workbook's
 * default font (a Chinese character counts two), heights in points.
 */
final class Widths {

    static final double MIN_VALUE = 8;
    static final double MIN_LABEL = 6;
    static final double MAX = 30;
    static final double ONE_LINE = 20;
    /** Lines a label may wrap into, per row it spans, before its column grows. */
    static final int LINES_PER_ROW = 2;
    static final double LINE_POINTS = 14;
    static final double MIN_ROW_POINTS = 20;

    private Widths() {
    }

    /** The width of each column of the layout. */
    static double[] columns(TableLayout layout) {
        double[] w = new double[layout.width()];
        for (int c = 0; c < w.length; c++) {
            w[c] = MIN_LABEL;
        }
        layout.cells().stream().filter(c -> c.role() == LayoutCell.Role.VALUE)
                .forEach(c -> w[c.column()] = Math.max(w[c.column()], MIN_VALUE));
        layout.cells().stream().filter(c -> !c.text().isEmpty())
                .sorted(Comparator.comparingInt(LayoutCell::colSpan))
                .forEach(c -> widen(w, c));
        return w;
    }

    /**
     * A heading spanning rows (三、本年度办理结果) and a column heading wrap; a row label stays on one line
     * up to {@link #ONE_LINE} characters, longer ones wrap up to {@link #MAX}.
     */
    private static void widen(double[] w, LayoutCell c) {
        int units = units(c.text());
        boolean wraps = c.rowSpan() > 1 || c.role() == LayoutCell.Role.HEADER || units + 1 > ONE_LINE;
        double need = wraps ? Math.ceil(units / (double) (c.rowSpan() * LINES_PER_ROW)) + 1 : units + 1;
        need = Math.min(MAX, need);
        double have = 0;
        for (int i = c.column(); i < c.column() + c.colSpan(); i++) {
            have += w[i];
        }
        if (have < need) {
            w[c.column() + c.colSpan() - 1] += need - have;
        }
    }

    /** The height of each row of the layout, so that wrapped labels show whole. */
    static double[] rows(TableLayout layout, double[] widths) {
        double[] h = new double[layout.height()];
        java.util.Arrays.fill(h, MIN_ROW_POINTS);
        for (LayoutCell c : layout.cells()) {
            double width = -1;
            for (int i = c.column(); i < c.column() + c.colSpan(); i++) {
                width += widths[i];
            }
            double perRow = lines(c.text(), width) * LINE_POINTS / c.rowSpan() + 6;
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                h[r] = Math.max(h[r], perRow);
            }
        }
        return h;
    }

    /** How many lines a text takes in a width. */
    static int lines(String text, double width) {
        return text.isEmpty() ? 1 : (int) Math.ceil(units(text) / Math.max(1, width));
    }

    /** A text's width in characters of the default font: a Chinese (full-width) character counts two. */
    static int units(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
