package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.xxgk.core.schema.Schema;

class LabelMatcherTest {

    private final LabelMatcher matcher = new LabelMatcher(Schema.official());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "一、本年新收政府信息公开申请数量;一、本年新收政府信息公开申请数量",
        "一、本年新收政府信息公开申请数;一、本年新收政府信息公开申请数量",
        "现行有效件;现行有效件数",
        "本年新发件数;本年制发件数",
        "4.无正当理由大量反复申情;4.无正当理由大量反复申请",
        "2.没有现成信息需要另行製作;2.没有现成信息需要另行制作",
    })
    void toleratesADroppedOrWrongCharacter(String text, String official) {
        List<LabelMatcher.Match> found = matcher.match(text);
        assertTrue(!found.isEmpty(), text);
        assertEquals(official, found.get(0).entry().node() != null ? found.get(0).entry().node().label() : "", text);
    }

    @Test
    void shortLabelsMustBeExact() {
        assertTrue(matcher.match("规范").isEmpty());
        assertTrue(matcher.match("自然").isEmpty());
    }

    @Test
    void aRowLabelBeatsAColumnHeadingOfTheSameWords() {
        List<LabelMatcher.Match> found = matcher.match("3.其他");
        assertEquals(LabelMatcher.Kind.ROW, found.get(0).entry().kind());
        assertEquals(LabelMatcher.Kind.COLUMN, matcher.match("其他").get(0).entry().kind());
    }
}
