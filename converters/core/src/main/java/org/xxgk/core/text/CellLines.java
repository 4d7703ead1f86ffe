package org.xxgk.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text lines of a sheet of cells (a workbook's sheet, a CSV table): one line per non-empty cell, in
 * reading order, a label ending in a colon joined with the cell after it ({@code 填报单位（盖章）：} +
 * {@code 某某局}), so that each field of the title block stays one line for the metadata to find.
 */
public final class CellLines {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    /** Adds the next cell's text as the sheet shows it. */
    public void add(String shown) {
        String s = shown.strip();
        if (s.isEmpty()) {
            return;
        }
        pending.append(s);
        if (!s.endsWith("：") && !s.endsWith(":")) {
            flush();
        }
    }

    /** Ends a row: a label waiting for its value stands alone. */
    public void endRow() {
        flush();
    }

    /** The lines so far. */
    public List<String> lines() {
        flush();
        return List.copyOf(lines);
    }

    private void flush() {
        if (pending.length() > 0) {
            lines.add(pending.toString());
            pending.setLength(0);
        }
    }
}
