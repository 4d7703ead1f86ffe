package org.xxgk.core.recognize;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label text reduced to what identifies it, so that the same label typed, pasted or extracted in
 * different ways compares equal: full-width forms folded (NFKC), white space and line breaks removed,
 * {@code 1、} read as {@code 1.}, annotations in parentheses and punctuation dropped.
 *
 * @param enumerator the leading item number in one form ({@code 一、}, {@code (三)}, {@code 2.}), or ""
 * @param body       the rest, with annotations, punctuation and spaces removed
 */
public record LabelText(String enumerator, String body) {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[、.．,，]|\\(([一二三四五六七八九十]+)\\)|(\\d{1,2})[.、．,，](?!\\d))");
    private static final Pattern ANNOTATION = Pattern.compile("\\([^()]*\\)|\\([^()]*$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}“”‘’《》〈〉「」『』【】、，。：；！？·…—－~〃]");

    public static LabelText of(String raw) {
        String s = fold(raw);
        String enumerator = "";
        Matcher m = ENUMERATOR.matcher(s);
        if (m.find()) {
            enumerator = m.group(1) != null ? m.group(1) + "、" : m.group(2) != null ? "(" + m.group(2) + ")" : m.group(3) + ".";
            s = s.substring(m.end());
        }
        String body = PUNCTUATION.matcher(ANNOTATION.matcher(s).replaceAll("")).replaceAll("");
        if (body.isEmpty()) {
            // A label that is all annotation, like 表三's （本列数据的勾稽关系为：…）: keep its words.
            body = PUNCTUATION.matcher(s).replaceAll("");
        }
        return new LabelText(enumerator, body);
    }

    /**
     * NFKC with the spaces removed and brackets unified: the form in which labels are compared and in
     * which cell texts are shown back to users.
     */
    public static String fold(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = s.replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')');
        return SPACE.matcher(s).replaceAll("");
    }

    /** The enumerator and body together: two labels with the same key are the same label. */
    public String key() {
        return enumerator + body;
    }

    public boolean isEmpty() {
        return enumerator.isEmpty() && body.isEmpty();
    }
}
