package org.xxgk.core.recognize;

/** Reads the numbers of dates written in Chinese ({@code 二〇二二}, {@code 十二}, {@code 二十八}) or digits. */
final class ChineseNumber {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.contains("十")) {
            int at = s.indexOf('十');
            int tens = at == 0 ? 1 : digit(s.charAt(0));
            int ones = at == s.length() - 1 ? 0 : digit(s.charAt(at + 1));
            return tens * 10 + ones;
        }
        int n = 0;
        for (char c : s.toCharArray()) {
            n = n * 10 + digit(c);
        }
        return n;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c == '零' ? '〇' : c);
        if (d < 0) {
            throw new NumberFormatException("not a Chinese digit: " + c);
        }
        return d;
    }
}
