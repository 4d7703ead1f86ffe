package org.xxgk.core.model;

import java.util.List;

import org.xxgk.core.schema.Generation;

/**
 * A table as a reader found it: rows of cells, merged cells expanded (see {@link Cell}).
 *
 * @param rows       the rows, top to bottom; rows may differ in length
 * @param positional true when an empty cell holds its place (HTML, Word, workbooks, ruled PDFs), false
 *                   for text pasted from web pages, where empty cells are dropped or padded at random
 *                   and only the order of non-empty cells can be trusted
 * @param official   set by a reader that vouches that the grid is an official table's layout cell for
 *                   cell ({@code OfficialLayout}: our own template, its labels checked where the layout
 *                   prints them), so that its values can be read by position; {@code null} otherwise
 */
public record Grid(List<List<Cell>> rows, boolean positional, Official official) {

    /** The official table and generation whose layout a grid is. */
    public record Official(String table, Generation generation) {
    }

    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A grid as found, with no layout vouched for. */
    public Grid(List<List<Cell>> rows, boolean positional) {
        this(rows, positional, null);
    }

    public int rowCount() {
        return rows.size();
    }
}
