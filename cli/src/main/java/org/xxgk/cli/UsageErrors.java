package org.xxgk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in one Chinese line, with the nearest option when one was mistyped, then where to read
 * the usage; never picocli's English, never the whole help. Exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    /** Our own messages have Chinese in them; picocli's have none. */
    private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("[\u4e00-\u9fff]");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("xxgk: " + message(e));
        err.println("xxgk: 用 " + helpFor(cli) + " 查看用法");
        return ExitCodes.USAGE;
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof MissingParameterException m) {
            return missing(m);
        }
        if (e instanceof OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " 只能给一次";
        }
        if (e instanceof MaxValuesExceededException) {
            return "参数过多：" + e.getMessage().replaceAll(".*: ", "");
        }
        if (e.getCause() instanceof TypeConversionException || e.getMessage().contains("Invalid value")) {
            return invalid(e);
        }
        if (e.getMessage() != null && CHINESE.matcher(e.getMessage()).find()) {
            return e.getMessage(); // our own messages are Chinese already
        }
        return "命令行参数有误" + (e.getArgSpec() != null ? "：" + name(e.getArgSpec()) : "");
    }

    private static String unmatched(UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        List<String> suggestions = u.getSuggestions();
        String hint = suggestions.isEmpty() ? "" : "，是否想用 " + suggestions.get(0) + "？";
        if (first.startsWith("-")) {
            return "未知选项 " + first + hint;
        }
        if (u.getCommandLine().getSubcommands().isEmpty() || u.getCommandLine().getParent() != null) {
            return "多余的参数：" + String.join(" ", unmatched);
        }
        return "未知命令 " + first + (hint.isEmpty() ? "，可用的命令：" + commands(u.getCommandLine()) : hint);
    }

    private static String missing(MissingParameterException m) {
        List<ArgSpec> missing = m.getMissing();
        if (missing == null || missing.isEmpty()) {
            return "缺少参数";
        }
        return "缺少" + missing.stream().map(a -> a.isOption() ? "选项 " + name(a) : "参数 " + a.paramLabel())
                .collect(Collectors.joining("、")) + (missing.get(0).isOption() && missing.get(0).arity().min() > 0
                && m.getMessage().contains("parameter for option") ? " 的值" : "");
    }

    private static String invalid(ParameterException e) {
        String value = e.getValue() != null ? e.getValue() : "";
        if (value.isEmpty()) {
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([^']*)'").matcher(e.getMessage());
            while (quoted.find()) {
                value = quoted.group(1);
            }
        }
        ArgSpec arg = e.getArgSpec();
        String what = arg == null ? "参数" : arg.isOption() ? "选项 " + name(arg) + " 的值" : "参数 " + arg.paramLabel();
        Class<?> type = arg == null ? null : arg.type();
        String expected = type == null ? "格式不对" : type == int.class || type == Integer.class || type == long.class
                || type == Long.class ? "应为整数" : "格式不对";
        return what + " " + value + " " + expected;
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    static String commands(CommandLine cli) {
        return cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).collect(Collectors.joining("、"));
    }

    /** {@code xxgk help extract} for a subcommand's error, {@code xxgk help} for the top command's. */
    private static String helpFor(CommandLine cli) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = cli; c.getParent() != null; c = c.getParent()) {
            path.insert(0, " " + c.getCommandName());
        }
        return "xxgk help" + path;
    }
}
