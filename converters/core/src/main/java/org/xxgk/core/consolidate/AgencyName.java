package org.xxgk.core.consolidate;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Agency names as people write them, made comparable: {@code 临江市住房和城乡建设局（盖章）} and
 * {@code 临江市 住房和城乡建设局} are one agency, and {@code 市住建局} is its usual abbreviation.
 */
final class AgencyName {

    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000·•]+|[（(][^）)]*[）)]");
    /** Usual abbreviations of words in agency names, longest first. */
    private static final List<Map.Entry<String, String>> ABBREVIATIONS = List.of(
            Map.entry("住房和城乡建设", "住建"), Map.entry("人力资源和社会保障", "人社"), Map.entry("发展和改革", "发改"),
            Map.entry("自然资源和规划", "自然资源"), Map.entry("市场监督管理", "市场监管"), Map.entry("卫生健康", "卫健"),
            Map.entry("生态环境", "生态环境"), Map.entry("农业农村", "农业农村"), Map.entry("交通运输", "交通"),
            Map.entry("文化广电旅游", "文旅"), Map.entry("文化和旅游", "文旅"), Map.entry("应急管理", "应急"),
            Map.entry("退役军人事务", "退役军人"), Map.entry("人民政府办公室", "政府办"), Map.entry("委员会", "委"),
            Map.entry("人民政府", "政府"));

    private AgencyName() {
    }

    /** The name with spaces, bracketed notes ({@code （盖章）}) and full-width forms removed. */
    static String normalise(String name) {
        return NOISE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The name with its usual abbreviations applied, so that a full name and its short form meet. */
    static String abbreviate(String normalised) {
        String s = normalised;
        for (Map.Entry<String, String> e : ABBREVIATIONS) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    /**
     * How well two names stand for one agency, from 0 to 1: 1 when one ends with the other after
     * abbreviation ({@code 市住建局} and {@code 临江市住房和城乡建设局}); otherwise the share of the
     * shorter name's characters found in order in the longer one.
     */
    static double similarity(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        return Math.max(inOrder(abbreviate(x), abbreviate(y)), inOrder(x, y));
    }

    private static double inOrder(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        if (longer.endsWith(shorter)) {
            return 1;
        }
        int found = 0;
        int at = 0;
        for (int i = 0; i < shorter.length() && at < longer.length(); i++) {
            int next = longer.indexOf(shorter.charAt(i), at);
            if (next >= 0) {
                found++;
                at = next + 1;
            }
        }
        // Below 1 even when every character is found: only an exact ending is a sure match.
        return 0.95 * found / shorter.length();
    }
}
