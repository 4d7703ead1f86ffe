package org.xxgk.odf;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's text lines, as the workbook reader gives them: the sheet's name, then each cell that shows
 * something, in reading order, a label ending in a colon joined with the cell after it
 * ({@code 填报单位（盖章）：} + {@code 某某局}) so that each field stays one line.
 */
final class SheetLines {

    private SheetLines() {
    }

    static List<String> of(String name, RawTable t) {
        List<String> lines = new ArrayList<>();
        lines.add(name);
        StringBuilder pending = new StringBuilder();
        for (RawTable.RawRow row : t.rows) {
            for (RawTable.RawCell cell : row.cells()) {
                String shown = cell == null || cell.covered() ? "" : cell.shown().replace('\n', ' ').strip();
                if (shown.isEmpty()) {
                    continue;
                }
                pending.append(shown);
                if (!shown.endsWith("：") && !shown.endsWith(":")) {
                    flush(pending, lines);
                }
            }
            flush(pending, lines);
        }
        return lines;
    }

    private static void flush(StringBuilder pending, List<String> lines) {
        if (pending.length() > 0) {
            lines.add(pending.toString());
            pending.setLength(0);
        }
    }
}
