package org.xxgk.pdf.write;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.LayoutCell.Role;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.CellValue;

/**
 * An official table measured for the page at one type size: column widths that fill the width given,
 * each cell's text broken into lines, row heights that hold them. Drawn as a ruled grid (every cell its
 * own rectangle, merged cells one rectangle), headings centred, labels left, numbers right. Rows are
 * drawn in runs so that a long table continues on the next page, between rows that no merged cell joins,
 * with its heading rows repeated.
 */
final class TableBox {

    static final float PAD_X = 3f;
    static final float PAD_Y = 2.5f;
    static final float LEADING = 1.3f;
    /** Headings up to this length stay on one line (表三's 社会公益组织), as in the HTML writer. */
    private static final int NOWRAP_HEADING = 8;
    /** The widest a one-row label asks for, in characters, before it wraps. */
    private static final int LABEL_CHARACTERS = 18;
    /** A tall label narrower than this many characters is set as the official tables set it: down the column. */
    private static final int NARROW_LABEL = 4;

    private final TableLayout layout;
    private final float size;
    private final Typeset type;
    private final float[] widths;
    private final float[] heights;
    private final Map<LayoutCell, String> texts;
    private final Map<LayoutCell, List<String>> lines = new HashMap<>();

    private TableBox(TableLayout layout, float size, Typeset type, float[] widths, Map<LayoutCell, String> texts) {
        this.layout = layout;
        this.size = size;
        this.type = type;
        this.widths = widths;
        this.texts = texts;
        Lines.Measure m = type.at(size);
        for (LayoutCell c : layout.cells()) {
            lines.put(c, Lines.wrap(texts.get(c), span(widths, c.column(), c.colSpan()) - 2 * PAD_X, m));
        }
        this.heights = heights();
    }

    /**
     * The table at a size in a width, or empty when its narrowest columns do not fit.
     *
     * @param values the report's values by code; a code without a value is an empty cell
     */
    static Optional<TableBox> fit(TableLayout layout, Map<String, CellValue> values, Typeset type, float size, float width) {
        Map<LayoutCell, String> texts = new HashMap<>();
        for (LayoutCell c : layout.cells()) {
            texts.put(c, text(c, values));
        }
        Lines.Measure m = type.at(size);
        float[] min = new float[layout.width()];
        float[] want = new float[layout.width()];
        float em = m.width("表");
        for (LayoutCell c : layout.cells()) {
            if (c.colSpan() == 1) {
                String t = texts.get(c);
                min[c.column()] = Math.max(min[c.column()], narrowest(c, t, m) + 2 * PAD_X);
                want[c.column()] = Math.max(want[c.column()], wanted(c, t, m, em) + 2 * PAD_X);
            }
        }
        // Value columns as wide as one another, as the official tables print them, where there is room.
        boolean[] valueColumn = new boolean[layout.width()];
        boolean[] down = new boolean[layout.width()];
        float widestValue = 0;
        for (LayoutCell c : layout.cells()) {
            if (c.role() == Role.VALUE && c.colSpan() == 1) {
                valueColumn[c.column()] = true;
                widestValue = Math.max(widestValue, want[c.column()]);
            }
            if (c.role() == Role.LABEL && c.colSpan() == 1 && c.rowSpan() > 1 && downTheColumn(texts.get(c), c.rowSpan())) {
                down[c.column()] = true;
            }
        }
        float[] even = new float[want.length];
        for (int i = 0; i < want.length; i++) {
            want[i] = Math.max(want[i], min[i]);
            even[i] = Math.max(valueColumn[i] ? widestValue : want[i], min[i]);
        }
        if (sum(even) <= width) {
            want = even;
        }
        for (LayoutCell c : layout.cells()) {
            if (c.colSpan() > 1) {
                widen(c, texts.get(c), m, em, min, want);
            }
        }
        float sumMin = sum(min);
        if (sumMin > width) {
            return Optional.empty();
        }
        return Optional.of(new TableBox(layout, size, type, spread(min, want, down, width), texts));
    }

