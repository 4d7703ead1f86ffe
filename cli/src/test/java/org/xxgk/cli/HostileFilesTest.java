package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.testkit.Fuzzing;
import org.xxgk.core.testkit.Golden;

/**
 * The batch of issue 10's "done when": {@code testdata/hostile/} holds one input per failure that fuzzing
 * found (a JVM-killing span, hangs, memory bombs, library exceptions, long labels) and two good reports.
 * {@code extract} and {@code consolidate} over it finish within a short deadline per file, with one row per
 * input, the documented exit, and every failure one clean Chinese line.
 */
class HostileFilesTest {

    /**
     * Half the default: a file that ran away shows as a failed row rather than a slow build, and the first file
     * of a format, which loads its libraries, has room on a loaded machine (10 s was too short on two shared cores).
     */
    private static final String DEADLINE = "30";
    private static final Set<String> NOT_INPUTS = Set.of("README.md", "make_hostile.py");
    private static final Set<String> GOOD = Set.of("good-report-2023.docx", "good-report-2023.txt");

    @TempDir
    static Path dir;
    static Path inputs;
    static List<String> names;

    /** The folder's inputs, without its README and make script (which a batch would read too, as not reports). */
    @BeforeAll
    static void copyTheInputs() throws IOException {
        inputs = Files.createDirectories(dir.resolve("hostile"));
        try (Stream<Path> files = Files.list(Golden.testdata().resolve("hostile"))) {
            for (Path f : files.filter(f -> !NOT_INPUTS.contains(f.getFileName().toString())).toList()) {
                Files.copy(f, inputs.resolve(f.getFileName().toString()));
            }
        }
        try (Stream<Path> files = Files.list(inputs)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.size() >= 30, names.toString());
    }

    @Test
    void extractGivesOneRowPerInputAndExitsOne() throws IOException {
        Path csv = dir.resolve("out.csv");
        CliTest.Run r = CliTest.run("extract", inputs.toString(), "--format", "csv", "-o", csv.toString(), "--deadline", DEADLINE);
        assertEquals(1, r.code(), r.err());

        Set<String> read = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord row : parser) {
                read.add(name(row.get(0).replace("\uFEFF", "")));
            }
        }
        Map<String, String> failed = failures(r.problems());
        assertTrue(read.containsAll(GOOD), read.toString());
        Set<String> both = new HashSet<>(read);
        both.retainAll(failed.keySet());
        assertEquals(Set.of(), both, "a file both read and failed");
        Set<String> all = new TreeSet<>(read);
        all.addAll(failed.keySet());
        assertEquals(new TreeSet<>(names), all, "every input is a row of the output or one line on stderr");
        assertEquals("共 " + names.size() + " 个文件：" + read.size() + " 份报告，" + failed.size() + " 个无法读取",
                r.summary().substring(0, r.summary().indexOf('；')), r.err());

        failed.forEach(HostileFilesTest::assertClean);
        assertFalse(r.err().contains("\tat "), r.err());
        // What each bound says, as chosen when it was made.
        assertTrue(failed.get("docx-gridspan-2147483647.docx").contains("超出上限 64"), failed.toString());
        assertTrue(failed.get("xlsx-merged-A1-IV5000.xlsx").contains("A1:IV5000"), failed.toString());
        assertTrue(failed.get("xls-merged-A3-AD7425.xls").contains("A3:AD7425"), failed.toString());
        assertTrue(failed.get("xlsx-zip-bomb.xlsx").contains("zip 炸弹"), failed.toString());
        assertTrue(failed.get("docx-tables-nested-20000-deep.docx").contains("嵌套过深"), failed.toString());
        assertTrue(failed.get("json-5000-digits.json").contains("超出读取上限"), failed.toString());
        assertTrue(failed.get("ods-repeated-2147483647.ods").contains("超过 300000 个"), failed.toString());
        assertTrue(failed.get("odt-tables-nested-20000-deep.odt").contains("嵌套过深"), failed.toString());
        assertTrue(failed.get("empty-file.docx").contains("空的"), failed.toString());
        assertTrue(failed.get("pdf-encrypted-user-password.pdf").contains("需要密码"), failed.toString());
    }

    @Test
    void consolidateListsEveryInputInSourcesAndExitsThree() throws IOException {
        Path workbook = dir.resolve("r.xlsx");
        CliTest.Run r = CliTest.run("consolidate", inputs.toString(), "-o", workbook.toString(), "--deadline", DEADLINE);
        assertEquals(3, r.code(), "some inputs could not be read: the workbook is written, exit 3\n" + r.err());
        assertTrue(r.summary().contains("共 " + names.size() + " 个输入"), r.summary());

        Map<String, List<String>> sources = new TreeMap<>();
        DataFormatter text = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet sheet = wb.getSheet("来源");
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = Stream.of(0, 1, 2, 3, 4).map(c -> text.formatCellValue(row.getCell(c))).toList();
                assertNull(sources.put(name(cells.get(0)), cells), "one row per input: " + cells);
            }
        }
        assertEquals(new TreeSet<>(names), sources.keySet(), "every input in 来源");
        GOOD.forEach(g -> assertEquals("正常", sources.get(g).get(3), sources.get(g).toString()));
        Map<String, String> unreadable = new LinkedHashMap<>();
        sources.forEach((f, row) -> {
            if (row.get(3).equals("无法读取")) {
                unreadable.put(f, row.get(4));
            }
        });
        assertTrue(unreadable.size() >= 25, unreadable.toString());
        unreadable.forEach(HostileFilesTest::assertClean);
    }

    /** The file and its reason of each problem line ("xxgk: PATH：WHY"). */
    private static Map<String, String> failures(String problems) {
        Map<String, String> out = new TreeMap<>();
        String prefix = "xxgk: " + inputs + inputs.getFileSystem().getSeparator();
        problems.lines().forEach(line -> {
            assertTrue(line.startsWith(prefix), line);
            String rest = line.substring(prefix.length());
            int colon = rest.indexOf('：');
            assertNull(out.put(rest.substring(0, colon), rest.substring(colon + 1)), "one line per file: " + line);
        });
        return out;
    }

    private static String name(String path) {
        return Path.of(path).getFileName().toString();
    }

    /** One line, at most 200 characters, Chinese, no Java name, no English word but a format's. */
    private static void assertClean(String file, String why) {
        assertFalse(why.contains("java.") || why.contains("Exception") || why.contains("org.apache"), file + "：" + why);
        assertNull(Fuzzing.problem(why), file + "：" + why);
    }
}
