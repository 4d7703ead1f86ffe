package org.xxgk.consolidate;

/**
 * Row heights for wrapped text. A spreadsheet program does not always grow a row to fit wrapped text
 * (never for merged cells, and not on opening a file that did not say so), and a row too short prints
 * its lines over each other; so each row that wraps is given the height its longest cell needs.
 */
final class Heights {

    /** Points per line of the sheets' 11-point text, with its leading. */
    static final float LINE = 14.5f;

    private Heights() {
    }

    /** Lines a text takes in a column of {@code width} characters (a Chinese character is two). */
    static int lines(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += (int) Math.max(1, Math.ceil(units(part) / Math.max(1, width - 1)));
        }
        return lines;
    }

    /** The height of a row whose cells need at most {@code lines} lines. */
    static float points(int lines) {
        return lines * LINE + 4;
    }

    /** Width units of a text: two for a CJK or full-width character, one for others. */
    static int units(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return n;
    }
}
