package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.testkit.Golden;

/** The command line's contract: outputs, exit codes, one-line errors. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err, byte[] bytes) {
        /** The lines of stderr that name a problem ("xxgk: …"), without extract's closing summary line. */
        String problems() {
            return err.lines().filter(l -> l.startsWith("xxgk: ")).map(l -> l + "\n").reduce("", String::concat);
        }

        /** The last line of stderr: the summary of extract, validate and consolidate. */
        String summary() {
            return err.strip().lines().reduce("", (a, b) -> b);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    static String seed(String name) {
        return Golden.testdata().resolve("seeds").resolve(name).toString();
    }

    @Test
    void extractPrintsTheValuesAgencyAndYearOfASeed() throws IOException {
        Run r = run("extract", seed("003_d3db7aba37f28c73.txt"), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertEquals("衡阳市住房保障服务中心", report.get("agency").asText());
        assertEquals(2023, report.get("year").asInt());
        assertEquals(6, report.get("values").get("t3.new.natural").asInt());
        assertEquals(4, report.get("values").get("t3.unavailable_1.total").asInt());
        assertTrue(report.get("cells").get("t3.new.natural").get("inferred").asBoolean());
        assertEquals(200, report.get("values").size());
    }

    @Test
    void severalInputsGiveAnArrayInInputOrder() throws IOException {
        Run r = run("extract", seed("001_00b6c75c071fb3e8.txt"), seed("002_a6e85fbff392e69d.txt"));
        assertEquals(0, r.code(), r.err());
        JsonNode all = JSON.readTree(r.out());
        assertTrue(all.isArray());
        assertEquals("泉州市行政服务中心管委会", all.get(0).get("agency").asText());
        assertEquals("legacy", all.get(1).get("generations").get("legacy").asText());
    }

    @Test
    void aFolderIsReadRecursively() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("各区/东城区"));
        Files.copy(Path.of(seed("001_00b6c75c071fb3e8.txt")), dir.resolve("a.txt"));
        Files.copy(Path.of(seed("003_d3db7aba37f28c73.txt")), nested.resolve("b.txt"));
        Files.writeString(dir.resolve(".hidden.txt"), "not read");
        Run r = run("extract", dir.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.contains(",t3.new.natural,")).count(), r.out());
    }

    @Test
    void dataWrittenByExtractReadsBackAsTheSameReport() throws IOException {
        Path json = dir.resolve("r.json");
        assertEquals(0, run("extract", seed("003_d3db7aba37f28c73.txt"), "-o", json.toString()).code());
        Run again = run("extract", json.toString(), "--format", "csv");
        assertEquals(0, again.code(), again.err());
        Path csv = Files.writeString(dir.resolve("r.csv"), again.out());
        Run fromCsv = run("extract", csv.toString());
        assertEquals(0, fromCsv.code(), fromCsv.err());
        JsonNode original = JSON.readTree(json.toFile());
        JsonNode back = JSON.readTree(fromCsv.out());
        assertEquals(original.get("values"), back.get("values"));
        assertEquals(original.get("agency"), back.get("agency"));
        assertEquals(original.get("generations"), back.get("generations"));
    }

    @Test
    void csvHasABomTheContractHeaderAndOfficialLabels() {
        Run r = run("extract", seed("003_d3db7aba37f28c73.txt"), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\uFEFFsource,agency,year,table,code,row,column,value"), r.out().substring(0, 80));
        assertTrue(r.out().contains(",t3,t3.new.natural,一、本年新收政府信息公开申请数量,申请人情况/自然人,6"), r.out());
    }

    @Test
    void outputIsWrittenWhole(@TempDir Path out) throws IOException {
        Path target = out.resolve("sub/r.md");
        Run r = run("extract", seed("000_6b1020df60230f7f.txt"), "--format", "md", "-o", target.toString());
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(target);
        assertTrue(md.contains("## 三、收到和处理政府信息公开申请情况"));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void badInputsExitOneWithOneLineNamingTheFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0});
        Path prose = Files.writeString(dir.resolve("notice.txt"), "关于召开会议的通知\n请各单位准时参加。\n");
        Path missing = dir.resolve("missing.txt");
        for (Path p : new Path[] {empty, binary, prose, missing}) {
            Run r = run("extract", p.toString());
            assertEquals(1, r.code(), p + ": " + r.err());
            assertEquals(1, r.problems().lines().count(), r.err());
            assertTrue(r.problems().startsWith("xxgk: " + p), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("extract", seed("001_00b6c75c071fb3e8.txt"), empty.toString());
        assertEquals(1, r.code());
        assertEquals("泉州市行政服务中心管委会", JSON.readTree(r.out()).get("agency").asText());
        assertTrue(r.err().contains("empty.txt"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("extract").code());
        assertEquals(2, run("extract", seed("001_00b6c75c071fb3e8.txt"), "--format", "docx").code());
        assertEquals(2, run("frobnicate").code());
        assertTrue(run("extract", seed("001_00b6c75c071fb3e8.txt"), "--format", "docx").err().contains("可选"));
    }

    @Test
    void validateExitsThreeOnRuleErrorsAndZeroOnWarnings() {
        Run broken = run("validate", Golden.testdata().resolve("text/balance-broken.txt").toString());
        assertEquals(3, broken.code(), broken.err());
        assertTrue(broken.out().contains("t3.balance"), broken.out());
        assertTrue(broken.out().contains("自然人列"), broken.out());
        Run fine = run("validate", seed("003_d3db7aba37f28c73.txt"));
        assertEquals(0, fine.code(), fine.out() + fine.err());
        assertTrue(fine.out().contains("compacted.ambiguous"), "the warning is listed");
    }

    @Test
    void helpListsExitCodesAndVersionComesFromTheBuild() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("退出码"), help.out());
        assertTrue(help.out().contains("extract"));
        assertTrue(run("--version").out().startsWith("xxgk"));
    }
}
