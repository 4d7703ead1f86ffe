package org.xxgk.consolidate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.util.CellReference;

/**
 * Worksheet rows written as SpreadsheetML straight into a stream: {@code <row>} elements with their
 * cells, text as inline strings, numbers as written. The 明细 sheet of ten thousand agencies is two
 * million cells; POI's streaming sheet makes an object per cell, formats each number through a
 * double and copies the sheet through a temporary file, which was most of the time of writing the
 * regional workbook. The XML is what POI writes for the same cells (an inline string keeps its
 * spaces with {@code xml:space}; characters XML cannot hold are left out, as POI leaves them out).
 */
final class SheetRows {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private String[] columns = new String[0];
    private String[] styles = new String[0];
    private String row;

    SheetRows(OutputStream out) {
        this.out = out;
    }

    /** Starts row {@code r} (0-based); cells follow in column order. */
    void startRow(int r) throws IOException {
        row = Integer.toString(r + 1);
        ascii("<row r=\"");
        ascii(row);
        ascii("\">");
    }

    void endRow() throws IOException {
        ascii("</row>");
    }

    /** A text cell; {@code null} or empty text still writes the styled cell, as POI does for "". */
    void text(int column, String text, int style) throws IOException {
        startCell(column, style);
        ascii(" t=\"inlineStr\"><is><t");
        if (text != null && !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        if (text != null) {
            escaped(text);
        }
        ascii("</t></is></c>");
    }

    /** A number cell, its digits as the decimal holds them (trailing zeros too: Excel reads 2.50 as 2.5). */
    void number(int column, BigDecimal n, int style) throws IOException {
        startCell(column, style);
        ascii("><v>");
        ascii(n.toPlainString());
        ascii("</v></c>");
    }

    /** A whole-number cell. */
    void number(int column, long n, int style) throws IOException {
        startCell(column, style);
        ascii("><v>");
        ascii(Long.toString(n));
        ascii("</v></c>");
    }

    /** Writes what is buffered; the stream stays open. */
    void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    private void startCell(int column, int style) throws IOException {
        ascii("<c r=\"");
        ascii(column(column));
        ascii(row);
        ascii("\"");
        if (style > 0) {
            ascii(styleAttribute(style));
        }
    }

    /** The {@code s} attribute of a style, made once per style. */
    private String styleAttribute(int style) {
        if (style >= styles.length) {
            styles = Arrays.copyOf(styles, Math.max(style + 1, styles.length * 2));
        }
        if (styles[style] == null) {
            styles[style] = " s=\"" + style + "\"";
        }
        return styles[style];
    }

    /** A column's letters, made once per column. */
    private String column(int c) {
        if (c >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(c + 1, columns.length * 2));
        }
        if (columns[c] == null) {
            columns[c] = CellReference.convertNumToColString(c);
        }
        return columns[c];
    }

    private void ascii(String s) throws IOException {
        int n = s.length();
        if (used + n > buffer.length) {
            flush();
        }
        for (int i = 0; i < n; i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    /** Text with {@code & < >} escaped and characters XML 1.0 cannot hold left out. */
    private void escaped(String s) throws IOException {
        StringBuilder clean = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    clean.append(c).append(s.charAt(++i));
                }
            } else if (c == '&') {
                clean.append("&amp;");
            } else if (c == '<') {
                clean.append("&lt;");
            } else if (c == '>') {
                clean.append("&gt;");
            } else if (c == '\r') {
                clean.append("&#13;"); // a parser would read a bare carriage return as a line feed
            } else if (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' || c == '\t' || c == '\n') {
                clean.append(c);
            }
        }
        byte[] bytes = clean.toString().getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length > buffer.length) {
            flush();
        }
        if (bytes.length > buffer.length) {
            out.write(bytes);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
    }
}
