package org.xxgk.excel;

import java.util.Arrays;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.util.CellReference;

import org.xxgk.excel.StreamedReads.Fallback;

/**
 * One worksheet's cells as its XML holds them: for each cell its type attribute, style index, whether
 * it has a formula, its {@code <v>} text and its inline string, nothing interpreted yet
 * ({@link StreamedCells} turns them into text the way {@link CellText} does). A sheet our template
 * writes is a few hundred cells; a row or cell without its reference, or an array formula, is refused
 * ({@link Fallback#UNUSUAL_CELL}), because the usermodel places and types those by rules this reader
 * does not repeat.
 */
final class StreamedSheet {

    /**
     * A cell as written.
     *
     * @param type    the {@code t} attribute ({@code null}: a number)
     * @param style   the {@code s} attribute, or -1 when absent
     * @param formula true when the cell has an {@code <f>} (a data-table formula does not count, as in POI)
     * @param value   the {@code <v>} text, or {@code null} when the cell has none
     * @param inline  an inline string's text ({@code <is>}), or {@code null}
     */
    record Raw(String type, int style, boolean formula, String value, String inline) {
    }

    /** The last column of a sheet (XFD); a position keeps its column in 20 bits. */
    private static final int MAX_COLUMN = 16_383;

    private final CellMap cells = new CellMap();

    /** The cell at a position, or {@code null}. */
    Raw cell(int r, int c) {
        return cells.get(key(r, c));
    }

    /** Every cell's position ({@link #row(long)}, {@link #column(long)}), in the order read. */
    long[] positions() {
        return cells.positions();
    }

    static int row(long key) {
        return (int) (key >>> 20);
    }

    static int column(long key) {
        return (int) (key & 0xFFFFF);
    }

    private StreamedSheet() {
    }

    /** The cells of a worksheet part, the reader on its root element. */
    static StreamedSheet read(Xml xml) throws XMLStreamException {
        StreamedSheet sheet = new StreamedSheet();
        while (xml.nextChild()) {
            if (xml.is("sheetData")) {
                while (xml.nextChild()) {
                    if (xml.is("row")) {
                        sheet.row(xml);
                    } else {
                        xml.skip();
                    }
                }
            } else {
                xml.skip();
            }
        }
        return sheet;
    }

    private void row(Xml xml) throws XMLStreamException {
        int row = integer(xml.required("r", Fallback.UNUSUAL_CELL)) - 1;
        if (row < 0) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "row number " + (row + 1));
        }
        while (xml.nextChild()) {
            if (xml.is("c")) {
                cell(xml, row);
            } else {
                xml.skip();
            }
        }
    }

    /** A {@code <c>} and what it holds; the first {@code <v>}, {@code <f>} and {@code <is>} count, as in POI. */
    private void cell(Xml xml, int row) throws XMLStreamException {
        long at = key(row, column(xml.required("r", Fallback.UNUSUAL_CELL), row));
        String type = type(xml.attribute("t"));
        String s = xml.attribute("s");
        int style = s == null ? -1 : integer(s);
        boolean formula = false;
        boolean formulaSeen = false;
        String value = null;
        String inline = null;
        boolean inlineSeen = false;
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "v" -> {
                    String v = xml.text();
                    value = value == null ? v : value;
                }
                case "f" -> {
                    if (!formulaSeen) {
                        formula = formula(xml, row);
                        formulaSeen = true;
                    }
                    xml.skip();
                }
                case "is" -> {
                    String t = xml.richText();
                    inline = inlineSeen ? inline : t;
                    inlineSeen = true;
                }
                default -> xml.skip();
            }
        }
        if (!cells.put(at, new Raw(type, style, formula, value, inline))) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "two cells at one place in row " + (row + 1));
        }
    }

    /** Whether an {@code <f>} makes the cell a formula: a data-table formula does not, as in POI; an array formula is refused. */
    private static boolean formula(Xml xml, int row) {
        String t = xml.attribute("t");
        if ("array".equals(t)) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "array formula in row " + (row + 1));
        }
        return !"dataTable".equals(t);
    }

    /** The value types of a cell's {@code t} attribute, shared rather than kept per cell. */
    private static final String[] TYPES = {"s", "n", "str", "b", "e", "inlineStr", "d"};

    private static String type(String t) {
        for (String known : TYPES) {
            if (known.equals(t)) {
                return known;
            }
        }
        return t;
    }

    private static int integer(String r) {
        try {
            return Integer.parseInt(r);
        } catch (NumberFormatException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "not an integer: " + r);
        }
    }

    /**
     * The column of a reference that must lie in the row being read. {@code D14} is read by hand (the
     * form every writer uses; a regular expression per cell costs a tenth of the reading); anything
     * else through POI's {@link CellReference}.
     */
    static int column(String ref, int row) {
        int letters = 0;
        while (letters < ref.length() && letters < 3 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            letters++;
        }
        int r = 0;
        boolean digits = letters > 0 && letters < ref.length() && ref.charAt(letters) != '0';
        for (int i = letters; digits && i < ref.length(); i++) {
            char c = ref.charAt(i);
            digits = c >= '0' && c <= '9' && i - letters < 7;
            r = r * 10 + (c - '0');
        }
        int column;
        if (digits) {
            r--;
            column = CellReference.convertColStringToIndex(ref.substring(0, letters));
        } else {
            try {
                CellReference at = new CellReference(ref);
                r = at.getRow();
                column = at.getCol();
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "cell reference " + ref);
            }
        }
        if (r != row || column < 0 || column > MAX_COLUMN) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "cell " + ref + " in row " + (row + 1));
        }
        return column;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    /**
     * Cells by position, in an open-addressing table of primitive keys: a sheet is a few hundred cells,
     * and a boxed key and an entry object per cell cost more than reading it.
     */
    private static final class CellMap {
        private long[] keys = new long[256];
        private Raw[] values = new Raw[256];
        private long[] order = new long[128];
        private int size;

        /** Adds a cell; false when a cell is already at that place. */
        boolean put(long key, Raw value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(key);
            if (values[i] != null) {
                return false;
            }
            keys[i] = key;
            values[i] = value;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size++] = key;
            return true;
        }

        Raw get(long key) {
            return values[slot(key)];
        }

        long[] positions() {
            return Arrays.copyOf(order, size);
        }

        /** The slot holding the key, or the empty slot where it would go. */
        private int slot(long key) {
            int mask = keys.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            Raw[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Raw[oldValues.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    int k = slot(oldKeys[i]);
                    keys[k] = oldKeys[i];
                    values[k] = oldValues[i];
                }
            }
        }
    }
}
