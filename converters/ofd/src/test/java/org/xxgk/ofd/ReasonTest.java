package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;

import org.junit.jupiter.api.Test;

/** What a user reads of a library's failure: Chinese words, never English, a class name or a temporary path. */
class ReasonTest {

    @Test
    void ofdrwsChineseMessagesAreKept() {
        // The attribute name beside the word is English: left out (found by fuzzing).
        assertEquals("字号不能为空", OfdReportReader.reason(new RuntimeException("x", new IllegalArgumentException("字号（Size）不能为空"))));
        assertEquals("文件结构不符合 GB/T 33190", OfdReportReader.reason(new IllegalArgumentException("字号 Size 不能为空")));
    }

    @Test
    void englishAndPathsAreNotShown() {
        assertEquals("文件结构不符合 GB/T 33190", OfdReportReader.reason(new IllegalStateException("Index 3 out of bounds")));
        assertEquals("文件结构不符合 GB/T 33190", OfdReportReader.reason(new IllegalArgumentException("不存在: /tmp/xxgk-ofd-1/Doc_0")));
        assertEquals("缺少它指向的部件", OfdReportReader.reason(new RuntimeException(new FileNotFoundException("/tmp/x/Page_0/Content.xml"))));
        assertEquals("坐标、字号或字符间距不是数字", OfdReportReader.reason(new NumberFormatException("For input string: \"x1\"")));
    }
}
