package org.xxgk.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;

/**
 * A workbook cell's content as text, read through its explicit type rather than guessed: numbers as
 * written (integers without {@code .0}, at most the 15 digits a spreadsheet keeps), text as is,
 * formulas by their cached value, evaluated when the file has none or an empty one (a workbook saved
 * without computing, files written by some libraries), errors as their code ({@code #DIV/0!}) so that
 * the recognizer reports them. A formula that cannot be evaluated is never read as 0: it reads as
 * {@link #NOT_COMPUTABLE} (no number, so its cell is left out) and {@link #problems()} names its sheet
 * and cell.
 */
final class CellText {

    /** What a formula the evaluator cannot compute (an external link, an unknown function) reads as. */
    static final String NOT_COMPUTABLE = "#公式无法计算";
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);
    /** The text of small whole numbers, shared: a region's reports hold millions of them, mostly small. */
    private static final String[] SMALL = IntStream.range(0, 10_000).mapToObj(Integer::toString)
            .toArray(String[]::new);

    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    /** A warning per formula that could not be evaluated, by sheet and cell (a cell is read twice: grid and lines). */
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    CellText(Workbook wb) {
        this.evaluator = wb.getCreationHelper().createFormulaEvaluator();
    }

    /** What was found doubtful while reading: the formulas that could not be evaluated, in the order met. */
    List<Problem> problems() {
        return List.copyOf(problems.values());
    }

    /** The content for the table grid; a blank or missing cell is {@code ""}. */
    String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA -> formula(cell);
            case ERROR -> error(cell.getErrorCellValue());
            case BLANK, _NONE -> "";
        };
    }

    /** The content as the sheet shows it ({@code 2024年度}, {@code 2025年1月20日}), for the document's text lines. */
    String display(Cell cell) {
        if (cell == null) {
            return "";
        }
        try {
            if (cell.getCellType() == CellType.FORMULA && !hasCachedValue(cell)) {
                return of(cell);
            }
            return formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            // A format or formula POI cannot render: the plain content serves the text lines as well.
            return of(cell);
        }
    }

    private String formula(Cell cell) {
        if (!hasCachedValue(cell)) {
            return evaluated(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell.getErrorCellValue());
            default -> "";
        };
    }

    private String evaluated(Cell cell) {
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            notComputable(cell);
            return NOT_COMPUTABLE;
        }
        if (v == null) {
            return "";
        }
        return switch (v.getCellType()) {
            case NUMERIC -> number(cell, v.getNumberValue());
            case STRING -> v.getStringValue();
            case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
            case ERROR -> error(v.getErrorValue());
            default -> "";
        };
    }

    private void notComputable(Cell cell) {
        String sheet = cell.getSheet().getSheetName();
        String ref = cell.getAddress().formatAsString();
        String where = "工作表“" + sheet + "”，单元格" + ref;
        problems.putIfAbsent(sheet + "!" + ref, Problem.of(Severity.WARNING, "formula_not_computed", List.of(), where,
                where + "的公式没有保存计算结果，也无法计算（" + formulaOf(cell) + "），该格未读取；"
                        + "请在 Excel 或 WPS 中打开、重新计算后保存"));
    }

    private static String formulaOf(Cell cell) {
        try {
            return "=" + cell.getCellFormula();
        } catch (RuntimeException e) {
            return "公式无法显示";
        }
    }

    /**
     * A .xlsx formula cell written without a value: no {@code <v>}, or an empty one (POI would read it as
     * 0); .xls formula records always hold one.
     */
    static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV() && !x.getCTCell().getV().isEmpty();
    }

    private static String number(Cell cell, double d) {
        if (isDate(cell)) {
            return DateUtil.getLocalDateTime(d).toLocalDate().toString();
        }
        return plain(d);
    }

    private static boolean isDate(Cell cell) {
        try {
            return cell.getCellStyle() != null && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A double as a person wrote it: {@code 6}, {@code 25.1}, never {@code 6.0} or {@code 25.100000000000001}. */
    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            long n = (long) d;
            return n >= 0 && n < SMALL.length ? SMALL[(int) n] : Long.toString(n);
        }
        return new BigDecimal(d).round(SPREADSHEET_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
