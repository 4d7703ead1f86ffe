package org.xxgk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.ocr.CellReader.CellReading;

/**
 * Reads one page image: straightens it, finds its ruled tables and reads every cell (on the workers of
 * {@link Workers}), and reads the lines of text asked for (title, signature).
 */
final class PageReader {

    /**
     * What a page gave.
     *
     * @param grids    its tables, top to bottom, as positional grids; their rows are numbered from the top
     *                 of the page through all its tables, so that a row and column name one cell of the page
     * @param readings the cell readings by their place
     * @param head     the first lines of text above or outside the tables, top to bottom
     * @param tail     the last lines of text, top to bottom
     * @param angle    how far the page was turned, in degrees
     */
    record Page(List<Grid> grids, java.util.Map<Review.Place, CellReading> readings, List<String> head, List<String> tail, double angle) {
    }

    /** Lines of text read at the top of the first page (a title may take two) and at the end of the last. */
    static final int HEAD_LINES = 3;
    static final int TAIL_LINES = 4;
    /** How much darker than its neighbourhood a pixel of a ruling line must be (text: {@link Binary#of(Gray, int)}). */
    private static final double LINE_DARKER = 0.07;

    private final Workers workers;
    private final LabelBook labels;

    PageReader(Workers workers, LabelBook labels) {
        this.workers = workers;
        this.labels = labels;
    }

    /**
     * @param head read the first lines of text (the first page)
     * @param tail read the last lines of text (the last page)
     */
    Page read(PageImage image, SourceLocation file, boolean head, boolean tail) throws InterruptedException {
        int dpi = image.dpi();
        Binary ink = Binary.of(image.ink(), window(dpi));
        double angle = Deskew.angle(ink);
        if (Math.abs(angle) > Deskew.NEGLIGIBLE) {
            image = image.rotate(angle);
            ink = Binary.of(image.ink(), window(dpi));
        }
        // A run of ink longer than a character (a sixth of an inch: 12-point type) is a piece of a ruling line;
        // pieces on one course join across short breaks (a fax's dashed lines) into lines.
        // Lines are looked for in a more sensitive threshold than text: a photo's blur greys thin lines out
        // (most of all the horizontal ones a slanted view squeezes), where text stays dark.
        int run = dpi / 6;
        Binary rulings = Binary.of(image.ink(), window(dpi), LINE_DARKER);
        List<Rulings.Line> across = Rulings.horizontal(rulings, run, (int) (dpi * 0.3));
        List<Rulings.Line> down = Rulings.vertical(rulings.transposed(), run, (int) (dpi * 0.2));
        List<TableGrid> tables = TableGrid.find(thin(across, dpi), thin(down, dpi), dpi, image.ink());
        // The sheet's edges (thick bands) are no text either: left out with the tables when lines of text are looked for.
        List<int[]> edges = new ArrayList<>();
        for (Rulings.Line l : across) {
            if (l.thickness() > dpi / 20.0) {
                edges.add(band(l, false));
            }
        }
        for (Rulings.Line l : down) {
            if (l.thickness() > dpi / 20.0) {
                edges.add(band(l, true));
            }
        }
        SourceLocation at = file.withPage(image.number());
        List<Grid> grids = new ArrayList<>();
        java.util.Map<Review.Place, CellReading> readings = new java.util.LinkedHashMap<>();
        List<Future<CellReading>> pending = new ArrayList<>();
        PageImage page = image;
        Binary pageInk = ink;
        for (TableGrid t : tables) {
            for (TableGrid.Box box : t.cells()) {
                pending.add(workers.submit(r -> r.read(page, pageInk, box)));
            }
        }
        List<String> headLines = new ArrayList<>();
        List<String> tailLines = new ArrayList<>();
        if (head || tail) {
            readLines(image, ink, tables, edges, head, tail, headLines, tailLines);
        }
        int k = 0;
        int rowsAbove = 0;
        for (TableGrid t : tables) {
            CellReading[][] read = new CellReading[t.rows().size() - 1][t.columns().size() - 1];
            for (TableGrid.Box box : t.cells()) {
                read[box.row()][box.column()] = get(pending.get(k++));
                readings.put(new Review.Place(image.number(), rowsAbove + box.row() + 1, box.column() + 1), read[box.row()][box.column()]);
            }
            grids.add(grid(t, read, at, rowsAbove));
            rowsAbove += read.length;
        }
        return new Page(grids, readings, headLines, tailLines, angle);
    }

