package org.xxgk.text;

/** Text laid out in columns: positions in display width ({@link DisplayWidth}). */
final class Columns {

    private Columns() {
    }

    /** The characters of a line whose display column is in {@code [from, to)}. */
    static String slice(String line, int from, int to) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < line.length() && col < to; ) {
            int cp = line.codePointAt(i);
            if (col >= from) {
                out.appendCodePoint(cp);
            }
            col += DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * A line as one entry per display column: the character that starts there, or {@code 0} where a wide
     * character's second half stands; so that box drawing can be followed column by column.
     */
    static int[] cells(String line) {
        int[] out = new int[DisplayWidth.of(line)];
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (w > 0) {
                out[col] = cp;
                col += w;
            }
            i += Character.charCount(cp);
        }
        return out;
    }
}