    private static String text(LayoutCell c, Map<String, CellValue> values) {
        if (c.code() == null) {
            return c.text();
        }
        CellValue v = values.get(c.code());
        return v == null ? "" : v.number().stripTrailingZeros().toPlainString();
    }

    private static float narrowest(LayoutCell c, String t, Lines.Measure m) {
        if (c.role() == Role.VALUE || c.role() == Role.HEADER && t.length() <= NOWRAP_HEADING) {
            return m.width(t);
        }
        return Lines.widestPiece(t, m);
    }

    private static float wanted(LayoutCell c, String t, Lines.Measure m, float em) {
        return switch (c.role()) {
            case VALUE -> Math.max(m.width(t), m.width("00000"));
            case HEADER -> t.length() <= NOWRAP_HEADING ? m.width(t) : Math.min(m.width(t), NOWRAP_HEADING * em);
            case LABEL -> c.rowSpan() == 1 ? Math.min(m.width(t), LABEL_CHARACTERS * em) : tall(t, c.rowSpan(), m, em);
            case BLOCK, UNIT -> m.width(t);
        };
    }

    /** A label over several rows: down the column when the rows can hold it so, else a few characters wide. */
    private static float tall(String t, int rows, Lines.Measure m, float em) {
        if (downTheColumn(t, rows)) {
            return Lines.widestPiece(t, m);
        }
        return Math.max(NARROW_LABEL * em, m.width(t) / rows);
    }

    private static boolean downTheColumn(String t, int rows) {
        return t.codePointCount(0, t.length()) <= 2 * rows;
    }

    /** A merged cell whose heading must fit on one line, or whose label wants its width, widens its columns. */
    private static void widen(LayoutCell c, String t, Lines.Measure m, float em, float[] min, float[] want) {
        boolean oneLine = c.role() == Role.HEADER && t.length() <= NOWRAP_HEADING;
        float need = (c.role() == Role.LABEL ? Math.min(m.width(t), LABEL_CHARACTERS * em) : m.width(t)) + 2 * PAD_X;
        if (!oneLine && c.role() != Role.LABEL) {
            return;
        }
        float missing = need - span(want, c.column(), c.colSpan());
        if (missing <= 0) {
            return;
        }
        if (c.role() == Role.LABEL) {
            want[c.column() + c.colSpan() - 1] += missing;
            return;
        }
        for (int i = c.column(); i < c.column() + c.colSpan(); i++) {
            want[i] += missing / c.colSpan();
            min[i] += missing / c.colSpan();
        }
    }

