package org.xxgk.excel;

import java.util.List;

import org.xxgk.core.model.Grid;

/**
 * What one sheet holds: its table grid and its text lines. Kept per sheet so that a workbook with one
 * agency per sheet can become one document per sheet.
 *
 * @param sheet the sheet's name
 * @param grid  the sheet's cells, positional, merged cells expanded
 * @param lines the sheet's name, then each non-empty cell as shown (a label ending in a colon with its value)
 */
record SheetContent(String sheet, Grid grid, List<String> lines) {

    SheetContent {
        lines = List.copyOf(lines);
    }
}
