package org.xxgk.core.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.xxgk.core.schema.TableView;

/**
 * An official table as printed: its cells with their spans on a grid of {@link #width()} columns and
 * {@link #height()} rows. Built by {@link OfficialLayout}; rendered by the Markdown, HTML and Excel
 * writers, so that every output shows the same table.
 */
public final class TableLayout {

    private final TableView view;
    private final List<LayoutCell> cells;
    private final int width;
    private final int height;
    private final int headerRows;

    TableLayout(TableView view, List<LayoutCell> cells, int headerRows) {
        this.view = view;
        this.cells = cells.stream().sorted(Comparator.comparingInt(LayoutCell::row)
                .thenComparingInt(LayoutCell::column)).toList();
        this.width = cells.stream().mapToInt(c -> c.column() + c.colSpan()).max().orElse(0);
        this.height = cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
        this.headerRows = headerRows;
    }

    public TableView view() {
        return view;
    }

    /** The cells, top to bottom, left to right. */
    public List<LayoutCell> cells() {
        return cells;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** How many rows at the top are column headings (to repeat on every printed page). */
    public int headerRows() {
        return headerRows;
    }

    /** The cells whose top-left corner is in a row. */
    public List<LayoutCell> row(int r) {
        return cells.stream().filter(c -> c.row() == r).toList();
    }

    /** The value cell of a code. */
    public Optional<LayoutCell> find(String code) {
        return cells.stream().filter(c -> code.equals(c.code())).findFirst();
    }

    /**
     * The layout as a full grid, each position holding the cell that covers it, for renderers that
     * cannot merge cells (Markdown).
     */
    public LayoutCell[][] grid() {
        LayoutCell[][] g = new LayoutCell[height][width];
        for (LayoutCell c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
                    g[r][k] = c;
                }
            }
        }
        return g;
    }

    static List<LayoutCell> newList() {
        return new ArrayList<>();
    }
}
