package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.xxgk.core.schema.Schema;

class ParsedValueTest {

    private static ParsedValue parse(String s) {
        return ParsedValue.parse(s, Schema.official().units()).orElseThrow(() -> new AssertionError("not a value: " + s));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {"6;6", "１２;12", "1,234;1234", "1，234;1234", " 7 ;7", "5件;5", "1.5;1.5",
        "1.5万元;1.5", "-3;-3", "+2;2", "0;0"})
    void readsNumbersAsAgenciesWriteThem(String text, String number) {
        assertEquals(new BigDecimal(number), parse(text).number());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"-", "—", "——", "/", "无", "－"})
    void readsPlaceholdersAsZero(String text) {
        assertEquals(ParsedValue.Kind.PLACEHOLDER, parse(text).kind());
    }

    @Test
    void convertsYuanInAWanYuanCell() {
        ParsedValue v = parse("251000元");
        assertEquals(new BigDecimal("25.1"), v.in("万元"));
        assertTrue(v.isConvertedIn("万元"));
        assertEquals(new BigDecimal("251000"), v.in("件"));
    }

    @Test
    void wordsAreNotValues() {
        assertTrue(ParsedValue.parse("规章", Schema.official().units()).isEmpty());
        assertTrue(ParsedValue.parse("约5", Schema.official().units()).isEmpty());
        assertTrue(ParsedValue.parse("5个月", Schema.official().units()).isEmpty());
        assertEquals(ParsedValue.Kind.BLANK, ParsedValue.parse(" ", Schema.official().units()).orElseThrow().kind());
    }
}
