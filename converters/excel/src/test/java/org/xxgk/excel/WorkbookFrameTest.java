package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.RandomReports;

/** Workbooks of one structure share a frame; workbooks of another get their own, and every answer stays theirs. */
class WorkbookFrameTest {

    @Test
    void filledTemplatesOfOneFormatShareTheirFrame() throws Exception {
        RandomReports random = new RandomReports(3L);
        byte[] a = fill(random.next(Generation.V2021));
        byte[] b = fill(random.next(Generation.V2021));
        byte[] older = fill(random.next(Generation.V2019));
        WorkbookFrame first = WorkbookFrame.of(ZipParts.of(a, "f.xlsx"));
        assertSame(first, WorkbookFrame.of(ZipParts.of(b, "f.xlsx")));
        WorkbookFrame other = WorkbookFrame.of(ZipParts.of(older, "f.xlsx"));
        assertNotSame(first, other);
        assertSame(other, WorkbookFrame.of(ZipParts.of(older, "f.xlsx")));
        assertTrue(first.place(Names.ofCode("t3.new.total")).isPresent());
        assertTrue(other.place(Names.ofCode("t3.new.total")).isPresent());
    }

    @Test
    void theStreamedReadingOfAlternatingFormatsMatchesTheUserModel() throws Exception {
        RandomReports random = new RandomReports(4L);
        for (int i = 0; i < 6; i++) {
            byte[] bytes = fill(random.next(i % 2 == 0 ? Generation.V2021 : Generation.V2019));
            assertEquals(new WorkbookReader().throughUserModel(bytes, "f.xlsx"),
                    StreamedTemplate.read(bytes, "f.xlsx", org.xxgk.core.schema.Schema.official()).document().orElseThrow());
        }
    }

    private static byte[] fill(Report r) throws IOException {
        return Excel.bytes(TemplateFiller.official().fill(r));
    }
}
