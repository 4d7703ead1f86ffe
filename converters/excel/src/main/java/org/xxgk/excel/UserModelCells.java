package org.xxgk.excel;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** A template's cells through POI's usermodel: any workbook POI opens, formulas evaluated when not cached. */
final class UserModelCells implements TemplateCells {

    private final Workbook wb;
    private final NamedCells names;
    private final CellText text;

    UserModelCells(Workbook wb, CellText text) {
        this.wb = wb;
        this.names = new NamedCells(wb);
        this.text = text;
    }

    @Override
    public Optional<Place> find(String name) {
        return names.find(name).map(t -> new Place(t.sheet().getSheetName(), t.row(), t.column(), t.rows(), t.columns()));
    }

    @Override
    public String text(String sheet, int row, int column) {
        return text.of(cell(sheet, row, column));
    }

    @Override
    public Optional<LocalDate> date(String sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        if (cell == null) {
            return Optional.empty();
        }
        try {
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
            }
            return Optional.of(LocalDate.parse(text.of(cell).strip()));
        } catch (RuntimeException e) {
            // A date typed as free text: the metadata reader may still find it in the cover's lines.
            return Optional.empty();
        }
    }

    private Cell cell(String sheetName, int r, int k) {
        Sheet sheet = wb.getSheet(sheetName);
        Row row = sheet == null ? null : sheet.getRow(r);
        return row == null ? null : row.getCell(k);
    }
}
