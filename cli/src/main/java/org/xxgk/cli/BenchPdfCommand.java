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
        description = {"对文件夹中的每个 PDF 报告计时：xxgk 的读取、识别和校验全过程，与 tabula-java 对全部页面的",
            "lattice 表格提取（同一 JVM 中）对比。先预热，再取多轮计时的中位数。"},
        footer = {"%n示例：%n  xxgk bench pdf testdata/pdf/bench%n  xxgk bench pdf 报告/ --warmup 5 --iterations 10"})
final class BenchPdfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "PDF 文件或文件夹")
    private List<Path> paths;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "预热轮数（默认 ${DEFAULT-VALUE}）")
    private int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5", description = "计时轮数（默认 ${DEFAULT-VALUE}）")
    private int iterations;

    @Override
    public Integer call() throws IOException {
        if (iterations < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--iterations 至少为 1，--warmup 不能为负数");
        }
        List<Path> pdfs = Inputs.expand(paths).stream().map(Input::path)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).toList();
        List<PdfBenchmark.Result> results = new PdfBenchmark().run(pdfs, warmup, iterations);
        print(results, pdfs.size());
        return ExitCodes.OK;
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
        }
        out.flush();
    }
}
