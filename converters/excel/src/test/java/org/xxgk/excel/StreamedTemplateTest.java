package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;
import org.xxgk.excel.StreamedReads.Fallback;

/**
 * The streamed reading of our template gives the very document (and so the very report) that the
 * usermodel gives, and declines what it cannot read the same way.
 */
class StreamedTemplateTest {

    private static final Schema SCHEMA = Schema.official();
    private static final Recognizer RECOGNIZER = new Recognizer(SCHEMA);

    static List<Arguments> filled() {
        List<Arguments> out = new ArrayList<>();
        for (Generation g : List.of(Generation.V2021, Generation.V2019)) {
            RandomReports random = new RandomReports(777L + g.ordinal(), 0.3);
            for (int i = 0; i < 10; i++) {
                Report r = random.next(g);
                LocalDate published = i % 2 == 0 ? LocalDate.of(2025, 1, 1 + i) : null;
                out.add(Arguments.of(g, new Report(r.source(), r.format(), i % 3 == 0 ? null : r.agency(), r.year(), published,
                        r.generations(), r.values(), r.problems())));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("filled")
    void aFilledTemplateStreamsToTheUserModelsDocument(Generation g, Report report) throws Exception {
        byte[] bytes = Excel.bytes(TemplateFiller.official().fill(report));
        Document streamed = StreamedTemplate.read(bytes, "填报.xlsx", SCHEMA).document().orElseThrow();
        Document usermodel = new WorkbookReader().throughUserModel(bytes, "填报.xlsx");
        assertEquals(usermodel, streamed);
        assertEquals(RECOGNIZER.recognize(usermodel), RECOGNIZER.recognize(streamed));
    }

    static List<Path> fixtures() throws IOException {
        return Golden.cases("excel", "xlsx");
    }

    /** Fixtures the streamed reading takes; the others it must decline (edited layout, hand-made sheet). */
    private static final List<String> STREAMED = List.of("template-2019-filled-in-libreoffice.xlsx",
            "template-2021-filled-in-libreoffice.xlsx");

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixturesStreamToTheSameDocumentOrAreDeclined(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String source = file.getFileName().toString();
        StreamedTemplate.Outcome outcome = StreamedTemplate.read(bytes, source, SCHEMA);
        Optional<Document> streamed = outcome.document();
        assertEquals(STREAMED.contains(source), streamed.isPresent(), source + ": " + outcome.fallback() + " " + outcome.why());
        if (streamed.isPresent()) {
            Document usermodel = new WorkbookReader().throughUserModel(bytes, source);
            assertEquals(usermodel, streamed.get());
            assertEquals(RECOGNIZER.recognize(usermodel), RECOGNIZER.recognize(streamed.get()));
        }
    }

    @Test
    void formulasWithoutCachedValuesAreLeftToTheUserModel() throws Exception {
        XSSFWorkbook wb = TemplateWriter.official().write(TemplatePlan.of(SCHEMA, Generation.V2021)).workbook();
        assertDeclined(Fallback.NO_CACHED_VALUE, Excel.bytes(wb));
    }

    @Test
    void anEditedLayoutIsLeftToTheUserModel() throws Exception {
        XSSFWorkbook wb = TemplateFiller.official().fill(new RandomReports(5).next(Generation.V2021));
        Row row = wb.getSheet("表三").getRow(SheetPlan.TOP + 1);
        Cell header = row.getCell(3);
        header.setCellValue("自然人申请");
        assertDeclined(Fallback.EDITED, Excel.bytes(wb));
    }

    @Test
    void anAddedVisibleSheetIsLeftToTheUserModel() throws Exception {
        XSSFWorkbook wb = TemplateFiller.official().fill(new RandomReports(6).next(Generation.V2021));
        wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本单位无依申请公开");
        byte[] bytes = Excel.bytes(wb);
        assertDeclined(Fallback.EDITED, bytes);
        assertTrue(Excel.document(bytes, "added.xlsx").lines().contains("本单位无依申请公开"));
    }

    @Test
    void annexSheetsAreSkippedAsTheUserModelSkipsThem() throws Exception {
        XSSFWorkbook wb = TemplateFiller.official().fill(new RandomReports(7).next(Generation.V2021));
        TemplateAnnex.mark(wb, "明细");
        wb.createSheet("明细").createRow(0).createCell(0).setCellValue("机构");
        byte[] bytes = Excel.bytes(wb);
        Document streamed = StreamedTemplate.read(bytes, "region.xlsx", SCHEMA).document().orElseThrow();
        assertEquals(new WorkbookReader().throughUserModel(bytes, "region.xlsx"), streamed);
    }

    @Test
    void aWorkbookThatIsNotOurTemplateIsLeftToTheUserModel() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("数据").createRow(0).createCell(0).setCellValue("表三");
        assertDeclined(Fallback.NOT_TEMPLATE, Excel.bytes(wb));
    }

    private static void assertDeclined(Fallback reason, byte[] bytes) throws Exception {
        StreamedTemplate.Outcome outcome = StreamedTemplate.read(bytes, "t.xlsx", SCHEMA);
        assertTrue(outcome.document().isEmpty());
        assertEquals(reason, outcome.fallback(), outcome.why());
    }
}
