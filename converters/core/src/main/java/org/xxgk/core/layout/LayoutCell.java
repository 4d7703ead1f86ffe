package org.xxgk.core.layout;

/**
 * One cell of an official table's printed layout.
 *
 * @param row     0-based row of the top-left corner
 * @param column  0-based column of the top-left corner
 * @param rowSpan rows covered
 * @param colSpan columns covered
 * @param role    what the cell holds
 * @param text    the printed text (labels and headings); empty for value cells
 * @param code    the code whose value goes here (value cells), else {@code null}
 */
public record LayoutCell(int row, int column, int rowSpan, int colSpan, Role role, String text, String code) {

    /** What a layout cell holds, which decides how writers style it. */
    public enum Role {
        /** A block heading spanning the table (表二's 第二十条第（一）项). */
        BLOCK,
        /** A column heading or the top-left header cell. */
        HEADER,
        /** A row label. */
        LABEL,
        /** The unit of a row (统计表's 单位 column). */
        UNIT,
        /** A number. */
        VALUE
    }
}
