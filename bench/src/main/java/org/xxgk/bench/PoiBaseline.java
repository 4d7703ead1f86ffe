package org.xxgk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The plain way to read many workbooks, to compare with: one thread, POI's {@link WorkbookFactory}
 * opening each file (read-only), every cell's value read through the usermodel by its type. It does
 * nothing with the values but a checksum, so it is a lower bound on the time of any usermodel reader.
 */
final class PoiBaseline {

    /** What the baseline read: cells, and a checksum that keeps the reads from being optimised away. */
    record Read(long cells, double checksum) {
    }

    private PoiBaseline() {
    }

    static Read readAll(List<Path> files) throws IOException {
        long cells = 0;
        double checksum = 0;
        for (Path f : files) {
            try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            cells++;
                            checksum += value(cell, cell.getCellType());
                        }
                    }
                }
            }
        }
        return new Read(cells, checksum);
    }

    private static double value(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue().length();
            case BOOLEAN -> cell.getBooleanCellValue() ? 1 : 0;
            case ERROR -> cell.getErrorCellValue();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case BLANK, _NONE -> 0;
        };
    }
}
