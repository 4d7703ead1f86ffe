package org.xxgk.cli;

import java.io.PrintStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: {@code xxgk} and its subcommands. */
@Command(name = "xxgk", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        header = "xxgk（信息公开）：政府信息公开工作年度报告统计表工具",
        description = {
            "读取网页、粘贴文本、HTML 等格式的政府信息公开工作年度报告，识别表二（主动公开）、"
                + "表三（依申请公开）、表四（行政复议、行政诉讼）或 2019 年以前的统计表，",
            "按勾稽关系校验，并输出为 JSON、CSV、Markdown 或 HTML。"},
        subcommands = {ExtractCommand.class, ValidateCommand.class, TemplateCommand.class, FillCommand.class,
            ConsolidateCommand.class, BenchCommand.class, picocli.CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true, sortOptions = false,
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:完成（输出中可能列有警告）",
            "1:有输入文件无法读取或识别，或输出无法写入",
            "2:命令用法错误",
            "3:完成，但有报告违反错误级别的勾稽关系（validate、consolidate）"})
public final class XxgkCommand {

    private final PrintStream out;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "出错时显示详细信息（含堆栈）")
    private boolean verbose;

    XxgkCommand(PrintStream out) {
        this.out = out;
    }

    boolean verbose() {
        return verbose;
    }

    /** Standard output as bytes, for binary formats and for text written in UTF-8. */
    PrintStream out() {
        return out;
    }
}
