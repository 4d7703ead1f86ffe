package org.xxgk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** The entry point: runs the command line and exits with its code. {@code System.exit} is called here only. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), System.console() != null));
    }

    /**
     * Runs the command line with the given streams and returns the exit code; tests call this.
     *
     * @param out where results go (binary formats are written to it as bytes)
     * @param err where messages go
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        return run(args, out, err, System.getenv(), false);
    }

    /** As {@link #run(String[], OutputStream, OutputStream)}, with the environment given (tests set XXGK_PLUGINS). */
    static int run(String[] args, OutputStream out, OutputStream err, java.util.Map<String, String> environment) {
        return run(args, out, err, environment, false);
    }

    /**
     * As above; {@code terminal} says whether standard output is a terminal (progress bars drawn, binary
     * formats refused), so that tests can play a terminal.
     */
    static int run(String[] args, OutputStream out, OutputStream err, java.util.Map<String, String> environment,
                   boolean terminal) {
        PrintStream rawOut = out instanceof PrintStream p ? p : new PrintStream(out, true, StandardCharsets.UTF_8);
        XxgkCommand root = new XxgkCommand(rawOut, environment);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        root.errors(cli.getErr());
        root.terminal(terminal);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setUsageHelpAutoWidth(true);
        cli.setUsageHelpLongOptionsMaxWidth(30);
        cli.setExecutionExceptionHandler(new ErrorHandler(root));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }
}
