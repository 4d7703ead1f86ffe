package org.xxgk.excel;

import java.util.List;
import java.util.Objects;

/**
 * The words of a cover other than its fields: the title, the heading of the block below the fields and
 * its lines. The template's own cover is {@link #agency()}: the tables' title and the instructions for
 * filling them in. A regional workbook gives its own (汇总: what was counted and how), keeping the fields
 * (填报单位, 报告年度, …) by which the workbook reads back as a report.
 *
 * @param title   the first line, large
 * @param heading the heading of the lines
 * @param lines   the lines, numbered on the sheet
 */
public record CoverText(String title, String heading, List<String> lines) {

    public CoverText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heading, "heading");
        lines = List.copyOf(lines);
    }

    /** The template's cover: the instructions are made by the cover from the sheets it has. */
    static CoverText agency() {
        return new CoverText(CoverSheet.TITLE, CoverSheet.NOTES_HEADING, List.of());
    }
}
