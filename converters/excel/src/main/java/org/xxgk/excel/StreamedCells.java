package org.xxgk.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import org.xxgk.excel.StreamedReads.Fallback;

/**
 * A template's cells from its streamed XML, each turned into text by the rules of {@link CellText}:
 * numbers as written (dates by their style), shared and inline strings decoded, booleans and error
 * codes, formulas by their cached value. A formula without a cached value would need evaluating, which
 * only the usermodel does: that, and any cell typed in a way the usermodel reads by rules not repeated
 * here, ends the streamed reading ({@link StreamedTemplate.Unsupported}) and the file is read again
 * through the usermodel.
 */
final class StreamedCells implements TemplateCells {

    private final StreamedWorkbook book;

    StreamedCells(StreamedWorkbook book) {
        this.book = book;
    }

    @Override
    public Optional<Place> find(String name) {
        return book.place(name);
    }

    @Override
    public String text(String sheet, int row, int column) {
        StreamedSheet.Raw cell = raw(sheet, row, column);
        return cell == null ? "" : text(cell);
    }

    @Override
    public Optional<LocalDate> date(String sheet, int row, int column) {
        StreamedSheet.Raw cell = raw(sheet, row, column);
        if (cell == null) {
            return Optional.empty();
        }
        try {
            if (isNumber(cell) && cell.value() != null) {
                double d = number(cell.value());
                if (DateUtil.isValidExcelDate(d) && isDate(cell.style())) {
                    LocalDateTime t = DateUtil.getLocalDateTime(d, book.date1904());
                    return Optional.of(t.toLocalDate());
                }
            }
            return Optional.of(LocalDate.parse(text(cell).strip()));
        } catch (DateTimeParseException e) {
            // As the usermodel path: a date typed as free text is left to the cover's lines.
            return Optional.empty();
        }
    }

    /** The text {@link CellText#of} gives for the cell. */
    private String text(StreamedSheet.Raw cell) {
        if (cell.formula()) {
            return formula(cell);
        }
        String t = cell.type();
        if (t == null || t.equals("n")) {
            return cell.value() == null ? "" : number(cell, number(cell.value()));
        }
        return switch (t) {
            case "s" -> cell.value() == null ? "" : shared(cell.value());
            case "inlineStr" -> inline(cell);
            case "b" -> bool(cell.value());
            case "e" -> error(cell.value());
            default -> throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "cell type " + t);
        };
    }

    /** A formula by its cached value; one without a value needs the usermodel's evaluator. */
    private String formula(StreamedSheet.Raw cell) {
        if (cell.value() == null) {
            throw new StreamedTemplate.Unsupported(Fallback.NO_CACHED_VALUE, "formula without a cached value");
        }
        String t = cell.type();
        if (t == null || t.equals("n")) {
            return number(cell, number(cell.value()));
        }
        return switch (t) {
            case "str" -> StreamedWorkbook.decode(cell.value());
            case "b" -> bool(cell.value());
            case "e" -> error(cell.value());
            default -> throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "formula result type " + t);
        };
    }

    private String number(StreamedSheet.Raw cell, double d) {
        if (isDate(cell.style())) {
            LocalDateTime t = DateUtil.getLocalDateTime(d);
            if (t == null) {
                throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "date out of range");
            }
            return t.toLocalDate().toString();
        }
        return CellText.plain(d);
    }

    /** Whether a style formats numbers as dates; a number without a style is left to the usermodel (column styles). */
    private boolean isDate(int style) {
        if (style < 0) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "number without a cell style");
        }
        return book.isDateStyle(style);
    }

    private static boolean isNumber(StreamedSheet.Raw cell) {
        return !cell.formula() && (cell.type() == null || cell.type().equals("n"));
    }

    /** A {@code <v>} as the usermodel parses it: empty is 0. */
    private static double number(String v) {
        try {
            return v.isEmpty() ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "not a number: " + v);
        }
    }

    private String shared(String v) {
        try {
            return book.sharedString(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "shared string index " + v);
        }
    }

    private static String inline(StreamedSheet.Raw cell) {
        String s = cell.inline() != null ? cell.inline() : cell.value();
        return s == null ? "" : StreamedWorkbook.decode(s);
    }

    private static String bool(String v) {
        return "1".equals(v) ? "TRUE" : "FALSE";
    }

    /** An error cell as its code; a code POI does not know is left to the usermodel. */
    private static String error(String v) {
        try {
            return FormulaError.forString(v).getString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "error code " + v);
        }
    }

    private StreamedSheet.Raw raw(String sheet, int row, int column) {
        WorkbookFrame.SheetEntry entry = book.sheet(sheet).orElse(null);
        return entry == null ? null : book.cells(entry).cell(row, column);
    }
}
