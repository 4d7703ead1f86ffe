package org.xxgk.core;

import java.util.List;

/**
 * One reader, writer or detector the toolkit found, with the formats it handles and where it came from.
 *
 * @param kind    what it does
 * @param formats the format names it handles (a detector names none)
 * @param type    its class's name
 * @param origin  the jar it came from
 */
public record Component(Kind kind, List<String> formats, String type, Origin origin) {

    /** What a component does, in the words {@code xxgk formats} prints. */
    public enum Kind {
        DOCUMENT_READER("读取文档"),
        DATA_READER("读取数据"),
        REPORT_WRITER("写出报告"),
        FORM_WRITER("写出空白模板"),
        REGION_WRITER("写出汇总"),
        REGION_READER("读取上年汇总"),
        DETECTOR("识别格式");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public Component {
        formats = List.copyOf(formats);
    }
}
