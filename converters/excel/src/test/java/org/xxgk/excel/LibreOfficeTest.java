package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/**
 * The template in a real spreadsheet program: LibreOffice opens it, prints it with its labels, computes
 * its formulas (the balance check says 不平衡 where a number is wrong), and saves it so that it reads
 * back with every value. Skipped where LibreOffice is not installed (CI needs only Java and Maven).
 */
class LibreOfficeTest {

    @TempDir
    static Path dir;
    private static Path soffice;

    private static final List<Generation> GENERATIONS = List.of(Generation.V2021, Generation.V2019);
    private static final Map<Generation, Report> FILLED = new LinkedHashMap<>();

    /** All workbooks are made first and converted in two runs of LibreOffice, whose start-up is the slow part. */
    @BeforeAll
    static void convertWithLibreOffice() throws Exception {
        soffice = onPath("soffice").or(() -> onPath("libreoffice")).orElse(null);
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed: skipping the test that opens the template in it");
        Files.write(dir.resolve("blank.xlsx"), Excel.bytes(TemplateWriter.official().blank(Generation.V2021)));
        Files.write(dir.resolve("wrong.xlsx"), Excel.bytes(wrongWithoutCachedValues()));
        Path filled = Files.createDirectories(dir.resolve("filled"));
        for (Generation g : GENERATIONS) {
            FILLED.put(g, new RandomReports(11).next(g));
            Files.write(filled.resolve(g.id() + ".xlsx"), Excel.bytes(TemplateFiller.official().fill(FILLED.get(g))));
        }
        convert("pdf", dir, dir.resolve("blank.xlsx"), dir.resolve("wrong.xlsx"));
        convert("xls", filled, filled.resolve("2021.xlsx"), filled.resolve("2019.xlsx"));
    }

    @Test
    void templatePrintsWithTheOfficialLabels() throws Exception {
        String text = pdfText(dir.resolve("blank.pdf"));
        List<String> labels = new ArrayList<>(List.of(CoverSheet.TITLE, "填报单位（盖章）", "三、本年度办理结果",
                "（七）总计", "四、结转下年度继续办理", "未经复议直接起诉", "第二十条第（一）项", CheckRow.LABEL));
        Schema.official().tablesIn(Generation.V2021).stream().map(TableSpec::title).forEach(labels::add);
        for (String label : labels) {
            assertTrue(text.contains(label.replaceAll("\\s", "")), "the PDF lacks " + label);
        }
    }

    /** The file holds no computed values: what the PDF shows, LibreOffice computed. */
    @Test
    void libreOfficeComputesTheBalanceCheck() throws Exception {
        assertTrue(pdfText(dir.resolve("wrong.pdf")).contains(CheckRow.FAILED), "LibreOffice's PDF shows " + CheckRow.FAILED);
        assertTrue(pdfText(dir.resolve("blank.pdf")).contains(CheckRow.OK), "the blank template's checks pass");
    }

    @Test
    void savedByLibreOfficeReadsBackWithEveryValue() throws Exception {
        for (Generation g : GENERATIONS) {
            Report back = Excel.report(dir.resolve("filled").resolve(g.id() + ".xls"));
            assertEquals(Golden.numbers(FILLED.get(g).values()), Golden.numbers(back.values()), g.id());
            assertEquals(FILLED.get(g).agency(), back.agency());
        }
    }

    private static XSSFWorkbook wrongWithoutCachedValues() {
        Report valid = new RandomReports(3).next(Generation.V2021);
        Map<String, CellValue> values = new LinkedHashMap<>(valid.values());
        values.put("t3.carried_out.research", CellValue.of(valid.find("t3.carried_out.research").orElseThrow().add(BigDecimal.TEN)));
        XSSFWorkbook wb = TemplateWriter.official().write(TemplatePlan.of(Schema.official(), Generation.V2021)).workbook();
        NamedCells names = new NamedCells(wb);
        values.forEach((code, v) -> {
            var cell = names.find(Names.ofCode(code)).orElseThrow().cell().orElseThrow();
            if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
                cell.setCellValue(v.number().doubleValue());
            }
        });
        return wb;
    }

    /** LibreOffice with a profile of its own, so that another running instance does not take the job. */
    private static void convert(String format, Path outDir, Path... inputs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        for (Path p : inputs) {
            command.add(p.toString());
        }
        Path log = dir.resolve("soffice-" + format + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish within 5 minutes");
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            Path result = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            assertTrue(Files.exists(result), "LibreOffice wrote no " + result + ": " + Files.readString(log));
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
