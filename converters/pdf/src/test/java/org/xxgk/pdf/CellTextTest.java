package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void removesSpacesBetweenChineseCharactersOnly() {
        assertEquals("合计", CellText.unspace("合 计"));
        assertEquals("信息内容", CellText.unspace("信　息 内  容"));
        assertEquals("（三）不予公开", CellText.unspace("（三） 不予公开"));
        assertEquals("2023 年", CellText.unspace("2023 年"));
        assertEquals("12 34", CellText.unspace("12 34"));
    }

    @Test
    void joinsWrappedChineseWithoutSpaces() {
        assertEquals("2.其他法律行政法规禁止公开", CellText.join(List.of("2.其他法律行政法规禁止公", "开")));
    }

    @Test
    void joinsALabelWrittenDownAColumn() {
        assertEquals("三、本年度办理结果", CellText.join(List.of("三", "、", "本", "年", "度", "办", "理", "结", "果")));
    }

    @Test
    void keepsTwoNumbersOnTwoLinesApart() {
        assertEquals("12 34", CellText.join(List.of("12", "34")));
    }

    @Test
    void ignoresEmptyLines() {
        assertEquals("总计", CellText.join(List.of("", " 总计 ", "")));
    }
}
