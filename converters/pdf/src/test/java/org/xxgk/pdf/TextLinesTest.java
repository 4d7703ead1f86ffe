package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import technology.tabula.TextElement;

class TextLinesTest {

    private static TextElement c(String text, float left, float top) {
        return new TextElement(top, left, 10f, 10f, null, 10f, text, 2.5f);
    }

    private static List<String> lines(TextElement... chars) {
        return TextLines.of(List.of(chars)).stream().map(TextLines::text).toList();
    }

    @Test
    void groupsCharactersByLineWhateverTheirOrder() {
        assertEquals(List.of("规章", "12"), lines(c("2", 36, 20), c("章", 10, 0.5f), c("1", 30, 20), c("规", 0, 0)));
    }

    @Test
    void readsAWideGapAsASpaceButNotBetweenChineseCharacters() {
        assertEquals(List.of("行政许可 12"), lines(c("行", 0, 0), c("政", 10, 0), c("许", 20, 0), c("可", 30, 0),
                c("1", 60, 0), c("2", 70, 0)));
        assertEquals(List.of("总计"), lines(c("总", 0, 0), c("计", 25, 0)));
    }

    @Test
    void dropsAGlyphPaintedTwiceForBoldType() {
        assertEquals(List.of("年度报告"), lines(c("年", 0, 0), c("年", 0.4f, 0), c("度", 10, 0), c("度", 10.4f, 0),
                c("报", 20, 0), c("告", 30, 0)));
    }
}
