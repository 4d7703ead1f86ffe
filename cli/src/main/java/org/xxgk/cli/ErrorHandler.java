package org.xxgk.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.xxgk.core.spi.XxgkException;

/**
 * Turns a failure into one line on stderr and exit code 1; the stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final XxgkCommand root;

    ErrorHandler(XxgkCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String line = e instanceof XxgkException x ? x.oneLine() : "内部错误：" + e;
        cli.getErr().println("xxgk: " + line);
        if (root.verbose()) {
            e.printStackTrace(cli.getErr());
        } else if (!(e instanceof XxgkException)) {
            cli.getErr().println("xxgk: 加 --verbose 可查看详细信息；如确认是程序问题，请附上该信息报告。");
        }
        return ExitCodes.INPUT;
    }
}
