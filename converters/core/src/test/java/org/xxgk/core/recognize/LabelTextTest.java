package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）;(二)部分公开",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形);(二)部分公开",
        "1、属于国家秘密;1.属于国家秘密",
        "１．属于国家秘密;1.属于国家秘密",
        "商业 企业;商业企业",
        "3.危及\"三安全一稳定\";3.危及“三安全一稳定”",
        "规章（设区的市、自治州人民政府应提供相关数据）;规章",
        "本年收费金额(单位:万元);本年收费金额（单位：万元）",
        "结 果 维 持;结果维持",
        "其中:主动公开规范性文件数;其中：主动公开规范性文件数",
    })
    void foldsTheWaysReportsWriteTheSameLabel(String written, String official) {
        assertEquals(LabelText.of(official).key(), LabelText.of(written).key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"三、本年度办理结果;三、;本年度办理结果", "(六)其他处理;(六);其他处理",
        "2.重复申请;2.;重复申请", "行政许可;;行政许可"})
    void splitsTheEnumeratorFromTheBody(String text, String enumerator, String body) {
        LabelText t = LabelText.of(text);
        assertEquals(enumerator == null ? "" : enumerator, t.enumerator());
        assertEquals(body, t.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"})
    void keepsTheWordsOfALabelThatIsAllAnnotation(String text) {
        assertEquals("本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和", LabelText.of(text).body());
    }
}
