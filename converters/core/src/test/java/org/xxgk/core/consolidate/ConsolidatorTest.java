package org.xxgk.core.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.testkit.RandomReports;

class ConsolidatorTest {

    private final Consolidator consolidator = new Consolidator(Schema.official());

    private static Report named(Report r, String agency, int year) {
        return new Report(agency + ".txt", r.format(), agency, year, r.published(), r.generations(), r.values(), r.problems());
    }

    private static Outcome ok(Report r) {
        return Outcome.of(new Input(Path.of(r.source()), r.source()), "text", 0, List.of(r));
    }

    private List<Outcome> region() {
        List<Outcome> out = new ArrayList<>();
        String[] agencies = {"临江市住房和城乡建设局", "临江市公安局", "临江市教育局", "临江市东城区人民政府", "临江市民政局"};
        for (int i = 0; i < agencies.length; i++) {
            out.add(ok(named(new RandomReports(100 + i).next(Generation.V2021), agencies[i], 2023)));
        }
        out.add(ok(named(new RandomReports(200).next(Generation.V2019), "临江市审计局", 2023)));
        out.add(ok(named(new RandomReports(300).next(Generation.V2021), "临江市公安局", 2023)));
        out.add(ok(named(new RandomReports(400).next(Generation.V2021), "临江市财政局", 2022)));
        out.add(Outcome.failed(new Input(Path.of("坏.pdf"), "坏.pdf"), "pdf", new CorruptFileException("坏.pdf", "文件已损坏")));
        out.add(Outcome.failed(new Input(Path.of("通知.txt"), "通知.txt"), "text", new NotAReportException("通知.txt", "没有统计表")));
        return out;
    }

    @Test
    void sumsEveryCountedReportOnceAndNothingElse() {
        List<Outcome> outcomes = region();
        Region r = consolidator.consolidate(outcomes, new Consolidator.Options(null, "临江市", List.of()));
        assertEquals(2023, r.year());
        assertEquals(outcomes.size(), r.entries().size(), "every input has a row");
        assertEquals(6, r.counted().size());
        BigDecimal expected = r.counted().stream().map(e -> e.report().values().get("t3.new.natural").number())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(expected, r.summary().values().get("t3.new.natural").number());
        assertEquals(Map.of("t2", Generation.V2021, "t3", Generation.V2021, "t4", Generation.V2021), r.summary().generations());
        assertTrue(r.others().containsKey("t3.other.natural"), "the 2019 report's own cells are kept apart");
        assertTrue(r.others().containsKey("t2.rules.made"));
        assertTrue(r.summary().values().containsKey("t3.withheld_1.total"), "cells meaning the same are summed across formats");
        assertTrue(r.summary().problems().stream().noneMatch(p -> p.rule().equals("t3.balance")), "sums of balanced reports balance");
    }

    @Test
    void numbersOnlyKeepsEveryNumberAndProblemAndNoSource() {
        Map<String, CellValue> values = new LinkedHashMap<>();
        SourceLocation at = new SourceLocation("a.xlsx", null, "表三", null, 5, 3, "C5");
        values.put("t3.new.natural", new CellValue(new BigDecimal("12"), "１２", at, java.util.Set.of(CellValue.Flag.CONVERTED)));
        values.put("t2.fees.amount", new CellValue(new BigDecimal("2.50"), "2.5", at, java.util.Set.of()));
        values.put("t3.new.total", new CellValue(new BigDecimal("100000"), "100000", at, java.util.Set.of()));
        Report full = new RandomReports(5L).next(Generation.V2021);
        Report r = new Report("a.xlsx", "xlsx", "临江市民政局", 2024, null, full.generations(), values, full.problems());
        Report kept = Consolidator.numbersOnly(r);
        assertEquals(List.copyOf(values.keySet()), List.copyOf(kept.values().keySet()));
        values.forEach((code, v) -> {
            assertEquals(v.number(), kept.values().get(code).number());
            assertNull(kept.values().get(code).location());
            assertTrue(kept.values().get(code).flags().isEmpty());
        });
        assertEquals(r.problems(), kept.problems());
        assertEquals(List.of(r.source(), r.agency(), r.year(), r.generations()),
                List.of(kept.source(), kept.agency(), kept.year(), kept.generations()));
    }

    @Test
    void aScanSaysSoAndCountsItsUnsureReadings() {
        Report full = named(new RandomReports(8L).next(Generation.V2021), "临江市水利局", 2023);
        Map<String, CellValue> values = new LinkedHashMap<>();
        full.values().forEach((c, v) -> values.put(c, v.withFlag(CellValue.Flag.OCR)));
        values.computeIfPresent("t3.new.natural", (c, v) -> v.withFlag(CellValue.Flag.UNSURE));
        values.computeIfPresent("t3.new.total", (c, v) -> v.withFlag(CellValue.Flag.UNSURE));
        Report scan = new Report(full.source(), "pdf", full.agency(), 2023, null, full.generations(), values, List.of());
        Region r = consolidator.consolidate(List.of(ok(Consolidator.numbersOnly(scan))), new Consolidator.Options(null, null, List.of()));
        assertEquals(Status.NEEDS_CHECK, r.entries().get(0).status());
        assertEquals("扫描件（OCR），2 个数识别不确定；已计入汇总，请对照原文核实", r.entries().get(0).detail());
        Report clean = new Report(full.source(), "pdf", full.agency(), 2023, null, full.generations(),
                Map.of("t2.rules.issued", CellValue.of(3).withFlag(CellValue.Flag.OCR)), List.of());
        Region c = consolidator.consolidate(List.of(ok(Consolidator.numbersOnly(clean))), new Consolidator.Options(null, null, List.of()));
        assertEquals("扫描件（OCR），识别结果都有把握", c.entries().get(0).detail());
    }

