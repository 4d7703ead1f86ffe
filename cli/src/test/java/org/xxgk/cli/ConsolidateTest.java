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
        Path again = dir.resolve("对照上年.xlsx");
        CliTest.Run withPrevious = CliTest.run("consolidate", Golden.testdata().resolve("region/reports").toString(),
                "-o", again.toString(), "--previous", workbook.toString());
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
     * The 明细 rows are written as XML by the tool itself, not by POI: LibreOffice (where installed)
     * opens the workbook and finds in 明细 the same cells as POI.
     */
    @Test
    void libreOfficeReadsTheDetailRowsAsPoiDoes() throws Exception {
        Optional<Path> soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst();
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
        return sheetName.equals(RegionSheets.DETAIL) ? out : out.subList(1, out.size());
    }

    /** The sheet names, as the workbook shows them. */
    static final class RegionSheets {
        static final String DETAIL = "明细";
        static final String CHECKS = "校验";
        static final String SOURCES = "来源";
        static final String ROSTER = "名单核对";
    }
}