    /**
     * The lines thin enough to be printed rules: the edge of a photographed sheet against a darker desk is a
     * band of "ink" as wide as half the threshold's window, and would frame the whole page as a table.
     */
    private static List<Rulings.Line> thin(List<Rulings.Line> lines, int dpi) {
        return lines.stream().filter(l -> l.thickness() <= dpi / 20.0).toList();
    }

    /** The rectangle {x0, y0, x1, y1} a thick line covers (for a vertical one, {@code at} gives x at y). */
    private static int[] band(Rulings.Line l, boolean vertical) {
        double t = l.thickness() + 2;
        double p0 = Math.min(l.at(l.from()), l.at(l.to())) - t;
        double p1 = Math.max(l.at(l.from()), l.at(l.to())) + t;
        return vertical ? new int[] {(int) p0, l.from(), (int) Math.ceil(p1), l.to()}
                : new int[] {l.from(), (int) p0, l.to(), (int) Math.ceil(p1)};
    }

    /** Three or four lines of text high: a solid character must not lighten its own neighbourhood. */
    private static int window(int dpi) {
        return Math.max(15, dpi / 4);
    }

    /**
     * The title is read from the page's brightness (titles are often red); the signature without red ink
     * (a seal lies over most signatures).
     */
    private void readLines(PageImage image, Binary ink, List<TableGrid> tables, List<int[]> edges, boolean head, boolean tail,
                           List<String> headLines, List<String> tailLines) throws InterruptedException {
        List<int[]> boxes = new ArrayList<>(tables.stream().map(PageReader::bounds).toList());
        boxes.addAll(edges);
        List<Future<String>> topText = new ArrayList<>();
        List<Future<String>> endText = new ArrayList<>();
        if (head) {
            Binary bright = image.ink() == image.lum() ? ink : Binary.of(image.lum(), window(image.dpi()));
            List<TextBands.Band> bands = TextBands.of(bright.onSheet(image.lum(), image.dpi() / 20), boxes, image.dpi());
            for (TextBands.Band b : bands.subList(0, Math.min(HEAD_LINES, bands.size()))) {
                topText.add(workers.submit(r -> r.line(image.lum(), image.dpi(), b)));
            }
        }
        if (tail) {
            List<TextBands.Band> bands = TextBands.of(ink.onSheet(image.lum(), image.dpi() / 20), boxes, image.dpi());
            for (TextBands.Band b : bands.subList(Math.max(0, bands.size() - TAIL_LINES), bands.size())) {
                endText.add(workers.submit(r -> r.line(image.ink(), image.dpi(), b)));
            }
        }
        for (Future<String> f : topText) {
            headLines.add(get(f));
        }
        for (Future<String> f : endText) {
            tailLines.add(get(f));
        }
    }

    private static int[] bounds(TableGrid t) {
        double[] tl = TableGrid.corner(t.rows().get(0), t.columns().get(0));
        double[] br = TableGrid.corner(t.rows().get(t.rows().size() - 1), t.columns().get(t.columns().size() - 1));
        double[] tr = TableGrid.corner(t.rows().get(0), t.columns().get(t.columns().size() - 1));
        double[] bl = TableGrid.corner(t.rows().get(t.rows().size() - 1), t.columns().get(0));
        return new int[] {(int) Math.min(tl[0], bl[0]) - 3, (int) Math.min(tl[1], tr[1]) - 3,
                (int) Math.max(tr[0], br[0]) + 3, (int) Math.max(bl[1], br[1]) + 3};
    }

    /** The table as a positional grid: merged cells expanded, labels put right where the schema knows them. */
    private Grid grid(TableGrid t, CellReading[][] read, SourceLocation page, int rowsAbove) {
        int nr = read.length;
        int nc = read[0].length;
        Cell[][] cells = new Cell[nr][nc];
        for (TableGrid.Box box : t.cells()) {
            CellReading r = read[box.row()][box.column()];
            String text = r.number() ? r.text() : labels.nearest(r.text()).orElse(r.text());
            Cell origin = new Cell(text, box.rowSpan(), box.colSpan(), false, page.withCell(rowsAbove + box.row() + 1, box.column() + 1, null))
                    .withReading(r.flags(), r.confidence());
            for (int i = 0; i < box.rowSpan(); i++) {
                for (int j = 0; j < box.colSpan(); j++) {
                    cells[box.row() + i][box.column() + j] = i == 0 && j == 0 ? origin : origin.coveredCopy();
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < nc; c++) {
                row.add(cells[r][c] != null ? cells[r][c] : Cell.of("", page.withCell(rowsAbove + r + 1, c + 1, null)));
            }
            rows.add(row);
        }
        return new Grid(rows, true);
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
