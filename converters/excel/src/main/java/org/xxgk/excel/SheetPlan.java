package org.xxgk.excel;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.TableSpec;

/**
 * Where one official table stands in the template: on its own sheet, its title in the first row, its
 * generation's document in the second, the table from {@link #TOP}, the check row under it.
 *
 * @param layout    the table's official layout
 * @param sheetName the sheet's name (the table's short name, 表三)
 */
record SheetPlan(TableLayout layout, String sheetName) {

    /** The sheet row of the table's first row (0-based): title and generation note come before it. */
    static final int TOP = 2;
    /** The table starts in the first column. */
    static final int LEFT = 0;

    TableSpec table() {
        return layout.view().table();
    }

    Generation generation() {
        return layout.view().generation();
    }

    /** The sheet cell of a layout cell's top-left corner. */
    CellAddress at(LayoutCell c) {
        return new CellAddress(TOP + c.row(), LEFT + c.column());
    }

    /** The sheet range a layout cell covers. */
    CellRangeAddress range(LayoutCell c) {
        return new CellRangeAddress(TOP + c.row(), TOP + c.row() + c.rowSpan() - 1,
                LEFT + c.column(), LEFT + c.column() + c.colSpan() - 1);
    }

    /** The table's whole area on the sheet, recorded as a defined name. */
    CellRangeAddress area() {
        return new CellRangeAddress(TOP, TOP + layout.height() - 1, LEFT, LEFT + layout.width() - 1);
    }

    /** The row under the table that shows whether each column keeps the 勾稽关系. */
    int checkRow() {
        return TOP + layout.height();
    }

    /** Columns of row labels at the left (0 for 表二's blocks and 表四, which has none). */
    int labelColumns() {
        return layout.cells().stream().filter(c -> c.role() == LayoutCell.Role.VALUE)
                .mapToInt(LayoutCell::column).min().orElse(0);
    }
}
