package org.xxgk.text;

/**
 * How many columns a terminal gives a character: 2 for East Asian wide and full-width characters
 * (CJK ideographs, kana, hangul, CJK punctuation, full-width forms), 0 for combining marks and format
 * characters, 1 for the rest (East Asian "ambiguous" characters such as {@code “} and {@code —}
 * included, as pandoc and most terminals count them).
 *
 * <p>The JDK has no East Asian Width property and ICU4J, which has it, is 14 MB; so the rule is the
 * JDK's scripts and blocks for the wide ranges, which covers every character a report's table holds.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (codePoint >= 0xFF01 && codePoint <= 0xFF60 || codePoint >= 0xFFE0 && codePoint <= 0xFFE6) {
            return 2; // full-width forms; the half-width katakana and hangul after them stay 1
        }
        if (codePoint >= 0xFF61 && codePoint <= 0xFFDC) {
            return 1;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return 2;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.SMALL_FORM_VARIANTS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.KANGXI_RADICALS
                || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                || block == Character.UnicodeBlock.IDEOGRAPHIC_DESCRIPTION_CHARACTERS ? 2 : 1;
    }

    static int of(CharSequence s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }
}
