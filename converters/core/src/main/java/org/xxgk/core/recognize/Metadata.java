package org.xxgk.core.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;

/**
 * The agency, report year and publication date, from the report's own words. The agency and year come
 * from, in this order of trust: the title ({@code 某某局2023年政府信息公开工作年度报告}, also when it
 * wraps over two or three lines), the document's own Title property (a PDF's document information),
 * the page's 发布机构 field, the statistics table's 填报单位, the signature at the end. A source that
 * names another agency or year than the one taken is a warning naming both, so that a title cut by
 * its wrapping ({@code 临江 / 市人力资源和社会保障局…}) never silently loses the city.
 *
 * @param agency    the publishing body, or {@code null}
 * @param year      the year the statistics cover, or {@code null}
 * @param published the publication date, or {@code null}
 * @param problems  the sources that disagree with what was taken, at warning level
 */
record Metadata(String agency, Integer year, LocalDate published, List<Problem> problems) {

    private static final int TITLE_LINES = 20;
    private static final int SIGNATURE_LINES = 12;
    /** A line above a date that is not a signature: a year ({@code 2023年度}), a field ({@code 编制单位：}), a number. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^[\\d\\s]+年度?$|^[\\d\\s.,，]+$|[:：]");
    /** A title wraps over at most this many lines. */
    private static final int WRAPPED_LINES = 3;
    /** Longer lines are prose that mentions the report, not its title. */
    private static final int TITLE_LENGTH = 80;
    /** A line above the title longer than this is not the start of its agency's name. */
    private static final int NAME_PART = 25;
    private static final Pattern PUBLISHER = Pattern.compile("发布机构[:：]\\s*\\|?\\s*([^|]+?)\\s*(?:\\||$)");
    /** Where the 发布机构 value ends when a page puts the next field on the same line. */
    private static final Pattern NEXT_FIELD = Pattern.compile("\\s+|(?=(?:发布日期|成文日期|发文日期|索引号|文号|发文字号|主题分类|公开方式|组配分类|生效日期)[:：])");
    private static final Pattern TITLE = Pattern.compile(
            "^(.*?)\\s*(?:关于)?\\s*(\\d{4})\\s*年\\s*度?\\s*(?:的)?\\s*(?:政府|政务)?\\s*信\\s*息\\s*公\\s*开.*报\\s*告");
    /**
     * The first character of a name cut at its start by a line break: an administrative level or an
     * agency's last word ({@code 市人力资源和社会保障局}, {@code 局}).
     */
    private static final Pattern CUT_NAME = Pattern.compile("^[市县区省州盟旗镇乡街局委办厅院部会所站队处科司中署馆和与及]");
    /** The year of a title: the line where the title's own words start or go on. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年");
    /** A line that ends a sentence or holds a field, a date or a link is not part of a title. */
    private static final Pattern NOT_TITLE = Pattern.compile("[。，,；;：:!！?？|>/]|\\d{4}\\s*[年.\\-/]\\s*\\d");
    private static final Pattern FILLER = Pattern.compile("填报单位\\s*[(（]?\\s*盖章\\s*[)）]?\\s*[:：]\\s*([^\\s|]+)");
    private static final Pattern YEAR_TAG = Pattern.compile("(\\d{4})\\s*年度");
    private static final Pattern ISO_DATE = Pattern.compile("(?:成文日期|发布日期|发文日期)[:：]\\s*\\|?\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE = Pattern.compile("([0-9〇零一二三四五六七八九]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月\\s*([0-9一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern DATE_LINE = Pattern.compile("^[\\s(（]*(?:填报日期[:：]?\\s*)?" + DATE.pattern() + "[\\s)）]*$");

    Metadata {
        problems = List.copyOf(problems);
    }

    /** A name or year and where it was read, in the words of a message. */
    private record Found<T>(T value, String source) {
    }

    static Metadata of(List<String> lines) {
        return of(lines, null);
    }

    /**
     * @param lines the document's text
     * @param title the document's own Title property, or {@code null}
     */
    static Metadata of(List<String> lines, String title) {
        List<String> text = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Optional<Title> inText = title(text);
        Optional<Title> property = property(title);
        List<Found<String>> agencies = new ArrayList<>();
        inText.flatMap(Title::agency).ifPresent(a -> agencies.add(new Found<>(a, "标题")));
        property.flatMap(Title::agency).ifPresent(a -> agencies.add(new Found<>(a, "文档属性中的标题")));
        publisher(text).ifPresent(a -> agencies.add(new Found<>(a, "发布机构")));
        first(text, FILLER).map(m -> m.group(1)).ifPresent(a -> agencies.add(new Found<>(a, "填报单位")));
        signature(text).ifPresent(a -> agencies.add(new Found<>(a, "落款")));
        List<Found<Integer>> years = new ArrayList<>();
        inText.map(Title::year).ifPresent(y -> years.add(new Found<>(y, "标题")));
        property.map(Title::year).ifPresent(y -> years.add(new Found<>(y, "文档属性中的标题")));
        first(text.subList(0, Math.min(TITLE_LINES, text.size())), YEAR_TAG)
                .ifPresent(m -> years.add(new Found<>(Integer.valueOf(m.group(1)), "正文开头")));
        LocalDate published = first(text, ISO_DATE).flatMap(m -> date(m.group(1), m.group(2), m.group(3)))
                .or(() -> headDate(text))
                .or(() -> tailDate(text))
                .orElse(null);
        List<Problem> problems = new ArrayList<>();
        String agency = agencies.isEmpty() ? null : agencies.get(0).value();
        if (agency != null) {
            conflict(agencies, "机构名称", problems);
        }
        Integer year = years.isEmpty() ? null : years.get(0).value();
        if (year != null) {
            // Only titles name the year of the statistics; a 年度 in the first lines may be a plan's year.
            conflict(years.stream().filter(y -> !y.source().equals("正文开头")).toList(), "报告年度", problems);
        }
        return new Metadata(agency, year, published, problems);
    }

    /** A warning for each source that names something else than the one trusted most. */
    private static <T> void conflict(List<Found<T>> found, String what, List<Problem> problems) {
        if (found.isEmpty()) {
            return;
        }
        Found<T> taken = found.get(0);
        for (Found<T> other : found.subList(1, found.size())) {
            if (!same(taken.value(), other.value()) && found.stream().limit(found.indexOf(other))
                    .noneMatch(f -> same(f.value(), other.value()))) {
                problems.add(Problem.of(Severity.WARNING, "metadata_conflict", List.of(), "",
                        what + "不一致：" + taken.source() + "为“" + taken.value() + "”，" + other.source() + "为“"
                                + other.value() + "”；已按" + taken.source() + "读取，请核实"));
            }
        }
    }

    private static boolean same(Object a, Object b) {
        return a instanceof String s && b instanceof String t ? LabelText.fold(s).equals(LabelText.fold(t)) : a.equals(b);
    }

    /** A title found: its agency (absent when nothing stands before the year) and year. */
    private record Title(Optional<String> agency, int year) {
    }

    private static Optional<String> publisher(List<String> text) {
        return first(text, PUBLISHER).map(m -> NEXT_FIELD.split(m.group(1).strip(), 2)[0]).filter(s -> !s.isEmpty());
    }

    /**
     * The title among the first lines: one line, or a line joined with the next one or two when the
     * title wraps ({@code …2023年政府信息公开工作 / 年度报告}); the agency's name completed from the line
     * above when the title's own line starts after the year or in the middle of the name.
     */
    private static Optional<Title> title(List<String> text) {
        int limit = Math.min(TITLE_LINES, text.size());
        for (int i = 0; i < limit; i++) {
            if (!YEAR.matcher(text.get(i)).find()) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < WRAPPED_LINES && i + k < text.size(); k++) {
                if (k > 0 && ends(text.get(i + k - 1))) {
                    break;
                }
                joined.append(text.get(i + k));
                if (joined.length() >= TITLE_LENGTH) {
                    // No title is this long; and matching TITLE over a long line backtracks quadratically.
                    break;
                }
                Matcher m = TITLE.matcher(joined);
                // The title's year stands on its first line; a year on the line before it is another text's.
                if (m.find() && m.start(2) < text.get(i).length()) {
                    return Optional.of(new Title(agency(clean(m.group(1)), text, i), Integer.parseInt(m.group(2))));
                }
            }
        }
        return Optional.empty();
    }

    /** A line that ends a sentence or holds a field: the title does not go on after it. */
    private static boolean ends(String line) {
        return NOT_TITLE.matcher(line.replaceFirst("^.*?\\d{4}\\s*年", "")).find();
    }

    /** The words before the year, with the line above when they are empty or the end of a name cut by a break. */
    private static Optional<String> agency(String before, List<String> text, int at) {
        boolean cut = before.isEmpty() || CUT_NAME.matcher(before).find() || before.length() <= 2;
        if (!cut || at == 0) {
            return Optional.of(before).filter(s -> !s.isEmpty());
        }
        String above = clean(text.get(at - 1));
        if (above.isEmpty() || above.length() > (before.isEmpty() ? 40 : NAME_PART) || NOT_TITLE.matcher(above).find()) {
            return Optional.of(before).filter(s -> !s.isEmpty());
        }
        return Optional.of(above + before);
    }

    /** The Title property when it is a report's title (not {@code Microsoft Word - 文档1}). */
    private static Optional<Title> property(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TITLE.matcher(title.strip());
        return m.find() ? Optional.of(new Title(Optional.of(clean(m.group(1))).filter(s -> !s.isEmpty()),
                Integer.parseInt(m.group(2)))) : Optional.empty();
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
                if (above.length() < 40 && !above.endsWith("。") && !above.contains("|") && !NOT_A_NAME.matcher(above).find()) {
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
