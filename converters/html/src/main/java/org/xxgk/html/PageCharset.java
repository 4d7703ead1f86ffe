package org.xxgk.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its first bytes: {@code <meta charset="gbk">}, {@code <meta
 * http-equiv="Content-Type" content="text/html; charset=gb2312">} or an XML declaration's
 * {@code encoding}. Looked up in the raw bytes, before decoding, as browsers do.
 */
final class PageCharset {

    /** How far into the file the declaration is looked for (browsers look at 1024 bytes; CMS heads run longer). */
    static final int PRESCAN = 8 * 1024;

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile(
            "<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    /** The declared charset, or empty when there is none, Java does not know it, or it cannot be right. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        return label(META.matcher(head)).or(() -> label(XML.matcher(head))).flatMap(PageCharset::charset);
    }

    private static Optional<String> label(Matcher m) {
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A UTF-16 label on a page whose tag we just read as ASCII bytes is wrong by construction; browsers
     * read such pages as UTF-8, and so do we (by ignoring the label).
     */
    private static Optional<Charset> charset(String label) {
        if (label.toLowerCase(Locale.ROOT).startsWith("utf-16")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
