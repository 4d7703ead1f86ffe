package org.xxgk.excel;

import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;

/** The cells a workbook's defined names point to. */
final class NamedCells {

    /** Where a name points: its sheet and its range's top-left cell, and the range's size. */
    record Target(Sheet sheet, int row, int column, int rows, int columns) {

        String ref() {
            return SheetReader.ref(row, column);
        }

        Optional<Cell> cell() {
            Row r = sheet.getRow(row);
            return Optional.ofNullable(r == null ? null : r.getCell(column));
        }
    }

    private final Workbook wb;

    NamedCells(Workbook wb) {
        this.wb = wb;
    }

    /** The target of a name, or empty when the name is missing or broken ({@code #REF!} after a deletion). */
    Optional<Target> find(String name) {
        Name n = wb.getName(name);
        if (n == null || n.getRefersToFormula() == null || n.getRefersToFormula().contains("#REF")) {
            return Optional.empty();
        }
        try {
            AreaReference area = new AreaReference(n.getRefersToFormula(), spreadsheetVersion());
            CellReference first = area.getFirstCell();
            CellReference last = area.getLastCell();
            Sheet sheet = first.getSheetName() == null ? null : wb.getSheet(first.getSheetName());
            if (sheet == null) {
                return Optional.empty();
            }
            return Optional.of(new Target(sheet, first.getRow(), first.getCol(),
                    last.getRow() - first.getRow() + 1, last.getCol() - first.getCol() + 1));
        } catch (RuntimeException e) {
            // A name whose formula is not a plain reference is not one of ours.
            return Optional.empty();
        }
    }

    private SpreadsheetVersion spreadsheetVersion() {
        return wb.getSpreadsheetVersion();
    }
}
