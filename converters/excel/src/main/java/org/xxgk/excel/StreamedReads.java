package org.xxgk.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How the .xlsx and .xls files read in this process were read: how many were streamed as our
 * template, and how many went to POI's usermodel instead, by reason. Counted for the whole process
 * (every {@link WorkbookReader}), so that a benchmark can say whether its files took the fast path.
 */
public final class StreamedReads {

    /** Why a workbook was read through POI's usermodel instead of streamed. */
    public enum Fallback {
        /** An .xls (or anything that is not a zip): only an .xlsx can be streamed. */
        NOT_XLSX("不是 .xlsx"),
        /** No hidden {@code xxgk} sheet recording the template's layout: any workbook made by hand. */
        NOT_TEMPLATE("不是 xxgk 模板"),
        /** A table whose layout was edited, or a visible sheet the template does not have: read as they stand. */
        EDITED("版式改动或多出工作表"),
        /** A formula without a cached value (a file written by a library that does not compute): needs evaluating. */
        NO_CACHED_VALUE("公式没有缓存值"),
        /** A cell written in a form the streamed reading does not interpret (array formula, no cell reference …). */
        UNUSUAL_CELL("单元格写法少见"),
        /** A package structure the streamed reading does not follow (relationships, parts, zip features). */
        UNUSUAL_PACKAGE("文件结构少见"),
        /** A part that is not well-formed UTF-8 XML, or declares a document type. */
        MALFORMED_XML("XML 不合规"),
        /** Zip data that does not inflate to what the directory says (size, checksum). */
        DAMAGED_ZIP("压缩数据损坏");

        private final String label;

        Fallback(String label) {
            this.label = label;
        }

        /** The reason in a few Chinese words. */
        public String label() {
            return label;
        }
    }

    private static final LongAdder STREAMED = new LongAdder();
    private static final Map<Fallback, LongAdder> FALLBACKS = new EnumMap<>(Fallback.class);

    static {
        for (Fallback f : Fallback.values()) {
            FALLBACKS.put(f, new LongAdder());
        }
    }

    private StreamedReads() {
    }

    /** How many workbooks were streamed. */
    public static long streamed() {
        return STREAMED.sum();
    }

    /** How many workbooks were read through the usermodel, by reason (every reason present, 0 when none). */
    public static Map<Fallback, Long> fallbacks() {
        Map<Fallback, Long> out = new EnumMap<>(Fallback.class);
        FALLBACKS.forEach((f, n) -> out.put(f, n.sum()));
        return Collections.unmodifiableMap(out);
    }

    /** One line: {@code 流式读取回退到 POI：2 次（原因：不是 xxgk 模板 2 次；流式读取 9998 个工作簿）}. */
    public static String summary() {
        long total = 0;
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<Fallback, Long> e : fallbacks().entrySet()) {
            if (e.getValue() > 0) {
                total += e.getValue();
                reasons.add(e.getKey().label() + " " + e.getValue() + " 次");
            }
        }
        String why = reasons.isEmpty() ? "" : "原因：" + String.join("，", reasons) + "；";
        return "流式读取回退到 POI：" + total + " 次（" + why + "流式读取 " + streamed() + " 个工作簿）";
    }

    static void countStreamed() {
        STREAMED.increment();
    }

    static void count(Fallback reason) {
        FALLBACKS.get(reason).increment();
    }
}
