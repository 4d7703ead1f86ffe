package org.xxgk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xxgk.core.schema.Schema;

/** What the engine makes of labels is put right against the schema only where one label is clearly meant. */
class LabelBookTest {

    private final LabelBook book = new LabelBook(Schema.official());

    @Test
    void misreadLabelsBecomeTheSchemasLabels() {
        assertEquals(Optional.of("1.属于国家秘密"), book.nearest("工属于国家秘密"));
        assertEquals(Optional.of("总计"), book.nearest("总汁"));
        assertEquals(Optional.of("自然人"), book.nearest("自然人"));
    }

    @Test
    void textThatIsNoLabelOrCouldBeSeveralStaysAsRead() {
        assertEquals(Optional.empty(), book.nearest("临江市住房和城乡建设局"));
        assertEquals(Optional.empty(), book.nearest("12"));
        assertEquals(Optional.empty(), book.nearest(""));
    }

    @Test
    void cleaningDropsWhatOcrAddsToLabels() {
        assertEquals("信息内容", CellReader.clean("|信息 内容"));
        assertEquals("本年收费金额（单位;万元）", CellReader.clean("本年收费金额〈单位;万元)".replace(")", "〉")));
        assertEquals("不是《条例》所指政府信息", CellReader.clean("不是《条例》所指政府信息"));
    }
}
