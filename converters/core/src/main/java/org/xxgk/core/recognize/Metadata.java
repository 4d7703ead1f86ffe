package org.xxgk.core.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency, report year and publication date, from the report's own words: the page's 发布机构
 * field, the title ({@code 某某局2023年政府信息公开工作年度报告}, sometimes over two lines), the
 * statistics table's 填报单位, the signature and date at the end.
 *
 * @param agency    the publishing body, or {@code null}
 * @param year      the year the statistics cover, or {@code null}
 * @param published the publication date, or {@code null}
 */
record Metadata(String agency, Integer year, LocalDate published) {

    private static final int TITLE_LINES = 20;
    private static final int SIGNATURE_LINES = 12;
    private static final Pattern PUBLISHER = Pattern.compile("发布机构[:：]\\s*\\|?\\s*([^|]+?)\\s*(?:\\||$)");
    /** Where the 发布机构 value ends when a page puts the next field on the same line. */
    private static final Pattern NEXT_FIELD = Pattern.compile("\\s+|(?=(?:发布日期|成文日期|发文日期|索引号|文号|发文字号|主题分类|公开方式|组配分类|生效日期)[:：])");
    private static final Pattern TITLE = Pattern.compile(
            "^(.*?)\\s*(?:关于)?\\s*(\\d{4})\\s*年\\s*度?\\s*(?:的)?\\s*(?:政府|政务)?\\s*信\\s*息\\s*公\\s*开.*报\\s*告");
    private static final Pattern FILLER = Pattern.compile("填报单位\\s*[(（]?\\s*盖章\\s*[)）]?\\s*[:：]\\s*([^\\s|]+)");
    private static final Pattern YEAR_TAG = Pattern.compile("(\\d{4})\\s*年度");
    private static final Pattern ISO_DATE = Pattern.compile("(?:成文日期|发布日期|发文日期)[:：]\\s*\\|?\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE = Pattern.compile("([0-9〇零一二三四五六七八九]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月\\s*([0-9一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern DATE_LINE = Pattern.compile("^[\\s(（]*(?:填报日期[:：]?\\s*)?" + DATE.pattern() + "[\\s)）]*$");

    static Metadata of(List<String> lines) {
        List<String> text = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Optional<Matcher> title = title(text);
        String agency = publisher(text)
                .or(() -> title.flatMap(m -> agencyFromTitle(m, text)))
                .or(() -> first(text, FILLER).map(m -> m.group(1)))
                .or(() -> signature(text))
                .orElse(null);
        Integer year = title.map(m -> Integer.valueOf(m.group(2)))
                .or(() -> first(text.subList(0, Math.min(TITLE_LINES, text.size())), YEAR_TAG).map(m -> Integer.valueOf(m.group(1))))
                .orElse(null);
        LocalDate published = first(text, ISO_DATE).flatMap(m -> date(m.group(1), m.group(2), m.group(3)))
                .or(() -> headDate(text))
                .or(() -> tailDate(text))
                .orElse(null);
        return new Metadata(agency, year, published);
    }

    private static Optional<String> publisher(List<String> text) {
        return first(text, PUBLISHER).map(m -> NEXT_FIELD.split(m.group(1).strip(), 2)[0]).filter(s -> !s.isEmpty());
    }

    private static Optional<Matcher> title(List<String> text) {
        for (int i = 0; i < Math.min(TITLE_LINES, text.size()); i++) {
            Matcher m = TITLE.matcher(text.get(i));
            if (m.find() && text.get(i).length() < 80) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The words before the year in the title, or the line above when the title starts with the year. */
    private static Optional<String> agencyFromTitle(Matcher m, List<String> text) {
        String before = clean(m.group(1));
        if (!before.isEmpty()) {
            return Optional.of(before);
        }
        int at = -1;
        for (int i = 0; i < Math.min(TITLE_LINES, text.size()); i++) {
            if (text.get(i).startsWith(m.group(0).strip())) {
                at = i;
                break;
            }
        }
        return at > 0 ? Optional.of(clean(text.get(at - 1))).filter(s -> !s.isEmpty() && s.length() < 40) : Optional.empty();
    }

    private static String clean(String s) {
        // Heading marks of Markdown (#) and quotes around a title are not part of the name.
        return s.replaceAll("[\\s\\u3000]+", "").replaceAll("关于$", "").replaceAll("^[#《“\"]+", "");
    }

    /** The line above the date that ends the report: how agencies sign. */
    private static Optional<String> signature(List<String> text) {
        for (int i = text.size() - 1; i > 0 && i >= text.size() - SIGNATURE_LINES; i--) {
            if (DATE_LINE.matcher(text.get(i)).matches()) {
                String above = text.get(i - 1);
                if (above.length() < 40 && !above.endsWith("。") && !above.contains("|")) {
                    return Optional.of(above);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> headDate(List<String> text) {
        for (int i = 0; i < Math.min(6, text.size()); i++) {
            Matcher m = DATE_LINE.matcher(text.get(i));
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tailDate(List<String> text) {
        for (int i = text.size() - 1; i >= 0 && i >= text.size() - SIGNATURE_LINES; i--) {
            Matcher m = DATE_LINE.matcher(text.get(i));
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    private static Optional<Matcher> first(List<String> text, Pattern p) {
        for (String line : text) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(ChineseNumber.parse(y), ChineseNumber.parse(m), ChineseNumber.parse(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
