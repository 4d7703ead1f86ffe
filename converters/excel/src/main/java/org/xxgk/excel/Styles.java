package org.xxgk.excel;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.schema.ValueType;

/**
 * The template's cell styles, made once per workbook, one per role: a workbook holds at most 64,000
 * styles, so a style is never made per cell.
 */
final class Styles {

    /** What a styled cell is for. */
    enum Role {
        TITLE, NOTE_RIGHT, BLOCK, HEADER, LABEL, SPANNING_LABEL, UNIT, COUNT, AMOUNT, TOTAL, CHECK_LABEL, CHECK,
        COVER_TITLE, COVER_LABEL, COVER_TEXT, COVER_YEAR, COVER_DATE, NOTE, PROBLEM
    }

    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final String COVER_FONT = "仿宋";
    /** GB2312, so that Excel picks the Chinese face of the font. */
    private static final int GB2312 = 134;

    private final Workbook wb;
    private final Map<Role, CellStyle> styles = new EnumMap<>(Role.class);

    Styles(Workbook wb) {
        this.wb = wb;
        Font base = wb.getFontAt(0);
        base.setFontName(BODY_FONT);
        base.setFontHeightInPoints((short) 11);
        base.setCharSet(GB2312);
        for (Role r : Role.values()) {
            styles.put(r, make(r));
        }
    }

    CellStyle get(Role role) {
        return styles.get(role);
    }

    /** The style of a layout cell. */
    CellStyle of(LayoutCell c, ValueType type) {
        return switch (c.role()) {
            case BLOCK -> get(Role.BLOCK);
            case HEADER -> get(Role.HEADER);
            case LABEL -> get(c.rowSpan() > 1 ? Role.SPANNING_LABEL : Role.LABEL);
            case UNIT -> get(Role.UNIT);
            case VALUE -> get(type == ValueType.AMOUNT ? Role.AMOUNT : Role.COUNT);
        };
    }

    private CellStyle make(Role r) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        switch (r) {
            case TITLE -> text(s, font(TITLE_FONT, 14, false), HorizontalAlignment.CENTER, false);
            case COVER_TITLE -> text(s, font(TITLE_FONT, 18, false), HorizontalAlignment.CENTER, true);
            case NOTE_RIGHT -> text(s, font(BODY_FONT, 9, false), HorizontalAlignment.RIGHT, false);
            case BLOCK -> boxed(s, font(BODY_FONT, 10.5, true), HorizontalAlignment.LEFT);
            case HEADER, UNIT, SPANNING_LABEL -> boxed(s, font(BODY_FONT, 10.5, false), HorizontalAlignment.CENTER);
            case LABEL -> boxed(s, font(BODY_FONT, 10.5, false), HorizontalAlignment.LEFT);
            case COUNT -> number(s, "0", false);
            case AMOUNT -> number(s, "0.00", false);
            case TOTAL -> number(s, "0", true);
            case CHECK_LABEL -> boxed(s, font(BODY_FONT, 9, false), HorizontalAlignment.CENTER);
            case CHECK -> boxed(s, font(BODY_FONT, 9, false), HorizontalAlignment.CENTER);
            case COVER_LABEL -> text(s, font(COVER_FONT, 12, false), HorizontalAlignment.RIGHT, false);
            case COVER_TEXT -> cover(s, "@");
            case COVER_YEAR -> cover(s, "0\"年度\"");
            case COVER_DATE -> cover(s, "yyyy\"年\"m\"月\"d\"日\"");
            case NOTE -> {
                text(s, font(COVER_FONT, 11, false), HorizontalAlignment.LEFT, true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            }
            case PROBLEM -> {
                number(s, "0", false);
                fill(s, IndexedColors.ROSE);
            }
        }
        return s;
    }

    private void text(CellStyle s, Font f, HorizontalAlignment h, boolean wrap) {
        s.setFont(f);
        s.setAlignment(h);
        s.setWrapText(wrap);
    }

    private void boxed(CellStyle s, Font f, HorizontalAlignment h) {
        text(s, f, h, true);
        border(s);
    }

    private void number(CellStyle s, String format, boolean total) {
        boxed(s, font(BODY_FONT, 10.5, false), HorizontalAlignment.RIGHT);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setLocked(total);
        if (total) {
            fill(s, IndexedColors.GREY_25_PERCENT);
        }
    }

    private void cover(CellStyle s, String format) {
        text(s, font(COVER_FONT, 12, false), HorizontalAlignment.LEFT, false);
        s.setBorderBottom(BorderStyle.THIN);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setLocked(false);
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    private static void fill(CellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private Font font(String name, double points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeight((short) Math.round(points * 20));
        f.setBold(bold);
        f.setCharSet(GB2312);
        return f;
    }
}
