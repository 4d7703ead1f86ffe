package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.testkit.RandomReports;

/**
 * A grid its reader vouches is an official layout ({@link Grid#official()}) is read by position, and
 * gives exactly the report its labels give.
 */
class OfficialGridTest {

    private static final Schema SCHEMA = Schema.official();
    private static final Recognizer RECOGNIZER = new Recognizer(SCHEMA);

    @ParameterizedTest
    @EnumSource(Generation.class)
    void aVouchedGridGivesTheReportItsLabelsGive(Generation g) throws NotAReportException {
        RandomReports random = new RandomReports(20261130L + g.ordinal(), 0.4);
        for (int i = 0; i < 30; i++) {
            Report r = random.next(g);
            Document byPosition = document(r, g, true);
            Document byLabels = document(r, g, false);
            assertEquals(RECOGNIZER.recognize(byLabels), RECOGNIZER.recognize(byPosition), g + " #" + i);
        }
    }

    @Test
    void aVouchedGridIsReadByPositionNotByItsLabels() throws NotAReportException {
        Report r = new RandomReports(7L).next(Generation.V2021);
        TableSpec t3 = SCHEMA.requireTable("t3");
        Grid relabelled = grid(r, OfficialLayout.of(SCHEMA.view("t3", Generation.V2021)), true, "标签" /* every label replaced */);
        Report read = RECOGNIZER.recognize(new Document("x", "xlsx", List.of(relabelled), List.of(), 1));
        for (String code : SCHEMA.view("t3", Generation.V2021).cells().stream().map(c -> c.code()).toList()) {
            assertEquals(r.find(code).orElseThrow(), read.find(code).orElseThrow(), code);
        }
        Grid unvouched = grid(r, OfficialLayout.of(SCHEMA.view(t3.id(), Generation.V2021)), false, "标签");
        assertThrows(NotAReportException.class,
                () -> RECOGNIZER.recognize(new Document("x", "xlsx", List.of(unvouched), List.of(), 1)));
    }

    private static Document document(Report r, Generation g, boolean vouched) {
        List<Grid> grids = new ArrayList<>();
        for (TableSpec t : SCHEMA.tablesIn(g)) {
            grids.add(grid(r, OfficialLayout.of(SCHEMA.view(t.id(), g)), vouched, null));
        }
        return new Document("x.xlsx", "xlsx", grids, List.of("填报单位（盖章）：临江市民政局", "2024年度"), 1);
    }

    /** The layout filled with the report's values; with {@code label}, every label cell holds that text instead. */
    private static Grid grid(Report r, TableLayout layout, boolean vouched, String label) {
        SourceLocation file = SourceLocation.ofFile("x.xlsx").withSheet(layout.view().table().name());
        List<List<Cell>> rows = LaidOut.rows(layout, file, c -> {
            CellValue v = c.code() == null ? null : r.values().get(c.code());
            String text = c.code() == null ? (label != null ? label : c.text()) : v == null ? "" : v.number().toPlainString();
            return new Cell(text, c.rowSpan(), c.colSpan(), false, file.withCell(c.row() + 1, c.column() + 1, null));
        });
        Generation g = layout.view().generation();
        return new Grid(rows, true, vouched ? new Grid.Official(layout.view().table().id(), g) : null);
    }
}
