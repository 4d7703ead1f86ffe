package org.xxgk.cli;

import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.xxgk.core.Xxgk;

/** The top command: {@code xxgk} and its subcommands. */
@Command(name = "xxgk", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        resourceBundle = "org.xxgk.cli.Messages",
        header = "xxgk（信息公开）：政府信息公开工作年度报告统计表工具",
        description = {
            "读取网页、粘贴文本、PDF、Word、Excel、OpenDocument 等格式的政府信息公开工作年度报告，识别表二（主动公开）、"
                + "表三（依申请公开）、表四（行政复议、行政诉讼）或 2019 年以前的统计表，",
            "按勾稽关系校验，输出为 JSON、CSV、Markdown、HTML、PDF（按官方格式排版，可直接打印）或填好的 Excel 模板，并可把各单位的报告汇总为地区汇总工作簿。",
            "插件（如 OFD、OCR）放在 xxgk.jar 所在文件夹下的 plugins/ 文件夹，或用 --plugins 指定。"},
        subcommands = {ExtractCommand.class, ValidateCommand.class, TemplateCommand.class, FillCommand.class,
            ConsolidateCommand.class, FormatsCommand.class, BenchCommand.class, HelpCommand.class},
        usageHelpAutoWidth = true, sortOptions = false,
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:完成（输出中可能列有警告）",
            "1:有输入文件无法读取或识别，或输出无法写入",
            "2:命令用法错误",
            "3:完成，但有报告违反错误级别的勾稽关系（validate、consolidate）"})
public final class XxgkCommand implements java.util.concurrent.Callable<Integer> {

    /** The environment variable that names plugin folders (several separated as in PATH). */
    static final String PLUGINS_VARIABLE = "XXGK_PLUGINS";

    private final PrintStream out;
    private final Map<String, String> environment;
    private Xxgk xxgk;
    private PrintWriter err;
    private boolean terminal;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "出错时显示详细信息（含堆栈）")
    private boolean verbose;

    @Option(names = "--plugins", scope = ScopeType.INHERIT, paramLabel = "文件夹",
            description = "插件文件夹（可多次给出；另读取环境变量 " + PLUGINS_VARIABLE + " 和 xxgk.jar 旁的 plugins/ 文件夹）")
    private List<Path> plugins = new ArrayList<>();

    XxgkCommand(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** {@code xxgk} alone: which commands there are, in one line. */
    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "请指定命令："
                + UsageErrors.commands(spec.commandLine()));
    }

    boolean verbose() {
        return verbose;
    }

    /** Standard output as bytes, for binary formats and for text written in UTF-8. */
    PrintStream out() {
        return out;
    }

    /** Whether standard output is a terminal: progress bars are drawn, binary formats refused. */
    boolean terminal() {
        return terminal;
    }

    void terminal(boolean isTerminal) {
        this.terminal = isTerminal;
    }

    void errors(PrintWriter errors) {
        this.err = errors;
    }

    /**
     * The toolkit, built once per run with the plugin folders: {@code --plugins}, then
     * {@value #PLUGINS_VARIABLE}, then {@code plugins/} beside the jar. A plugin that cannot be loaded is
     * named on standard error, once, and the run goes on without it.
     */
    Xxgk xxgk() {
        return xxgk(null);
    }

    /** The toolkit with a deadline per file in batches ({@code null}: none), built once per run. */
    Xxgk xxgk(java.time.Duration deadline) {
        if (xxgk == null) {
            Xxgk.Builder b = Xxgk.builder();
            pluginFolders().forEach(b::plugins);
            if (deadline != null) {
                b.deadlinePerFile(deadline);
            }
            xxgk = b.build();
            if (err != null) {
                xxgk.pluginProblems().forEach(p -> err.println("xxgk: " + p.oneLine()));
            }
        }
        return xxgk;
    }

    List<Path> pluginFolders() {
        List<Path> folders = new ArrayList<>(plugins);
        String variable = environment.get(PLUGINS_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            for (String s : variable.split(File.pathSeparator)) {
                if (!s.isBlank()) {
                    folders.add(Path.of(s.strip()));
                }
            }
        }
        besideTheJar().ifPresent(folders::add);
        return folders;
    }

    /** {@code plugins/} in the folder of the running jar; nothing when running from a build's classes. */
    private static java.util.Optional<Path> besideTheJar() {
        try {
            var code = XxgkCommand.class.getProtectionDomain().getCodeSource();
            if (code == null) {
                return java.util.Optional.empty();
            }
            Path jar = Path.of(code.getLocation().toURI());
            return jar.toString().endsWith(".jar") && jar.getParent() != null
                    ? java.util.Optional.of(jar.getParent().resolve("plugins")) : java.util.Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}
