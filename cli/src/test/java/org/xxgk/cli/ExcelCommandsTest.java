package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.testkit.Golden;

/** {@code template}, {@code fill} and {@code extract} of workbooks, as a user runs them. */
class ExcelCommandsTest {

    @TempDir
    Path dir;


    @Test
    void templateRefusesToOverwriteWithoutForce() {
        String blank = dir.resolve("blank.xlsx").toString();
        assertEquals(0, CliTest.run("template", "-o", blank).code());
        CliTest.Run again = CliTest.run("template", "-o", blank);
        assertEquals(ExitCodes.INPUT, again.code());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertEquals(0, CliTest.run("template", "-o", blank, "--force", "--generation", "2019").code());
        assertEquals(ExitCodes.USAGE, CliTest.run("template", "-o", blank, "--force", "--generation", "2008").code());
    }

    @Test
    void pdfOrTextInOfficialExcelOutInTwoCommandsOrOne() throws Exception {
        Path seed = Golden.testdata().resolve("seeds/001_00b6c75c071fb3e8.txt");
        Path json = dir.resolve("seed.json");
        Path filled = dir.resolve("seed.xlsx");
        Path direct = dir.resolve("direct.xlsx");
        assertEquals(0, CliTest.run("extract", seed.toString(), "-o", json.toString()).code());
        CliTest.Run fill = CliTest.run("fill", json.toString(), "-o", filled.toString());
        assertEquals(0, fill.code(), fill.err());
        assertEquals(0, CliTest.run("extract", seed.toString(), "--format", "xlsx", "-o", direct.toString()).code());
        JsonNode original = new ObjectMapper().readTree(json.toFile());
        for (Path workbook : new Path[] {filled, direct}) {
            CliTest.Run back = CliTest.run("extract", workbook.toString());
            assertEquals(0, back.code(), back.err());
            JsonNode read = new ObjectMapper().readTree(back.out());
            assertEquals(original.get("values"), read.get("values"), workbook.toString());
            assertEquals(original.get("agency"), read.get("agency"));
            assertEquals(original.get("year"), read.get("year"));
        }
    }

    @Test
    void renamedCsvIsOneLineAndExitOne() throws Exception {
        Path fake = dir.resolve("报表.xlsx");
        Files.writeString(fake, "code,value\nt3.new.natural,5\n");
        CliTest.Run r = CliTest.run("extract", fake.toString());
        assertEquals(ExitCodes.INPUT, r.code());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err()); // the file's one line, then the summary
        assertTrue(lines.get(0).contains("报表.xlsx") && lines.get(0).contains("不是 Excel 工作簿"), r.err());
        assertTrue(lines.get(1).startsWith("共 1 个文件：0 份报告，1 个无法读取"), r.err());
    }
}
