package org.xxgk.word;

/**
 * A table cell as a Word file stores it, before merged cells are expanded.
 *
 * @param row     0-based row
 * @param column  0-based grid column of its left edge
 * @param colSpan grid columns it covers
 * @param rowSpan rows it covers (a vertical merge's first cell counts the cells merged into it)
 * @param text    its text, paragraphs and line breaks as {@code \n}
 */
record RawCell(int row, int column, int colSpan, int rowSpan, String text) {
}
