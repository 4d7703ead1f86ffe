package org.xxgk.excel;

import java.util.Arrays;

import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet's cells as its XML holds them, read with an {@link XmlScanner}: for each cell its type attribute, style
 * index, whether it has a formula, its {@code <v>} text and its inline string, nothing interpreted yet
 * ({@link StreamedCells} turns them into text the way {@link CellText} does). A sheet our template
 * writes is a few hundred cells; a row or cell without its reference, or an array formula, is refused,
 * because the usermodel places and types those by rules this reader does not repeat.
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

    /** The value types of a cell's {@code t} attribute, shared rather than made per cell. */
    private static final String[] TYPES = {"s", "n", "str", "b", "e", "inlineStr", "d"};

    private final CellMap cells = new CellMap();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder runs = new StringBuilder();
    private int row = -1;
    private long at;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private boolean inV;
    private boolean inIs;
    private boolean inRun;
    private boolean inPhonetic;
    private boolean inT;
    private boolean hasRuns;
    private String directText;

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

    /** The cells of a worksheet part. */
    static StreamedSheet read(XmlScanner xml) {
        StreamedSheet sheet = new StreamedSheet();
        for (XmlScanner.Event e = xml.next(); e != XmlScanner.Event.EOF; e = xml.next()) {
            switch (e) {
                case START -> sheet.start(xml);
                case END -> sheet.end(xml);
                case TEXT -> sheet.text(xml);
                default -> {
                }
            }
        }
        return sheet;
    }

    private void start(XmlScanner xml) {
        if (xml.is("c")) {
            startCell(xml);
        } else if (xml.is("v")) {
            inV = true;
            value = null;
        } else if (xml.is("row")) {
            row = integer(xml.required("r")) - 1;
        } else if (xml.is("f")) {
            formula(xml);
        } else if (xml.is("is")) {
            inIs = true;
            hasRuns = false;
            directText = null;
            runs.setLength(0);
        } else if (xml.is("r")) {
            inRun = inIs;
        } else if (xml.is("rPh")) {
            inPhonetic = true;
        } else if (xml.is("t")) {
            inT = inIs && !inPhonetic;
            text.setLength(0);
        }
    }

    private static int integer(String r) {
        try {
            return Integer.parseInt(r);
        } catch (NumberFormatException e) {
            throw new StreamedTemplate.Unsupported("not an integer: " + r);
        }
    }

    private void startCell(XmlScanner xml) {
        at = xml.cellReference("r");
        if (at < 0) {
            String ref = xml.required("r");
            at = key(row, column(ref, row));
        } else if (row(at) != row) {
            throw new StreamedTemplate.Unsupported("cell at row " + (row(at) + 1) + " in row " + (row + 1));
        }
        type = xml.attribute("t", TYPES);
        style = xml.intAttribute("s", -1);
        if (style == -1 && xml.attribute("s") != null) {
            style = integer(xml.attribute("s"));
        }
        formula = false;
        value = null;
        directText = null;
        hasRuns = false;
    }

    private void formula(XmlScanner xml) {
        String t = xml.attribute("t");
        if ("array".equals(t)) {
            throw new StreamedTemplate.Unsupported("array formula in row " + (row + 1));
        }
        formula = !"dataTable".equals(t);
    }

    private void text(XmlScanner xml) {
        if (inV) {
            value = value == null ? xml.text() : value + xml.text();
        } else if (inT) {
            text.append(xml.text());
        }
    }

    private void end(XmlScanner xml) {
        if (xml.is("c")) {
            endCell();
        } else if (xml.is("v")) {
            inV = false;
            if (value == null) {
                value = "";
            }
        } else if (xml.is("t")) {
            endText();
        } else if (xml.is("r")) {
            inRun = false;
        } else if (xml.is("rPh")) {
            inPhonetic = false;
        } else if (xml.is("is")) {
            inIs = false;
        }
    }

    /** A {@code <t>} of an inline string: in a run, or the string's own text (runs win, as in POI). */
    private void endText() {
        if (!inT) {
            return;
        }
        inT = false;
        if (inRun) {
            hasRuns = true;
            runs.append(text);
        } else {
            directText = text.toString();
        }
    }

    private void endCell() {
        if (row < 0) {
            throw new StreamedTemplate.Unsupported("cell outside a row");
        }
        String inline = hasRuns ? runs.toString() : directText;
        if (!cells.put(at, new Raw(type, style, formula, value, inline))) {
            throw new StreamedTemplate.Unsupported("two cells at one place in row " + (row + 1));
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
        if (digits) {
            if (r - 1 != row) {
                throw new StreamedTemplate.Unsupported("cell " + ref + " in row " + (row + 1));
            }
            return CellReference.convertColStringToIndex(ref.substring(0, letters));
        }
        CellReference at = new CellReference(ref);
        if (at.getRow() != row) {
            throw new StreamedTemplate.Unsupported("cell " + ref + " in row " + (row + 1));
        }
        return at.getCol();
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
