package org.xxgk.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import org.xxgk.core.schema.ValueType;

/**
 * Data validation that refuses, while an agency types, what a cell may not hold, with a message in
 * Chinese: counts are whole numbers not below 0, amounts (万元) may have decimals, the 2019 format's
 * 本年增/减 may be negative.
 */
final class InputRules {

    private static final String LIMIT = "999999999";

    private InputRules() {
    }

    static void add(Sheet sheet, ValueType type, List<CellRangeAddress> ranges) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = switch (type) {
            case COUNT -> helper.createIntegerConstraint(OperatorType.BETWEEN, "0", LIMIT);
            case AMOUNT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", LIMIT);
            case SIGNED -> helper.createIntegerConstraint(OperatorType.BETWEEN, "-" + LIMIT, LIMIT);
        };
        CellRangeAddressList cells = new CellRangeAddressList();
        ranges.forEach(cells::addCellRangeAddress);
        DataValidation v = helper.createValidation(constraint, cells);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox(title(type), message(type));
        sheet.addValidationData(v);
    }

    /** The cover's 报告年度 and 填报日期. */
    static void addYear(Sheet sheet, CellRangeAddress cell) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createIntegerConstraint(OperatorType.BETWEEN, "2000", "2100"),
                new CellRangeAddressList(cell.getFirstRow(), cell.getLastRow(), cell.getFirstColumn(), cell.getLastColumn()));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox("请填写年份", "报告年度请填写四位数年份，例如 2024（统计数据所属的年份，不是发布年份）。");
        sheet.addValidationData(v);
    }

    static void addDate(Sheet sheet, CellRangeAddress cell) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(
                helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null),
                new CellRangeAddressList(cell.getFirstRow(), cell.getLastRow(), cell.getFirstColumn(), cell.getLastColumn()));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox("请填写日期", "填报日期请填写日期，例如 2025-01-20。");
        sheet.addValidationData(v);
    }

    private static String title(ValueType type) {
        return switch (type) {
            case COUNT -> "只能填写非负整数";
            case AMOUNT -> "只能填写金额";
            case SIGNED -> "只能填写整数";
        };
    }

    private static String message(ValueType type) {
        return switch (type) {
            case COUNT -> "此格只能填写 0 或正整数，不能填写小数、负数或文字。没有发生的填 0。";
            case AMOUNT -> "此格填写金额（单位：万元），可以有小数，不能为负数或文字。";
            case SIGNED -> "此格填写整数：增加填正数，减少填负数（如 -3），不能填写小数或文字。";
        };
    }
}
