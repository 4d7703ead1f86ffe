package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** A file of several reports one after the other gives one report each, and never a value of one in another. */
class ReportSplitterTest {

    private static final Recognizer RECOGNIZER = new Recognizer();

    @ParameterizedTest
    @EnumSource(Generation.class)
    void reportsOneAfterTheOtherAreReadApart(Generation g) throws NotAReportException {
        RandomReports random = new RandomReports(1212L + g.ordinal(), 0.3);
        for (int i = 0; i < 10; i++) {
            Report first = named(random.next(g), "临江市东城区青石镇人民政府", 2023);
            Report second = named(random.next(g), "临江市东城区白沙乡人民政府", 2022);
            List<Report> read = RECOGNIZER.recognizeAll(joined(first, second, true));
            assertEquals(2, read.size(), g + " #" + i);
            for (int k = 0; k < 2; k++) {
                Report expected = k == 0 ? first : second;
                String where = g + " #" + i + " report " + (k + 1);
                assertEquals(expected.agency(), read.get(k).agency(), where);
                assertEquals(expected.year(), read.get(k).year(), where);
                assertEquals(java.time.LocalDate.of(expected.year() + 1, 1, 20), read.get(k).published(), where);
                Golden.assertSameValues(Golden.numbers(expected.values()), Golden.numbers(read.get(k).values()), where);
                assertEquals(List.of(), read.get(k).problems(), where);
            }
        }
    }

    /**
     * Text a reader took for a table (pdftotext's paragraphs look like columns) between the second report's
     * title and its first table is the second report's: the first report does not name its lines as rows
     * it could not read.
     */
    @Test
    void aGridBelowAReportsTitleAndAboveItsTablesIsThatReports() throws NotAReportException {
        RandomReports random = new RandomReports(7L);
        Report first = named(random.next(Generation.V2021), "临江市东城区青石镇人民政府", 2023);
        Report second = named(random.next(Generation.V2021), "临江市东城区白沙乡人民政府", 2023);
        Document doc = joined(first, second, true);
        int title = doc.lines().indexOf(second.agency() + "2023年政府信息公开工作年度报告");
        int firstOfSecond = (int) doc.grids().stream().filter(g -> g.line() < title).count();
        org.xxgk.core.model.SourceLocation at = org.xxgk.core.model.SourceLocation.ofFile("x.pdf").withLine(title + 2);
        Grid prose = new Grid(List.of(List.of(org.xxgk.core.model.Cell.of("本报告所列数据统计期限为", at),
                org.xxgk.core.model.Cell.of("2023", at), org.xxgk.core.model.Cell.of("年", at),
                org.xxgk.core.model.Cell.of("1", at), org.xxgk.core.model.Cell.of("月", at))), false).at(title + 1);
        List<Grid> grids = new ArrayList<>(doc.grids());
        grids.add(firstOfSecond, prose);
        List<Report> read = RECOGNIZER.recognizeAll(new Document(doc.source(), doc.format(), grids, doc.lines(), 0));
        assertEquals(2, read.size());
        for (int k = 0; k < 2; k++) {
            Report expected = k == 0 ? first : second;
            assertEquals(expected.agency(), read.get(k).agency());
            Golden.assertSameValues(Golden.numbers(expected.values()), Golden.numbers(read.get(k).values()), "report " + (k + 1));
            assertEquals(List.of(), read.get(k).problems(), "report " + (k + 1));
        }
    }

    @Test
    void withoutKnowingWhereTablesStandTheFileStaysWholeAndSaysWhatItMetTwice() throws NotAReportException {
        RandomReports random = new RandomReports(3L);
        Report first = named(random.next(Generation.V2021), "临江市东城区青石镇人民政府", 2023);
        Report second = named(random.next(Generation.V2021), "临江市东城区白沙乡人民政府", 2023);
        List<Report> read = RECOGNIZER.recognizeAll(joined(first, second, false));
        assertEquals(1, read.size());
        Golden.assertSameValues(Golden.numbers(first.values()), Golden.numbers(read.get(0).values()), "first report's values only");
        assertTrue(read.get(0).problems().stream().anyMatch(p -> p.severity() == Severity.WARNING && p.rule().equals("repeated_row")),
                read.get(0).problems().toString());
    }

