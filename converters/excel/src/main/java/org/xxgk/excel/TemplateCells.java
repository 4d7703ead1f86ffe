package org.xxgk.excel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The cells of a workbook that says it is our template, as {@link TemplateReader} reads them: by defined
 * name and by position. Two ways to get them behind one face, so that the reading itself is written
 * once: through POI's usermodel ({@link UserModelCells}), and streamed from the file's XML
 * ({@link StreamedCells}), which is many times faster and gives the same text for every cell.
 */
interface TemplateCells {

    /**
     * Where a name points.
     *
     * @param sheet the sheet's name as the workbook spells it
     */
    record Place(String sheet, int row, int column, int rows, int columns) {

        String ref() {
            return SheetReader.ref(row, column);
        }
    }

    /** Where a name points, or empty when the name is missing, broken, or names no sheet of the workbook. */
    Optional<Place> find(String name);

    /** A cell's content as {@link CellText#of} gives it; {@code ""} for a blank or missing cell. */
    String text(String sheet, int row, int column);

    /**
     * A cell holding a date: a number formatted as a date, or text in ISO form ({@code 2025-01-20}, as
     * {@link CellText} writes a date-formatted formula's value). Empty for anything else.
     */
    Optional<LocalDate> date(String sheet, int row, int column);
}
