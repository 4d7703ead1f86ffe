package org.xxgk.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a piece of a report came from, precise enough for a person to find it: the file, and
 * whichever of page, sheet, line and cell apply to its format.
 *
 * @param file   the input as the user named it
 * @param page   1-based page of a PDF or Word file, or {@code null}
 * @param sheet  sheet name of a workbook, or {@code null}
 * @param line   1-based line of a text or HTML file, or {@code null}
 * @param row    1-based row inside the table grid, or {@code null}
 * @param column 1-based column inside the table grid, or {@code null}
 * @param ref    A1-style cell reference of a workbook cell, or {@code null}
 */
public record SourceLocation(String file, Integer page, String sheet, Integer line,
                             Integer row, Integer column, String ref) {

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, null, null, null, null, null, null);
    }

    public SourceLocation withPage(Integer p) {
        return new SourceLocation(file, p, sheet, line, row, column, ref);
    }

    public SourceLocation withSheet(String s) {
        return new SourceLocation(file, page, s, line, row, column, ref);
    }

    public SourceLocation withLine(Integer l) {
        return new SourceLocation(file, page, sheet, l, row, column, ref);
    }

    public SourceLocation withCell(Integer r, Integer c, String a1) {
        return new SourceLocation(file, page, sheet, line, r, c, a1);
    }

    /** The place inside the file, in the words a user reads: {@code 第3页, 第57行}. Never names the file. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (page != null) {
            parts.add("第" + page + "页");
        }
        if (sheet != null) {
            parts.add("工作表“" + sheet + "”");
        }
        if (ref != null) {
            parts.add("单元格" + ref);
        } else if (line != null) {
            parts.add("第" + line + "行");
        } else if (row != null) {
            parts.add("表格第" + row + "行" + (column != null ? "第" + column + "列" : ""));
        }
        return String.join("，", parts);
    }

    /** The file and the place inside it, for one-line messages. */
    public String describeWithFile() {
        String where = describe();
        return where.isEmpty() ? file : file + "（" + where + "）";
    }
}
