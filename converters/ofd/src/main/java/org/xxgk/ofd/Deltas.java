package org.xxgk.ofd;

import java.util.Arrays;

/**
 * The glyph offsets of a TextCode ({@code DeltaX}, {@code DeltaY}; GB/T 33190-2016, 11.3): one number per
 * gap between two glyphs, {@code g N V} standing for N times V. A list shorter than the glyphs repeats its
 * last offset, as viewers draw it (ofdrw does too); without a list the glyphs have no offset in that
 * direction.
 */
final class Deltas {

    private Deltas() {
    }

    /**
     * @param text   the attribute, or {@code null}
     * @param needed how many offsets the glyphs need (the glyph count less one)
     * @return exactly {@code needed} offsets
     * @throws NumberFormatException when the list is not one of numbers and {@code g} repeats
     */
    static double[] parse(String text, int needed) {
        double[] out = new double[Math.max(needed, 0)];
        if (text == null || text.isBlank() || needed <= 0) {
            return out;
        }
        String[] tokens = text.strip().split("\\s+");
        int n = 0;
        for (int i = 0; i < tokens.length && n < needed; i++) {
            if (tokens[i].equals("g")) {
                if (i + 2 >= tokens.length) {
                    throw new NumberFormatException("g without count and value");
                }
                int count = Integer.parseInt(tokens[i + 1]);
                double value = number(tokens[i + 2]);
                if (count < 0) {
                    throw new NumberFormatException("negative count");
                }
                for (int k = 0; k < count && n < needed; k++) {
                    out[n++] = value;
                }
                i += 2;
            } else {
                out[n++] = number(tokens[i]);
            }
        }
        if (n > 0 && n < needed) {
            Arrays.fill(out, n, needed, out[n - 1]);
        }
        return out;
    }

    private static double number(String s) {
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(s);
        }
        return v;
    }
}