    @Test
    void aReportWithInferredValuesIsSummedAndMarkedToBeChecked() {
        Report full = named(new RandomReports(7L).next(Generation.V2021), "临江市商务局", 2023);
        Map<String, CellValue> values = new LinkedHashMap<>(full.values());
        values.computeIfPresent("t3.new.natural", (c, v) -> v.withFlag(CellValue.Flag.INFERRED));
        Report guessed = new Report(full.source(), full.format(), full.agency(), 2023, null, full.generations(), values, List.of());
        Region r = consolidator.consolidate(List.of(ok(Consolidator.numbersOnly(guessed))), new Consolidator.Options(null, null, List.of()));
        assertEquals(Status.NEEDS_CHECK, r.entries().get(0).status());
        assertTrue(r.entries().get(0).detail().contains("1 个数是按勾稽关系或版式推断的"), r.entries().get(0).detail());
        assertEquals(1, r.counted().size());
        assertEquals(values.get("t3.new.natural").number(), r.summary().values().get("t3.new.natural").number());
    }

    @Test
    void statusesNameWhatBecameOfEachInput() {
        Region r = consolidator.consolidate(region(), new Consolidator.Options(null, null, List.of()));
        Map<String, Status> byFile = new LinkedHashMap<>();
        r.entries().forEach(e -> byFile.put(e.input().source(), e.status()));
        assertEquals(Status.OTHER_YEAR, byFile.get("临江市财政局.txt"));
        assertEquals(Status.FAILED, byFile.get("坏.pdf"));
        assertEquals(Status.NOT_A_REPORT, byFile.get("通知.txt"));
        assertEquals(1, r.entries().stream().filter(e -> e.status() == Status.DUPLICATE).count());
        assertTrue(r.hasFailures());
    }

    @Test
    void theResultIsTheSameWhateverTheOrder() {
        List<Outcome> outcomes = region();
        Region a = consolidator.consolidate(outcomes, new Consolidator.Options(null, null, List.of()));
        List<Outcome> shuffled = new ArrayList<>(outcomes);
        Collections.reverse(shuffled);
        Region b = consolidator.consolidate(shuffled, new Consolidator.Options(null, null, List.of()));
        assertEquals(a.summary().values().keySet(), b.summary().values().keySet());
        a.summary().values().forEach((k, v) -> assertEquals(v.number(), b.summary().values().get(k).number(), k));
        assertEquals(a.counted().stream().map(e -> e.input().source()).toList(), b.counted().stream().map(e -> e.input().source()).toList());
        assertEquals(new ArrayList<>(new java.util.TreeMap<>(b.others()).keySet()), new ArrayList<>(b.others().keySet()),
                "cells of other formats in code order, the same in every run");
    }

    @Test
    void theRosterFindsAbbreviationsAndNamesTheMissing() {
        List<String> roster = List.of("市住建局", "临江市公安局", "临江市教育局", "东城区政府", "临江市气象局", "临江市民政局");
        Region r = consolidator.consolidate(region(), new Consolidator.Options(null, null, roster));
        assertEquals(RosterMatch.Kind.NORMALISED, r.roster().get(0).kind());
        assertEquals("临江市住房和城乡建设局", r.roster().get(0).entry().report().agency());
        assertEquals(RosterMatch.Kind.EXACT, r.roster().get(1).kind());
        assertEquals("临江市东城区人民政府", r.roster().get(3).entry().report().agency());
        assertEquals(RosterMatch.Kind.NONE, r.roster().get(4).kind());
        assertNull(r.roster().get(4).entry());
        assertEquals(List.of("临江市审计局"), r.offRoster().stream().map(e -> e.report().agency()).toList());
    }

    @Test
    void agencyNamesMeetThroughTheirUsualForms() {
        assertEquals(1.0, AgencyName.similarity("市住建局", "临江市住房和城乡建设局"));
        assertEquals(1.0, AgencyName.similarity("临江市 住房和城乡建设局（盖章）", "临江市住房和城乡建设局"));
        assertTrue(AgencyName.similarity("临江市公安局", "临江市公安局交通警察支队") < 1.0);
        assertTrue(AgencyName.similarity("东城区住建局", "临江市住建局") < Consolidator.FUZZY);
    }

    static Report withValue(Report r, String code, long n) {
        Map<String, CellValue> values = new LinkedHashMap<>(r.values());
        values.put(code, CellValue.of(n));
        return new Report(r.source(), r.format(), r.agency(), r.year(), r.published(), r.generations(), values, r.problems());
    }
}
