package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.NotAReportException;

/** A row the schema does not know is named in one short line, however long or broken its label and numbers. */
class UnrecognisedRowTest {

    private static final Schema SCHEMA = Schema.official();

    @Test
    void aThousandCharacterLabelWithLineBreaksIsQuotedShortOnOneLine() throws NotAReportException {
        String label = "其他情况说明\n" + "很长的说明".repeat(200) + "\r\n第二段";
        Report read = new Recognizer(SCHEMA).recognize(new Document("x.html", "html", List.of(table3WithRow(label)), List.of(), 1));
        List<Problem> unknown = read.problems().stream().filter(p -> p.rule().equals("unrecognised_row")).toList();
        assertEquals(1, unknown.size(), read.problems().toString());
        String message = unknown.get(0).message();
        assertTrue(message.length() < 160, message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.contains("“其他情况说明 很长的说明"), message);
        assertTrue(message.contains("…"), message);
        assertEquals(7, read.values().get("t3.new.natural").number().intValue());
    }

    /** 表三 of 2021 laid out officially, every value 7, then a row of a label no schema knows with a number in every column. */
    private static Grid table3WithRow(String label) {
        TableLayout layout = OfficialLayout.of(SCHEMA.view("t3", Generation.V2021));
        SourceLocation file = SourceLocation.ofFile("x.html");
        List<List<Cell>> rows = LaidOut.rows(layout, file, c -> new Cell(c.code() == null ? c.text() : "7", c.rowSpan(), c.colSpan(),
                false, file.withCell(c.row() + 1, c.column() + 1, null)));
        List<Cell> extra = new ArrayList<>();
        extra.add(Cell.of(label, file));
        for (int j = 1; j < layout.width(); j++) {
            extra.add(Cell.of(j < 3 ? "" : "12345", file));
        }
        rows.add(extra);
        return new Grid(rows, true);
    }
}
