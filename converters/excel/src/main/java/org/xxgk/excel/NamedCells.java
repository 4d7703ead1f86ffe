package org.xxgk.excel;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

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

    /** A name's formula read as a plain reference: the sheet as the formula writes it, and the range. */
    record Reference(String sheet, int row, int column, int rows, int columns) {
    }

    private final Workbook wb;

    NamedCells(Workbook wb) {
        this.wb = wb;
    }

    /** The target of a name, or empty when the name is missing or broken ({@code #REF!} after a deletion). */
    Optional<Target> find(String name) {
        Name n = wb.getName(name);
        return reference(n == null ? null : n.getRefersToFormula(), wb.getSpreadsheetVersion()).flatMap(r -> {
            Sheet sheet = wb.getSheet(r.sheet());
            return sheet == null ? Optional.empty() : Optional.of(new Target(sheet, r.row(), r.column(), r.rows(), r.columns()));
        });
    }

    /**
     * A name's formula ({@code 表三!$D$6}, {@code 表二!$B$9:$D$9}) as a reference, or empty when it is
     * missing, broken ({@code #REF!}) or not a plain reference to a sheet's cells.
     */
    static Optional<Reference> reference(String formula, SpreadsheetVersion version) {
        if (formula == null || formula.contains("#REF")) {
            return Optional.empty();
        }
        if (version != SpreadsheetVersion.EXCEL2007) {
            return parse(formula, version);
        }
        Optional<Reference> known = PARSED.get(formula);
        if (known == null) {
            known = parse(formula, version);
            if (PARSED.size() < MAX_PARSED) {
                PARSED.put(formula, known);
            }
        }
        return known;
    }

    /**
     * Formulas already parsed: every template has the same few hundred names, and parsing a reference
     * costs more than the rest of reading a name. Bounded, against workbooks with names by the thousand.
     */
    private static final Map<String, Optional<Reference>> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 20_000;

    private static Optional<Reference> parse(String formula, SpreadsheetVersion version) {
        try {
            AreaReference area = new AreaReference(formula, version);
            CellReference first = area.getFirstCell();
            CellReference last = area.getLastCell();
            if (first.getSheetName() == null || first.getRow() < 0 || first.getCol() < 0 || last.getRow() < first.getRow()
                    || last.getCol() < first.getCol()) {
                // No sheet, a whole row or column, or a row 0 that no sheet has: not a name of ours.
                return Optional.empty();
            }
            return Optional.of(new Reference(first.getSheetName(), first.getRow(), first.getCol(),
                    last.getRow() - first.getRow() + 1, last.getCol() - first.getCol() + 1));
        } catch (RuntimeException e) {
            // A name whose formula is not a plain reference is not one of ours.
            return Optional.empty();
        }
    }
}