    /**
     * Widths between the narrowest and the wanted ones that add up to the width; extra width goes to every
     * column but those of labels set down the column.
     */
    private static float[] spread(float[] min, float[] want, boolean[] down, float width) {
        float[] w = new float[min.length];
        float sumWant = sum(want);
        float sumMin = sum(min);
        if (sumWant >= width) {
            float k = sumWant == sumMin ? 0 : (width - sumMin) / (sumWant - sumMin);
            for (int i = 0; i < w.length; i++) {
                w[i] = min[i] + (want[i] - min[i]) * k;
            }
            return w;
        }
        float growable = 0;
        for (int i = 0; i < w.length; i++) {
            growable += down[i] ? 0 : want[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = want[i] + (growable == 0 ? (width - sumWant) / w.length : down[i] ? 0 : (width - sumWant) * want[i] / growable);
        }
        return w;
    }

    private float[] heights() {
        float line = size * LEADING;
        float[] h = new float[layout.height()];
        java.util.Arrays.fill(h, line + 2 * PAD_Y);
        List<LayoutCell> bySpan = layout.cells().stream().sorted(java.util.Comparator.comparingInt(LayoutCell::rowSpan)).toList();
        for (LayoutCell c : bySpan) {
            float need = lines.get(c).size() * line + 2 * PAD_Y;
            float missing = need - span(h, c.row(), c.rowSpan());
            if (missing > 0) {
                h[c.row() + c.rowSpan() - 1] += missing;
            }
        }
        return h;
    }

    float size() {
        return size;
    }

    float width() {
        return sum(widths);
    }

    /** The height of the heading rows, repeated at the top of each continuation. */
    float headerHeight() {
        return span(heights, 0, layout.headerRows());
    }

    int headerRows() {
        return layout.headerRows();
    }

    int rows() {
        return layout.height();
    }

    /** The height of rows {@code from} (inclusive) to {@code to} (exclusive). */
    float height(int from, int to) {
        return span(heights, from, to - from);
    }

    /** True when a page may end before row {@code r}: no merged cell reaches over that edge. */
    boolean breakableBefore(int r) {
        return layout.cells().stream().noneMatch(c -> c.row() < r && r < c.row() + c.rowSpan());
    }

    /** The tallest run of rows that no page break may cut, with the heading rows above it. */
    float tallestRun() {
        float tallest = 0;
        int start = layout.headerRows();
        for (int r = start + 1; r <= rows(); r++) {
            if (r == rows() || breakableBefore(r)) {
                tallest = Math.max(tallest, height(start, r));
                start = r;
            }
        }
        return tallest + headerHeight();
    }

    /**
     * Draws the heading rows (when {@code withHeader}) and rows {@code from} to {@code to} below one another,
     * the top left corner at (x, top).
     */
    void draw(PDPageContentStream cs, float x, float top, boolean withHeader, int from, int to) throws IOException {
        // Every edge at one coordinate, computed once: cells that share an edge must draw it at exactly the
        // same place, or a reader that finds cells from line crossings sees two lines a hair apart.
        float[] xs = new float[widths.length + 1];
        for (int i = 0; i <= widths.length; i++) {
            xs[i] = snap(x + span(widths, 0, i));
        }
        float[] ys = new float[rows() + 1];
        boolean[] drawn = new boolean[rows()];
        float at = top;
        if (withHeader) {
            for (int r = 0; r < layout.headerRows(); r++) {
                ys[r] = snap(at);
                drawn[r] = true;
                at -= heights[r];
            }
            ys[layout.headerRows()] = snap(at);
        }
        for (int r = from; r < to; r++) {
            ys[r] = snap(at);
            drawn[r] = true;
            at -= heights[r];
        }
        ys[to] = snap(at);
        cs.setLineWidth(0.6f);
        for (LayoutCell c : layout.cells()) {
            if (drawn[c.row()]) {
                float bottom = ys[c.row() + c.rowSpan()];
                cell(cs, c, xs[c.column()], xs[c.column() + c.colSpan()], ys[c.row()], bottom);
            }
        }
    }

    private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
    }

    private static float snap(float v) {
        return Math.round(v * 100) / 100f;
    }

    private void cell(PDPageContentStream cs, LayoutCell c, float left, float right, float top, float bottom) throws IOException {
        float w = right - left;
        float h = top - bottom;
        // Four separate lines, each drawn left to right or top to bottom: tabula's crossing test lengthens a
        // line at its ends in that direction only, so the outer edges of a closed rectangle path (drawn the
        // other way round) would lose the table's right-hand corner cells.
        line(cs, left, top, right, top);
        line(cs, left, bottom, right, bottom);
        line(cs, left, top, left, bottom);
        line(cs, right, top, right, bottom);
        cs.stroke();
        List<String> ls = lines.get(c);
        float line = size * LEADING;
        float baseline = top - (h - ls.size() * line) / 2 - (line - size) / 2 - size * 0.86f;
        for (String l : ls) {
            if (!l.isEmpty()) {
                float tw = type.width(l, size);
                float tx = switch (align(c)) {
                    case 'l' -> left + PAD_X;
                    case 'r' -> left + w - PAD_X - tw;
                    default -> left + (w - tw) / 2;
                };
                cs.beginText();
                cs.setFont(type.font, size);
                cs.newLineAtOffset(tx, baseline);
                cs.showText(l);
                cs.endText();
            }
            baseline -= line;
        }
    }

    private static char align(LayoutCell c) {
        return switch (c.role()) {
            case VALUE -> 'r';
            case LABEL -> c.rowSpan() > 1 ? 'c' : 'l';
            default -> 'c';
        };
    }

    private static float span(float[] a, int from, int n) {
        float s = 0;
        for (int i = from; i < from + n && i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    private static float sum(float[] a) {
        return span(a, 0, a.length);
    }
}