    @Test
    void tablesStartingOverWithoutATitleAreOneReportWithAWarning() throws NotAReportException {
        RandomReports random = new RandomReports(4L);
        Report first = named(random.next(Generation.V2021), "临江市东城区青石镇人民政府", 2023);
        Report second = named(random.next(Generation.V2021), "临江市东城区白沙乡人民政府", 2023);
        Document one = PositionalGridTest.document(first, Generation.V2021, true);
        List<Grid> grids = new ArrayList<>(one.grids());
        PositionalGridTest.document(second, Generation.V2021, true).grids().forEach(g -> grids.add(g.at(one.lines().size())));
        List<Report> read = RECOGNIZER.recognizeAll(new Document("x.docx", "docx", grids, one.lines(), 1));
        assertEquals(1, read.size());
        assertEquals(first.agency(), read.get(0).agency());
        Golden.assertSameValues(Golden.numbers(first.values()), Golden.numbers(read.get(0).values()), "first copy's values only");
        assertTrue(read.get(0).problems().stream().anyMatch(p -> p.severity() == Severity.WARNING && p.rule().equals("repeated_row")),
                read.get(0).problems().toString());
    }

    @Test
    void aTableSplitOverGridsIsOneReport() throws NotAReportException {
        Report r = named(new RandomReports(5L).next(Generation.V2021), "临江市民政局", 2023);
        Document doc = PositionalGridTest.document(r, Generation.V2021, true);
        List<Grid> grids = new ArrayList<>();
        for (Grid g : doc.grids()) {
            int half = g.rowCount() / 2;
            grids.add(new Grid(g.rows().subList(0, half), true).at(g.line()));
            grids.add(new Grid(g.rows().subList(half, g.rowCount()), true).at(g.line()));
        }
        List<Report> read = RECOGNIZER.recognizeAll(new Document("x.docx", "docx", grids, doc.lines(), 1));
        assertEquals(1, read.size());
        Golden.assertSameValues(Golden.numbers(r.values()), Golden.numbers(read.get(0).values()), "values");
    }

    @Test
    void aSheetsReportKeepsTheReadersProblemsAboutThatSheetOnly() throws NotAReportException {
        RandomReports random = new RandomReports(9L);
        Document a = PositionalGridTest.document(named(random.next(Generation.V2021), "临江市东城区青石镇人民政府", 2023), Generation.V2021, true);
        Document b = PositionalGridTest.document(named(random.next(Generation.V2021), "临江市东城区白沙乡人民政府", 2023), Generation.V2021, true);
        String where = new org.xxgk.core.model.SourceLocation("x.ods", null, "青石镇", null, null, null, "C1").describe();
        org.xxgk.core.model.Problem formula = org.xxgk.core.model.Problem.of(Severity.WARNING, "formula_not_computed", List.of(), where, where + "的公式未计算");
        List<Grid> grids = new ArrayList<>(a.grids());
        grids.addAll(b.grids());
        List<String> lines = new ArrayList<>(a.lines());
        lines.addAll(b.lines());
        Document book = new Document("x.ods", "ods", grids, lines, 2, List.of(formula),
                List.of(new Document.Part("青石镇", a.grids(), a.lines()), new Document.Part("白沙乡", b.grids(), b.lines())));
        List<Report> read = RECOGNIZER.recognizeAll(book);
        assertEquals(2, read.size());
        assertTrue(read.get(0).problems().contains(formula), read.get(0).problems().toString());
        assertTrue(read.get(1).problems().stream().noneMatch(p -> p.rule().equals("formula_not_computed")));
    }

    private static Report named(Report r, String agency, int year) {
        return new Report(r.source(), r.format(), agency, year, null, r.generations(), r.values(), List.of());
    }

    /** Two reports' documents one after the other, as a county's page holds its townships' reports. */
    private static Document joined(Report first, Report second, boolean placed) {
        Document a = PositionalGridTest.document(first, first.generations().values().iterator().next(), true);
        Document b = PositionalGridTest.document(second, second.generations().values().iterator().next(), true);
        List<String> lines = new ArrayList<>(List.of("临江市东城区2023年度乡镇政府信息公开工作年度报告汇编", "发布机构：临江市东城区人民政府"));
        List<Grid> grids = new ArrayList<>();
        for (Document d : List.of(a, b)) {
            int offset = lines.size();
            d.grids().forEach(g -> grids.add(placed ? g.at(g.line() + offset) : new Grid(g.rows(), g.positional())));
            lines.addAll(d.lines());
        }
        return new Document("x.html", "html", grids, lines, 0);
    }
}
