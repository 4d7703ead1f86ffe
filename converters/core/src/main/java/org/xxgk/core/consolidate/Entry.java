package org.xxgk.core.consolidate;

import org.xxgk.core.batch.Input;
import org.xxgk.core.model.Report;

/**
 * One row of the 来源 sheet: an input file, or one report of it (a data file or a workbook may hold
 * several), with what became of it.
 *
 * @param input  the file
 * @param format its detected format, or "" when unknown
 * @param pages  pages or sheets the file has, 0 where unknown
 * @param report the report, or {@code null} when the file gave none
 * @param status what became of it
 * @param detail the reason or the duplicate's original, in words; may be empty
 */
public record Entry(Input input, String format, int pages, Report report, Status status, String detail) {

    public Entry withStatus(Status s, String why) {
        return new Entry(input, format, pages, report, s, why);
    }
}
