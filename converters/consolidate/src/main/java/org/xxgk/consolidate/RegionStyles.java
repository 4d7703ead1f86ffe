package org.xxgk.consolidate;

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

/** The regional sheets' styles, made once per workbook by role (a workbook holds at most 64,000 styles). */
final class RegionStyles {

    enum Role { TITLE, SUBTITLE, HEADER, CODE_HEADER, CODE, TEXT, WRAPPED, NUMBER, DECIMAL, ERROR, WARNING, NOTE }

    private final Map<Role, CellStyle> styles = new EnumMap<>(Role.class);

    RegionStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        Font plain = wb.createFont();
        plain.setFontName("宋体");
        Font title = wb.createFont();
        title.setBold(true);
        title.setFontName("黑体");
        title.setFontHeightInPoints((short) 14);
        Font grey = wb.createFont();
        grey.setFontName("Consolas");
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        for (Role r : Role.values()) {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (r != Role.NOTE && r != Role.TITLE && r != Role.SUBTITLE) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            s.setFont(switch (r) {
                case TITLE -> title;
                case HEADER, SUBTITLE -> bold;
                case CODE, CODE_HEADER -> grey;
                default -> plain;
            });
            switch (r) {
                case TITLE -> s.setAlignment(HorizontalAlignment.CENTER);
                case CODE_HEADER -> {
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setWrapText(true);
                }
                case HEADER -> {
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setWrapText(true);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                case NUMBER -> s.setDataFormat(wb.createDataFormat().getFormat("0"));
                case DECIMAL -> s.setDataFormat(wb.createDataFormat().getFormat("0.00"));
                case ERROR -> fill(s, IndexedColors.ROSE);
                case WARNING -> fill(s, IndexedColors.LIGHT_YELLOW);
                case NOTE, WRAPPED -> s.setWrapText(true);
                default -> { }
            }
            styles.put(r, s);
        }
    }

    private static void fill(CellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    CellStyle get(Role r) {
        return styles.get(r);
    }
}
