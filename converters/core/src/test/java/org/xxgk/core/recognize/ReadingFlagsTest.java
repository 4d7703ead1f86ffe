package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.CellValue.Flag;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.NotAReportException;

/** What a reader says of a cell's reading (OCR, unsure, the engine's confidence) reaches the value read from it. */
class ReadingFlagsTest {

    private static final Schema SCHEMA = Schema.official();

    @Test
    void aCellsReadingFlagsAndConfidenceReachItsValue() throws NotAReportException {
        Report read = new Recognizer(SCHEMA).recognize(new Document("scan.png", "png", List.of(table3(true, "t3.new.natural")), List.of(), 1));
        CellValue unsure = read.values().get("t3.new.natural");
        assertEquals(new BigDecimal("7"), unsure.number());
        assertEquals(Set.of(Flag.OCR, Flag.UNSURE), unsure.flags());
        assertEquals(0.42, unsure.confidence());
        CellValue sure = read.values().get("t3.new.commercial");
        assertEquals(Set.of(Flag.OCR), sure.flags());
        assertEquals(0.97, sure.confidence());
        assertEquals(0.97, sure.withFlag(Flag.INFERRED).confidence());
    }

    @Test
    void cellsReadAsWrittenHaveNoConfidence() throws NotAReportException {
        Report read = new Recognizer(SCHEMA).recognize(new Document("x.html", "html", List.of(table3(false, null)), List.of(), 1));
        assertEquals(Set.of(), read.values().get("t3.new.natural").flags());
        assertNull(read.values().get("t3.new.natural").confidence());
    }

    /** 表三 of 2021 laid out officially, every value 7; {@code byEngine}: read by OCR, the cell of {@code unsure} below its threshold. */
    private static Grid table3(boolean byEngine, String unsure) {
        TableLayout layout = OfficialLayout.of(SCHEMA.view("t3", Generation.V2021));
        SourceLocation file = SourceLocation.ofFile("scan.png").withPage(1);
        List<List<Cell>> rows = LaidOut.rows(layout, file, c -> {
            Cell origin = new Cell(c.code() == null ? c.text() : "7", c.rowSpan(), c.colSpan(), false,
                    file.withCell(c.row() + 1, c.column() + 1, null));
            if (byEngine && c.code() != null) {
                origin = c.code().equals(unsure) ? origin.withReading(Set.of(Flag.OCR, Flag.UNSURE), 0.42)
                        : origin.withReading(Set.of(Flag.OCR), 0.97);
            }
            return origin;
        });
        return new Grid(rows, true);
    }
}
