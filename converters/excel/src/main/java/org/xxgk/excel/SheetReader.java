package org.xxgk.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.text.CellLines;

/**
 * Reads a sheet as it stands into a positional grid for the recognizer: every cell through
 * {@link CellText}, merged cells expanded (the origin with its spans, a covered copy in every other
 * position), hidden rows included (the sheet's own formulas count them too). Work is bounded: an
 * official table never needs more than {@link #MAX_ROWS} rows or {@link #MAX_COLUMNS} columns.
 */
final class SheetReader {

    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 256;
    /**
     * The most positions merged regions may cover in one sheet: an official table's merged headers cover
     * a few hundred; a sheet past this is not a table to read, and its map would take hundreds of MB.
     */
    static final int MAX_MERGED_POSITIONS = 100_000;

    private final CellText text;
    private final String source;

    SheetReader(CellText text, String source) {
        this.text = text;
        this.source = source;
    }

    SheetContent read(Sheet sheet) {
        int[] mergedWidth = new int[MAX_ROWS];
        Map<Long, CellRangeAddress> merged = merged(sheet, mergedWidth);
        SourceLocation at = SourceLocation.ofFile(source).withSheet(sheet.getSheetName());
        int lastRow = Math.min(MAX_ROWS - 1, Math.max(sheet.getLastRowNum(),
                merged.values().stream().mapToInt(CellRangeAddress::getLastRow).max().orElse(-1)));
        List<List<Cell>> rows = new ArrayList<>();
        CellLines lines = new CellLines();
        lines.add(sheet.getSheetName());
        Map<Long, Cell> origins = new HashMap<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            int width = Math.min(MAX_COLUMNS, Math.max(row == null ? 0 : Math.max(0, row.getLastCellNum()), mergedWidth[r]));
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
                    Cell origin = origins.get(key(region.getFirstRow(), region.getFirstColumn()));
                    cells.add(origin != null ? origin.coveredCopy()
                            : new Cell("", 1, 1, true, at.withCell(r + 1, c + 1, ref(r, c))));
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell poi = row == null ? null : row.getCell(c);
                Cell cell = new Cell(text.of(poi), region == null ? 1 : region.getLastRow() - r + 1,
                        region == null ? 1 : region.getLastColumn() - c + 1, false, at.withCell(r + 1, c + 1, ref(r, c)));
                if (region != null) {
                    origins.put(key(r, c), cell);
                }
                cells.add(cell);
                lines.add(text.display(poi));
            }
            trim(cells);
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
            lines.endRow();
        }
        return new SheetContent(sheet.getSheetName(), new Grid(rows, true), lines.lines());
    }

    /**
     * Each position a merged region covers, by row and column; {@code width} gets each row's width as its
     * regions reach. Work and memory are bounded by {@link #MAX_MERGED_POSITIONS}.
     *
     * @throws TooLarge when the regions cover more
     */
    private Map<Long, CellRangeAddress> merged(Sheet sheet, int[] width) {
        Map<Long, CellRangeAddress> out = new HashMap<>();
        long visited = 0;
        long widened = 0;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int lastRow = Math.min(region.getLastRow(), MAX_ROWS - 1);
            int lastColumn = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            if (region.getFirstRow() > lastRow || region.getFirstColumn() > lastColumn) {
                continue; // nothing within the bounds (or turned inside out, as CRXP36:IV65536 was): it covers nothing
            }
            visited += (lastRow - region.getFirstRow() + 1L) * (lastColumn - region.getFirstColumn() + 1L);
            if (visited > MAX_MERGED_POSITIONS) {
                throw tooLarge(sheet, region, "共覆盖");
            }
            for (int r = Math.max(0, region.getFirstRow()); r <= lastRow; r++) {
                // A narrow region at the far right (IV1:IV5000) widens every row it crosses: the cells laid out for
                // it are bounded as the positions it covers are.
                widened += Math.max(0, lastColumn + 1 - width[r]);
                if (widened > MAX_MERGED_POSITIONS) {
                    throw tooLarge(sheet, region, "使表格多出");
                }
                width[r] = Math.max(width[r], lastColumn + 1);
                for (int c = Math.max(0, region.getFirstColumn()); c <= lastColumn; c++) {
                    out.put(key(r, c), region);
                }
            }
        }
        return out;
    }

    private TooLarge tooLarge(Sheet sheet, CellRangeAddress region, String how) {
        return new TooLarge(source, "工作表" + org.xxgk.core.text.Quote.of(sheet.getSheetName()) + "的合并单元格（如 " + region.formatAsString()
                + "）" + how + "超过 " + MAX_MERGED_POSITIONS + " 个单元格，超出上限，不像统计表，未读取");
    }

    /** A sheet beyond the bounds of any table: said in one line by the reader's boundary. */
    static final class TooLarge extends RuntimeException {
        private final String source;

        TooLarge(String source, String message) {
            super(message, null, false, false);
            this.source = source;
        }

        org.xxgk.core.spi.CorruptFileException toException() {
            return new org.xxgk.core.spi.CorruptFileException(source, getMessage(), this);
        }
    }

    /** Blank cells at the end of a row hold no place worth keeping. */
    private static void trim(List<Cell> cells) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank() && !cells.get(cells.size() - 1).isCovered()) {
            cells.remove(cells.size() - 1);
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    static String ref(int r, int c) {
        if (r < REF_ROWS && c < REF_COLUMNS) {
            String known = REFS[r * REF_COLUMNS + c];
            if (known == null) {
                known = new CellReference(r, c).formatAsString();
                REFS[r * REF_COLUMNS + c] = known; // a benign race: any thread's copy is the same string
            }
            return known;
        }
        return new CellReference(r, c).formatAsString();
    }

    /**
     * References of the cells where tables stand, made once and shared: every value of every report keeps
     * its cell's reference, and ten thousand reports would otherwise hold two million copies of
     * {@code D14}.
     */
    private static final int REF_ROWS = 1_000;
    private static final int REF_COLUMNS = 64;
    private static final String[] REFS = new String[REF_ROWS * REF_COLUMNS];
}
