package org.xxgk.ocr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;

/**
 * The OCR benchmark over folders of scans with expected JSON (testdata/ocr): per scan, the share of
 * cells read exactly, the wrong cells that nothing flagged (neither {@code unsure} nor named by a rule
 * that fails: the silent wrong values, which must be none), agency and year, and the time per page —
 * wall clock and CPU, after one untimed round, with the spread over the timed rounds. Run as
 * {@code java -cp xxgk.jar:xxgk-ocr-plugin.jar org.xxgk.ocr.OcrBenchmark [--iterations N] [--detail] [DIR|FILE…]}.
 */
public final class OcrBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** With {@code --detail}: each wrong or missing cell is printed, with what was read and how it was flagged. */
    private static boolean detail;
    private static final List<String> EXTENSIONS = List.of(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");

    /** How one scan was read. */
    record Score(String name, int pages, int cells, int exact, int wrong, int silent, int missing, int unsure,
                 int inferred, boolean agency, boolean year, boolean hasAgency, double[] wallPerPage, double[] cpuPerPage) {
    }

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = 3;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--iterations")) {
                iterations = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--detail")) {
                detail = true;
            } else {
                inputs.add(Paths.get(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            inputs.add(Paths.get("testdata/ocr"));
        }
        System.exit(run(scans(inputs), iterations, System.out) ? 0 : 1);
    }

    /** The scans among the inputs that have an expected file, in name order. */
    static List<Path> scans(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> files = Files.list(in)) {
                    files.filter(OcrBenchmark::isScan).filter(f -> Files.exists(expectedOf(f))).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private static boolean isScan(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    static Path expectedOf(Path scan) {
        String n = scan.getFileName().toString();
        return scan.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
    }

    /** Reads every scan (one untimed round, then {@code iterations} timed ones), prints the table and the goals. */
    static boolean run(List<Path> scans, int iterations, PrintStream out) throws IOException, XxgkException {
        out.printf("文字识别（OCR）基准：%d 个扫描件，预热 1 轮，计时 %d 轮；%d 个处理器核%n", scans.size(), iterations,
                Runtime.getRuntime().availableProcessors());
        out.printf("%-48s %4s %5s %6s %5s %5s %5s %5s %4s %4s %17s %17s%n", "文件", "页数", "格数", "准确率", "错误", "未标出",
                "缺失", "不确定", "机构", "年度", "每页秒（墙钟）", "每页秒（CPU）");
        List<Score> scores = new ArrayList<>();
        for (Path scan : scans) {
            Score s = score(scan, iterations);
            scores.add(s);
            out.printf(Locale.ROOT, "%-48s %4d %5d %5.1f%% %5d %5d %5d %5d %4s %4s %17s %17s%n", s.name, s.pages, s.cells,
                    100.0 * s.exact / Math.max(1, s.cells), s.wrong, s.silent, s.missing, s.unsure, s.hasAgency ? (s.agency ? "对" : "错") : "—",
                    s.hasAgency ? (s.year ? "对" : "错") : "—", spread(s.wallPerPage), spread(s.cpuPerPage));
        }
        return summary(scores, out);
    }

    private static Score score(Path scan, int iterations) throws IOException, XxgkException {
        byte[] bytes = Files.readAllBytes(scan);
        String name = scan.getFileName().toString();
        Report report = read(bytes, name);
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        int pages = 0;
        for (int i = 0; i < iterations; i++) {
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            Document d = new OcrReportReader().read(new ByteArrayInputStream(bytes), name);
            report = new Recognizer().recognize(d);
            pages = d.pages();
            wall[i] = (System.nanoTime() - t0) / 1e9 / Math.max(1, pages);
            cpu[i] = (processCpu() - cpu0) / 1e9 / Math.max(1, pages);
        }
        if (iterations == 0) {
            pages = new OcrReportReader().read(new ByteArrayInputStream(bytes), name).pages();
        }
        return compare(name, report, JSON.readTree(expectedOf(scan).toFile()), pages, wall, cpu);
    }

    private static Report read(byte[] bytes, String name) throws IOException, XxgkException {
        return new Recognizer().recognize(new OcrReportReader().read(new ByteArrayInputStream(bytes), name));
    }

    static Score compare(String name, Report r, JsonNode expected, int pages, double[] wall, double[] cpu) {
        Set<String> ruled = new HashSet<>();
        for (Problem p : r.problems()) {
            // Named by a rule that fails, or by the reader's own warning (a cell it found no cell for, under a seal).
            if (p.severity() == Severity.ERROR || p.severity() == Severity.WARNING && p.rule().startsWith("ocr.")) {
                ruled.addAll(p.cells());
            }
        }
        int cells = 0;
        int exact = 0;
        int wrong = 0;
        int silent = 0;
        int missing = 0;
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("values").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            cells++;
            CellValue v = r.values().get(e.getKey());
            if (v == null) {
                missing++;
                if (detail) {
                    System.out.printf("  %s %s：缺失，应为 %s%n", name, e.getKey(), e.getValue().asText());
                    r.problems().stream().filter(p -> p.cells().contains(e.getKey()))
                            .forEach(p -> System.out.printf("    %s %s %s%n", p.rule(), p.message(), p.where()));
                }
                continue;
            }
            if (v.number().compareTo(new BigDecimal(e.getValue().asText())) == 0) {
                exact++;
            } else {
                wrong++;
                boolean flagged = v.has(CellValue.Flag.UNSURE) || v.has(CellValue.Flag.INFERRED) || ruled.contains(e.getKey());
                if (!flagged) {
                    silent++;
                }
                if (detail) {
                    System.out.printf("  %s %s：读作 %s（原文 %s，%s），应为 %s；%s%s%n", name, e.getKey(), v.number().toPlainString(), v.raw(), v.location(), e.getValue().asText(),
                            v.flags(), flagged ? "" : "（未标出）");
                }
            }
        }
        int unsure = (int) r.values().values().stream().filter(v -> v.has(CellValue.Flag.UNSURE)).count();
        int inferred = (int) r.values().values().stream().filter(v -> v.has(CellValue.Flag.INFERRED)).count();
        JsonNode agency = expected.get("agency");
        boolean hasAgency = agency != null && !agency.isNull();
        boolean agencyRight = hasAgency && agency.asText().equals(r.agency());
        boolean yearRight = hasAgency && expected.get("year").asInt() == (r.year() == null ? -1 : r.year());
        return new Score(name, pages, cells, exact, wrong, silent, missing, unsure, inferred, agencyRight, yearRight, hasAgency, wall, cpu);
    }

    private static boolean summary(List<Score> scores, PrintStream out) {
        boolean met = true;
        met &= group(scores, "300dpi-clean", "300 dpi 无损伤", 0.995, out);
        met &= group(scores, "150dpi", "150 dpi 有损伤", 0.98, out);
        long withAgency = scores.stream().filter(Score::hasAgency).count();
        long agencyAndYear = scores.stream().filter(s -> s.hasAgency && s.agency && s.year).count();
        double share = withAgency == 0 ? 1 : (double) agencyAndYear / withAgency;
        out.printf(Locale.ROOT, "机构和年度都正确：%d / %d 个扫描件（%.1f%%，目标 ≥ 95%%）%s%n", agencyAndYear, withAgency, 100 * share,
                share >= 0.95 ? "" : "  未达标");
        met &= share >= 0.95;
        int silent = scores.stream().mapToInt(Score::silent).sum();
        out.printf("未标出的错误值（既非“不确定”，也未被勾稽关系或识别警告指出）：%d 个（目标 0）%s%n", silent, silent == 0 ? "" : "  未达标");
        met &= silent == 0;
        double[] wall = scores.stream().flatMapToDouble(s -> Arrays.stream(s.wallPerPage)).toArray();
        double[] cpu = scores.stream().flatMapToDouble(s -> Arrays.stream(s.cpuPerPage)).toArray();
        double worst = Arrays.stream(wall).max().orElse(0);
        out.printf(Locale.ROOT, "每页用时：墙钟 %s 秒，CPU %s 秒（中位数 最小—最大；目标每页 ≤ 3 秒）%s%n", spread(wall), spread(cpu),
                median(wall) <= 3 ? "" : "  未达标");
        met &= wall.length == 0 || median(wall) <= 3;
        if (worst > 3) {
            out.printf(Locale.ROOT, "  最慢一页 %.2f 秒（机器繁忙时墙钟时间会变长，CPU 时间更稳定）%n", worst);
        }
        return met;
    }

    private static boolean group(List<Score> scores, String marker, String title, double goal, PrintStream out) {
        List<Score> g = scores.stream().filter(s -> s.name.contains(marker)).toList();
        if (g.isEmpty()) {
            return true;
        }
        int cells = g.stream().mapToInt(Score::cells).sum();
        int exact = g.stream().mapToInt(Score::exact).sum();
        int silent = g.stream().mapToInt(Score::silent).sum();
        double share = (double) exact / Math.max(1, cells);
        boolean met = share >= goal && silent == 0;
        out.printf(Locale.ROOT, "%s：%d 个扫描件，%d 格中 %d 格准确（%.2f%%，目标 ≥ %.1f%%），未标出的错误 %d 个%s%n", title, g.size(), cells,
                exact, 100 * share, 100 * goal, silent, met ? "" : "  未达标");
        return met;
    }

    private static String spread(double[] values) {
        if (values.length == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f %.2f—%.2f", median(values), Arrays.stream(values).min().orElse(0),
                Arrays.stream(values).max().orElse(0));
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

}
