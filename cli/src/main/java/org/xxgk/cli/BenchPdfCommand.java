package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Inputs;
import org.xxgk.pdf.PdfBenchmark;

/** {@code xxgk bench pdf DIR}: per-file times of the PDF path beside tabula-java's own extraction. */
@Command(name = "pdf", mixinStandardHelpOptions = true, sortOptions = false,
        header = "测量读取 PDF 报告的速度",
        description = {"对文件夹中的每个 PDF 报告计时：xxgk 的读取、识别和校验全过程，与通用表格提取库对全部页面的",
            "表格线提取（同一进程中）对比。先预热，再取多轮计时的中位数。"},
        footer = {"%n另可用 --cold 文件 把一份报告交给两个全新进程各读若干次（xxgk extract 与该表格提取库的命令行，",
            "全部页面、表格线模式），比较冷启动的整体用时；该库的 jar 文件由 --tabula 给出，默认取本地依赖仓库中的版本。",
            "%n示例：%n  xxgk bench pdf testdata/pdf/bench-3page%n  xxgk bench pdf 报告/ --warmup 5 --iterations 10",
            "  xxgk bench pdf testdata/pdf/bench-3page --cold testdata/region/reports/05-临江市公安局.pdf --tabula tabula.jar"})
final class BenchPdfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "文件夹", description = "PDF 文件或文件夹")
    private List<Path> paths;

    @Option(names = "--warmup", paramLabel = "轮数", defaultValue = "3", description = "预热轮数（默认 ${DEFAULT-VALUE}）")
    private int warmup;

    @Option(names = "--iterations", paramLabel = "轮数", defaultValue = "5", description = "计时轮数（默认 ${DEFAULT-VALUE}）")
    private int iterations;

    @Option(names = "--cold", paramLabel = "文件", description = "再以全新进程读取这一份报告，与表格提取库的命令行比较")
    private Path cold;

    @Option(names = "--cold-runs", paramLabel = "次数", defaultValue = "5", description = "冷启动计时次数（默认 ${DEFAULT-VALUE}）")
    private int coldRuns;

    @Option(names = "--tabula", paramLabel = "jar文件", description = "表格提取库的 jar 文件或类路径（默认：本地依赖仓库中的版本）")
    private String tabula;

    @Override
    public Integer call() throws IOException {
        if (iterations < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--iterations 至少为 1，--warmup 不能为负数");
        }
        List<Path> pdfs = Inputs.expand(paths).stream().map(Input::path)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).toList();
        List<PdfBenchmark.Result> results = new PdfBenchmark().run(pdfs, warmup, iterations);
        print(results, pdfs.size());
        if (cold != null) {
            cold();
        }
        return ExitCodes.OK;
    }

    /** Ratio (b): one report as a whole new process, xxgk's command line beside tabula's. */
    private void cold() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String classpath = tabula != null ? tabula : defaultTabula();
        Path jar = ownJar();
        if (classpath == null || jar == null) {
            out.printf("冷启动对比未运行：%s%n", jar == null ? "xxgk 不是从 jar 运行的" : "没有找到 tabula 的 jar，请用 --tabula 指定"
                    + "（mvn dependency:get -Dartifact=technology.tabula:tabula:1.0.5:jar:jar-with-dependencies）");
            out.flush();
            return;
        }
        Path caches = java.nio.file.Files.createTempDirectory("xxgk-bench-fonts");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> xxgk = new java.util.ArrayList<>(List.of(javaBin, "-XX:+UseParallelGC", "-Xmn128m"));
        Path archive = jar.resolveSibling("xxgk.jsa");
        if (java.nio.file.Files.isRegularFile(archive)) {
            xxgk.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        // Each tool keeps its own PDFBox font cache: two PDFBox versions sharing one rebuild it on every run.
        xxgk.addAll(List.of("-Dpdfbox.fontcache=" + caches.resolve("xxgk"), "-jar", jar.toString(), "extract"));
        List<String> theirs = List.of(javaBin, "-Dpdfbox.fontcache=" + caches.resolve("tabula"), "-cp", classpath,
                "technology.tabula.CommandLineApp", "-l", "-p", "all");
        PdfBenchmark.Cold c = PdfBenchmark.cold(cold, coldRuns, xxgk, theirs);
        out.printf("冷启动（每次一个新进程，%d 次，另有 1 次预热不计）：%s%n", coldRuns, cold.getFileName());
        out.printf("  xxgk extract：中位数 %.0f 毫秒（%s）%n", PdfBenchmark.median(c.xxgk()), spread(c.xxgk()));
        out.printf("  tabula -l -p all：中位数 %.0f 毫秒（%s）%n", PdfBenchmark.median(c.tabula()), spread(c.tabula()));
        out.printf("比值（b）：xxgk 整个进程用时是 tabula 命令行的 %.2f%n", c.ratio());
        out.flush();
    }

    private static String spread(double[] xs) {
        double min = java.util.Arrays.stream(xs).min().orElse(0);
        double max = java.util.Arrays.stream(xs).max().orElse(0);
        return String.format("%.0f–%.0f", min, max);
    }

    private static String defaultTabula() {
        Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository", "technology", "tabula", "tabula", "1.0.5",
                "tabula-1.0.5-jar-with-dependencies.jar");
        return java.nio.file.Files.isRegularFile(jar) ? jar.toString() : null;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(BenchPdfCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private void print(List<PdfBenchmark.Result> results, int found) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("PDF 读取速度：%d 个文件（另有 %d 个无法读取，未计入），预热 %d 轮，计时 %d 轮取中位数%n",
                results.size(), found - results.size(), warmup, iterations);
        out.printf("%-34s %5s %6s %12s %12s %6s%n", "文件", "页数", "表格页", "xxgk 毫秒", "tabula 毫秒", "倍数");
        int pages = 0;
        double ours = 0;
        double theirs = 0;
        for (PdfBenchmark.Result r : results) {
            out.printf("%-36s %5d %6d %12.1f %12.1f %6.1f%n", r.file().getFileName(), r.pages(), r.tablePages(),
                    r.xxgkMillis(), r.tabulaMillis(), r.speedup());
            pages += r.pages();
            ours += r.xxgkMillis();
            theirs += r.tabulaMillis();
        }
        if (!results.isEmpty()) {
            out.printf("%-36s %5d %6s %12.1f %12.1f %6.1f%n", "合计", pages, "", ours, theirs, theirs / ours);
            out.printf("每秒页数：xxgk（读取+识别+校验）%.0f 页/秒，tabula（全部页面 lattice 提取）%.0f 页/秒%n",
                    pages / ours * 1000, pages / theirs * 1000);
            double ourCpu = results.stream().mapToDouble(PdfBenchmark.Result::xxgkCpu).sum();
            double theirCpu = results.stream().mapToDouble(PdfBenchmark.Result::tabulaCpu).sum();
            out.printf("每个文件的 CPU 时间：xxgk %.1f 毫秒，tabula %.1f 毫秒%n", ourCpu / results.size(), theirCpu / results.size());
            out.printf("比值（a）：xxgk 整个 PDF 路径每个文件用的 CPU 是 tabula lattice 提取的 %.2f%n", ourCpu / theirCpu);
        }
        out.flush();
    }
}
