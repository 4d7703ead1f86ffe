package org.xxgk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.spi.DeadlineExceededException;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.RandomReports;

/** The facade with the core's own components: the toolkit's data formats, CSV tables, batches, plugins. */
class XxgkTest {

    private static final Xxgk XXGK = Xxgk.create();

    @TempDir
    Path dir;

    private static byte[] json(Report r) throws IOException, XxgkException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XXGK.write(List.of(r), "json", out);
        return out.toByteArray();
    }

    @Test
    void aReportWrittenAsJsonReadsBackFromAFileAndFromAStream() throws Exception {
        Report r = new RandomReports(3L).next(Generation.V2021);
        Path f = Files.write(dir.resolve("a.json"), json(r));
        Report fromFile = XXGK.read(f).get(0);
        Report fromStream = XXGK.read(new ByteArrayInputStream(json(r)), "a.json").get(0);
        assertEquals(r.values().size(), fromFile.values().size());
        r.values().forEach((code, v) -> assertEquals(0, v.number().compareTo(fromFile.find(code).orElseThrow()), code));
        assertEquals(fromFile.values().keySet(), fromStream.values().keySet());
    }

    @Test
    void theLongCsvSavedAgainAsGbkKeepsTheAgencysName() throws Exception {
        Report r = new Report("x", "data", "临江市人力资源和社会保障局", 2023, null, java.util.Map.of(), java.util.Map.of(), List.of());
        Report random = new RandomReports(5L).next(Generation.V2021);
        Report named = new Report(r.source(), r.format(), r.agency(), r.year(), null, random.generations(), random.values(), List.of());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        XXGK.write(List.of(named), "csv", csv);
        String text = csv.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        Path gbk = Files.write(dir.resolve("saved-by-excel.csv"), text.getBytes(Charset.forName("GBK")));
        Report back = XXGK.read(gbk).get(0);
        assertEquals("临江市人力资源和社会保障局", back.agency());
        assertEquals(named.values().size(), back.values().size());
        var region = XXGK.consolidate(List.of(dir), ConsolidateOptions.builder().region("临江市").build());
        assertEquals(List.of("临江市人力资源和社会保障局"), region.counted().stream().map(e -> e.report().agency()).toList());
    }

    @Test
    void aCsvTableFromASpreadsheetIsAGridThatKeepsItsPlaces() throws Exception {
        Path f = Files.writeString(dir.resolve("table.csv"), "标题,,\n项目,本年新制作数量,\n,1,\n", StandardCharsets.UTF_8);
        var doc = XXGK.readDocument(f);
        assertEquals(1, doc.grids().size());
        assertTrue(doc.grids().get(0).positional());
        assertEquals("B2", doc.grids().get(0).rows().get(1).get(1).location().ref());
        assertEquals("", doc.grids().get(0).rows().get(2).get(0).text());
    }

    @Test
    void textInNoKnownCharsetIsAnErrorNotGarbledNames() throws Exception {
        byte[] latin1 = "code,value\nt2.rules.issued,1\n# caf\u00e9 \u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.csv"), latin1);
        XxgkException e = assertThrows(XxgkException.class, () -> XXGK.read(f));
        assertTrue(e.getMessage().contains("编码"), e.getMessage());
    }

    @Test
    void anEmptyFileAndAnUnknownPluginFormatSayWhatIsWrong() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertInstanceOf(EmptyFileException.class, assertThrows(XxgkException.class, () -> XXGK.read(empty)));
        Path ofd = Files.write(dir.resolve("report.ofd"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        XxgkException e = assertThrows(UnsupportedFormatException.class, () -> XXGK.read(ofd));
        assertTrue(e.getMessage().contains("xxgk-ofd-plugin.jar") && e.getMessage().contains("plugins"), e.getMessage());
    }

    @Test
    void aBatchKeepsInputOrderAndPassesEachReportThroughKeep() throws Exception {
        RandomReports random = new RandomReports(11L);
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path f = Files.write(dir.resolve(i + ".json"), json(random.next(Generation.V2021)));
            inputs.add(new Input(f, f.getFileName().toString()));
        }
        inputs.add(new Input(dir.resolve("missing.json"), "missing.json"));
        List<Outcome> outcomes = Xxgk.builder().threads(3).build().extractAll(inputs,
                r -> new Report(r.source(), r.format(), "已处理", r.year(), r.published(), r.generations(), r.values(), r.problems()),
                o -> { });
        assertEquals(inputs.size(), outcomes.size());
        for (int i = 0; i < 20; i++) {
            assertEquals(inputs.get(i), outcomes.get(i).input());
            assertEquals("已处理", outcomes.get(i).reports().get(0).agency());
        }
        assertTrue(outcomes.get(20).failed());
        assertEquals("文件不存在", outcomes.get(20).failure().getMessage());
    }

    @Test
    void aFileOverItsDeadlineIsAFailedRowAndTheBatchGoesOn() {
        List<Input> inputs = List.of(new Input(dir.resolve("slow"), "slow"), new Input(dir.resolve("fast"), "fast"));
        List<Outcome> outcomes = Parallel.run(inputs, 1, Duration.ofMillis(50), i -> {
            if (i.source().equals("slow")) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Outcome.of(i, "text", 0, List.of(new Report(i.source(), "text", null, null, null, java.util.Map.of(),
                    java.util.Map.of(), List.of())));
        }, o -> { });
        assertInstanceOf(DeadlineExceededException.class, outcomes.get(0).failure());
        assertTrue(outcomes.get(0).failure().getMessage().contains("毫秒"), outcomes.get(0).failure().getMessage());
        assertFalse(outcomes.get(1).failed());
    }

    @Test
    void anErrorEscapingOneFileIsItsFailedRowAndTheBatchGoesOn() {
        List<Input> inputs = List.of(new Input(dir.resolve("bad"), "bad"), new Input(dir.resolve("good"), "good"));
        for (Duration deadline : java.util.Arrays.asList(null, Duration.ofSeconds(30))) {
            List<Outcome> outcomes = Parallel.run(inputs, 2, deadline, i -> {
                if (i.source().equals("bad")) {
                    throw new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream");
                }
                return Outcome.of(i, "text", 0, List.of(new Report(i.source(), "text", null, null, null, java.util.Map.of(),
                        java.util.Map.of(), List.of())));
            }, o -> { });
            assertInstanceOf(org.xxgk.core.spi.InternalErrorException.class, outcomes.get(0).failure());
            assertEquals("bad：读取时出错（程序内部错误），已跳过；加 --verbose 可查看详细信息", outcomes.get(0).failure().oneLine());
            assertFalse(outcomes.get(1).failed());
        }
    }

    @Test
    void aBrokenPluginJarIsNamedAndTheToolkitRunsWithoutIt() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");
        Xxgk withBroken = Xxgk.builder().plugins(plugins).plugins(dir.resolve("no-such-folder")).build();
        assertEquals(1, withBroken.pluginProblems().size());
        assertTrue(withBroken.pluginProblems().get(0).oneLine().startsWith("插件 broken.jar："));
        assertEquals(XXGK.readableFormats(), withBroken.readableFormats());
    }

    @Test
    void writersAreFoundByFormatAndAnUnknownOneListsTheOthers() {
        assertTrue(XXGK.writableFormats().containsAll(List.of("csv", "json", "md")));
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> XXGK.writer("docx"));
        assertTrue(e.getMessage().contains("json"), e.getMessage());
        assertTrue(XXGK.components().stream().anyMatch(c -> c.kind() == Component.Kind.DATA_READER && c.formats().contains("csv")));
    }

    @Test
    void aDataValueOutOfRangeIsAnErrorNotAnEndlessSum() throws Exception {
        Path f = Files.writeString(dir.resolve("huge.json"), "{\"values\": {\"t2.rules.issued\": 1e999999999}}");
        XxgkException e = assertThrows(XxgkException.class, () -> XXGK.read(f));
        assertTrue(e.getMessage().contains("超出范围"), e.getMessage() + " " + e.getCause());
        Path ok = Files.writeString(dir.resolve("amount.json"), "{\"values\": {\"t2.rules.issued\": 12}}");
        assertEquals(0, new BigDecimal(12).compareTo(XXGK.read(ok).get(0).find("t2.rules.issued").orElseThrow()));
    }
}
