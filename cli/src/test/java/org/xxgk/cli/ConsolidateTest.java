package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.testkit.Golden;

/**
 * The example region of testdata/region, consolidated, and every number of the workbook checked against
 * the inputs read one by one, independently of the consolidator.
 */
class ConsolidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    static Path dir;
    static Path workbook;
    static CliTest.Run run;

    @BeforeAll
    static void consolidate() {
        Path region = Golden.testdata().resolve("region");
        workbook = dir.resolve("临江市2023年汇总.xlsx");
        run = CliTest.run("consolidate", region.resolve("reports").toString(), "-o", workbook.toString(),
                "--roster", region.resolve("roster.csv").toString(), "--region", "临江市");
    }

    @Test
    void writesTheWorkbookAndExitsThreeBecauseSomeInputsFailed() {
        assertEquals(3, run.code(), run.err());
        assertTrue(Files.exists(workbook));
        assertTrue(run.err().contains("已汇总"), run.err());
    }

    @Test
    void everyInputHasARowInSources() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Golden.testdata().resolve("region/reports"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Map<String, String> status = new HashMap<>();
        for (List<String> row : rows(RegionSheets.SOURCES)) {
            status.put(Path.of(row.get(0)).getFileName().toString(), row.get(3));
        }
        assertEquals(files.size(), status.size(), status.toString());
        files.forEach(f -> assertTrue(status.containsKey(f), f + " missing from 来源"));
        assertEquals("不是年度报告", status.get("32-关于报送年度报告的通知.txt"));
        assertEquals("无法读取", status.get("33-损坏的文件.pdf"));
        assertEquals("其他年度（未汇总）", status.get("31-临江市林业局（2022年）.md"));
        assertEquals(1, status.values().stream().filter(s -> s.startsWith("重复")).count());
    }

    @Test
    void everyDetailRowIsItsFileAndTheSummaryIsTheirSum() throws IOException {
        List<List<String>> detail = rows(RegionSheets.DETAIL);
        List<String> codes = detail.get(0);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Xxgk extractor = Xxgk.create();
        for (List<String> row : detail.subList(2, detail.size())) {
            Path file = Path.of(row.get(2));
            Outcome alone = extractor.extract(new Input(file, file.toString()));
            var values = alone.reports().get(0).values();
            for (int c = 5; c < codes.size(); c++) {
                String code = codes.get(c);
                String cell = c < row.size() ? row.get(c) : "";
                assertEquals(values.containsKey(code) ? values.get(code).number().stripTrailingZeros().toPlainString() : "",
                        cell.isEmpty() ? "" : new BigDecimal(cell).stripTrailingZeros().toPlainString(), file + " " + code);
                if (!cell.isEmpty()) {
                    sums.merge(code, new BigDecimal(cell), BigDecimal::add);
                }
            }
        }
        CliTest.Run back = CliTest.run("extract", workbook.toString());
        assertEquals(0, back.code(), back.err());
        JsonNode summary = JSON.readTree(back.out());
        assertEquals("临江市", summary.get("agency").asText());
        assertEquals(2023, summary.get("year").asInt());
        // 临江市审计局 typed one 结转下年度 number wrong: the region's sums inherit exactly that imbalance.
        List<String> problems = new ArrayList<>();
        summary.get("problems").forEach(p -> problems.add(p.get("rule").asText() + " " + p.get("location").asText()));
        assertEquals(List.of("t3.balance 表三，自然人列", "t3.balance 表三，总计列"), problems.stream()
                .map(p -> p.replaceAll("^(\\S+) .*(表三，\\S+列)$", "$1 $2")).toList(), problems.toString());
        assertEquals(200, summary.get("values").size());
        summary.get("values").fields().forEachRemaining(f -> assertEquals(
                sums.getOrDefault(f.getKey(), BigDecimal.ZERO).stripTrailingZeros(), f.getValue().decimalValue().stripTrailingZeros(), f.getKey()));
        assertTrue(sums.containsKey("t3.other.natural"), "the 2019 report is in 明细");
        assertFalse(summary.get("values").has("t3.other.natural"), "and its own cells are not in 汇总");
    }

    @Test
    void theRosterNamesTheMissingAndTheOffRoster() throws IOException {
        Map<String, String> matches = new LinkedHashMap<>();
        List<String> offRoster = new ArrayList<>();
        for (List<String> row : rows(RegionSheets.ROSTER)) {
            if (!row.get(0).isEmpty()) {
                matches.put(row.get(0), row.size() > 2 ? row.get(2) : "");
            } else if (row.size() > 2 && row.get(2).equals("名单外")) {
                offRoster.add(row.get(1));
            }
        }
        assertEquals("未报送", matches.get("临江市体育局"));
        assertEquals("规范化后一致", matches.get("市商务局"));
        assertEquals("完全一致", matches.get("临江市教育局"));
        assertEquals(List.of("临江市数据资源管理局"), offRoster);
    }

    @Test
    void theChecksSheetHasAProblemForEveryReportedOne() throws IOException {
        List<List<String>> checks = rows(RegionSheets.CHECKS);
        assertTrue(checks.stream().skip(1).allMatch(r -> r.size() > 6 && !r.get(6).isEmpty()));
    }

    @Test
    void lastYearsWorkbookBringsTheCrossYearWarnings() throws IOException {
        // Last year's workbook: this year's, its agencies' rows dated a year earlier.
        Path lastYear = dir.resolve("上年.xlsx");
        try (Workbook wb = WorkbookFactory.create(workbook.toFile()); var o = Files.newOutputStream(lastYear)) {
            Sheet detail = wb.getSheet(RegionSheets.DETAIL);
            for (int r = 2; r <= detail.getLastRowNum(); r++) {
                detail.getRow(r).getCell(1).setCellValue(2022);
            }
            wb.write(o);
        }
        Path again = dir.resolve("对照上年.xlsx");
        CliTest.Run withPrevious = CliTest.run("consolidate", Golden.testdata().resolve("region/reports").toString(),
                "-o", again.toString(), "--previous", lastYear.toString());
        assertEquals(3, withPrevious.code(), withPrevious.err());
        List<List<String>> checks;
        Path saved = workbook;
        workbook = again;
        try {
            checks = rows(RegionSheets.CHECKS);
        } finally {
            workbook = saved;
        }
        // The example's carried-in counts differ from its carried-out ones, so "last year" (itself) disagrees.
        assertTrue(checks.stream().anyMatch(r -> r.get(3).equals("t3.carry_over") && r.get(2).equals("警告")), checks.toString());
    }

    @Test
    void refusesToOverwriteWithoutForce() {
        CliTest.Run again = CliTest.run("consolidate", Golden.testdata().resolve("region/reports").toString(), "-o", workbook.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("--force"), again.err());
    }

    /**
     * The 明细 rows are streamed (SXSSF): LibreOffice (where installed) opens the workbook and finds in
     * 明细 the same cells as POI.
     */
    @Test
    void libreOfficeReadsTheDetailRowsAsPoiDoes() throws Exception {
        Optional<Path> soffice = soffice();
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed: skipping the check of 明细 in it");
        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        // CSV of every sheet (the last option, -1), values as stored rather than as shown.
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + out.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), workbook.toString()).redirectErrorStream(true).redirectOutput(out.resolve("log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish within 5 minutes");
        String base = workbook.getFileName().toString().replace(".xlsx", "");
        List<List<String>> expected = rows(RegionSheets.DETAIL);
        List<CSVRecord> got;
        try (CSVParser csv = CSVParser.parse(out.resolve(base + "-" + RegionSheets.DETAIL + ".csv"), StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            got = csv.getRecords();
        }
        assertEquals(expected.size(), got.size());
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(r).size(); c++) {
                String want = expected.get(r).get(c);
                String have = c < got.get(r).size() ? got.get(r).get(c) : "";
                boolean numbers = want.matches("-?[0-9.]+") && have.matches("-?[0-9.]+");
                assertEquals(numbers ? new BigDecimal(want).stripTrailingZeros() : want,
                        numbers ? new BigDecimal(have).stripTrailingZeros() : have, "row " + (r + 1) + ", column " + (c + 1));
            }
        }
    }

    @Test
    void theCoverIsTheRegionsOwnAndNamesTheAgencyBehindEachUnbalancedColumn() throws IOException {
        String cover = String.join("\n", rows("封面").stream().map(r -> String.join(" ", r)).toList());
        assertTrue(cover.contains("汇总情况"), cover);
        assertTrue(cover.contains("本汇总计入 29 个机构的 2023 年度报告。共 33 个输入"), cover);
        assertTrue(cover.contains("照常计入汇总"), cover);
        assertTrue(cover.contains("汇总数表三，自然人列不平衡") && cover.contains("临江市审计局"), cover);
        assertFalse(cover.contains("请先在本页填写"), cover);
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            assertEquals("临江市2023年度政府信息公开工作年度报告统计汇总", wb.getSheet("封面").getRow(0).getCell(0).getStringCellValue());
        }
        String notes = String.join("\n", rows("汇总说明").stream().map(r -> String.join(" ", r)).toList());
        assertTrue(notes.contains("临江市审计局"), notes);
    }

    @Test
    void excludingInvalidReportsLeavesThemOutListedAndTheRegionBalances() throws IOException {
        Path excluded = dir.resolve("不计入.xlsx");
        CliTest.Run r = CliTest.run("consolidate", Golden.testdata().resolve("region/reports").toString(), "-o", excluded.toString(),
                "--roster", Golden.testdata().resolve("region/roster.csv").toString(), "--exclude-invalid");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.summary().contains("未计入（违反勾稽关系） 1"), r.summary());
        assertTrue(r.summary().contains("名单中 1 个未报送"), r.summary());
        Path saved = workbook;
        workbook = excluded;
        try {
            List<String> audit = rows(RegionSheets.SOURCES).stream().filter(row -> row.get(0).endsWith("21-临江市审计局.pdf"))
                    .findFirst().orElseThrow();
            assertEquals("未计入（违反勾稽关系）", audit.get(3));
            assertTrue(audit.get(4).contains("t3.balance"), audit.toString());
            assertEquals(2 + 28, rows(RegionSheets.DETAIL).size());
            String cover = String.join("\n", rows("封面").stream().map(row -> String.join(" ", row)).toList());
            assertTrue(cover.contains("不计入汇总，共 1 份") && cover.contains("各列平衡"), cover);
        } finally {
            workbook = saved;
        }
        CliTest.Run back = CliTest.run("extract", excluded.toString());
        assertEquals(0, back.code(), back.err());
        assertEquals(0, JSON.readTree(back.out()).get("problems").size(), back.out());
    }

    /**
     * The workbook printed by LibreOffice (where installed): every sheet numbered from its own first page,
     * each within the pages a person would expect for the example region.
     */
    @Test
    void everySheetPrintsOnSensiblyFewPages() throws Exception {
        Optional<Path> soffice = soffice();
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed: skipping the print check");
        Path out = Files.createDirectories(dir.resolve("printed"));
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + out.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish within 5 minutes");
        Map<String, Integer> pages = PrintedPages.perSheet(out.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf")));
        Map<String, Integer> most = Map.of("封面", 1, "表二", 1, "表三", 1, "表四", 1, "图表", 3, "汇总说明", 2,
                "明细", 24, "校验", 2, "来源", 3, "名单核对", 2);
        assertEquals(new java.util.TreeSet<>(most.keySet()), new java.util.TreeSet<>(pages.keySet()), pages.toString());
        most.forEach((sheet, n) -> assertTrue(pages.get(sheet) >= 1 && pages.get(sheet) <= n, sheet + " " + pages));
    }

    private static Optional<Path> soffice() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst();
    }

    /** A sheet's rows after the header, each as text, in order. */
    private static List<List<String>> rows(String sheetName) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(sheetName);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString() : TEXT.formatCellValue(cell));
                }
                out.add(cells);
            }
        }
        return sheetName.equals(RegionSheets.DETAIL) || sheetName.equals("封面") || sheetName.equals("汇总说明") ? out : out.subList(1, out.size());
    }

    /** The sheet names, as the workbook shows them. */
    static final class RegionSheets {
        static final String DETAIL = "明细";
        static final String CHECKS = "校验";
        static final String SOURCES = "来源";
        static final String ROSTER = "名单核对";
    }
}
