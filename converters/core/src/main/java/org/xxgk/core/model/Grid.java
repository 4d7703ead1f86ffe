package org.xxgk.core.model;

import java.util.List;

import org.xxgk.core.schema.Generation;

/**
 * A table as a reader found it: rows of cells, merged cells expanded (see {@link Cell}).
 *
 * @param rows       the rows, top to bottom; rows may differ in length
 * @param positional true when an empty cell holds its place (HTML, Word, workbooks, OpenDocument, ruled
 *                   PDFs), false for text pasted from web pages, where empty cells are dropped or padded at
 *                   random and only the order of non-empty cells can be trusted
 * @param official   set by a reader that vouches that the grid is an official table's layout cell for
 *                   cell ({@code OfficialLayout}: our own template, its labels checked where the layout
 *                   prints them), so that its values can be read by position; {@code null} otherwise
 * @param line       where the grid stands among its document's {@link Document#lines() lines}: how many of
 *                   them come before it (its own rows' text, where the reader adds it, starts there); -1
 *                   when the reader does not say. The recognizer uses it to give each report of a file that
 *                   holds several its own title and signature.
 */
public record Grid(List<List<Cell>> rows, boolean positional, Official official, int line) {

    /** The official table and generation whose layout a grid is. */
    public record Official(String table, Generation generation) {
    }

    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
        if (line < -1) {
            throw new IllegalArgumentException("line must be -1 (unknown) or an index: " + line);
        }
    }

    /** A grid as found, with no layout vouched for and no place among the lines. */
    public Grid(List<List<Cell>> rows, boolean positional) {
        this(rows, positional, null, -1);
    }

    /** A grid whose layout a reader vouches for, with no place among the lines. */
    public Grid(List<List<Cell>> rows, boolean positional, Official official) {
        this(rows, positional, official, -1);
    }

    /** This grid standing after the first {@code line} lines of its document. */
    public Grid at(int line) {
        return new Grid(rows, positional, official, line);
    }

    public int rowCount() {
        return rows.size();
    }
}
