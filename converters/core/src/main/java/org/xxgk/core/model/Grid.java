package org.xxgk.core.model;

import java.util.List;

/**
 * A table as a reader found it: rows of cells, merged cells expanded (see {@link Cell}).
 *
 * @param rows       the rows, top to bottom; rows may differ in length
 * @param positional true when an empty cell holds its place (HTML, Word, workbooks, ruled PDFs), false
 *                   for text pasted from web pages, where empty cells are dropped or padded at random
 *                   and only the order of non-empty cells can be trusted
 */
public record Grid(List<List<Cell>> rows, boolean positional) {

    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int rowCount() {
        return rows.size();
    }
}
