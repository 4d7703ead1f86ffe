package org.xxgk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** The entry point: runs the command line and exits with its code. {@code System.exit} is called here only. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean console = System.console() != null;
        Charset text = console ? consoleCharset(System.getProperties()) : StandardCharsets.UTF_8;
        System.exit(run(startedBy(args, console), System.out, System.err, System.getenv(), console, text));
    }

    /**
     * The arguments to run: as given, or {@code serve} when there are none and no console, as when the jar is
     * double-clicked or started by {@code javaw} (the Windows launcher): the workbench is what such a person wants.
     */
    static String[] startedBy(String[] args, boolean console) {
        return args.length == 0 && !console ? new String[] {"serve"} : args;
    }

    /**
     * The charset the console shows: GBK on a Chinese Windows (code page 936), UTF-8 on most others. Java 18 and
     * later say it in {@code stdout.encoding}, Java 17 in {@code sun.stdout.encoding} (set for a console) and
     * {@code native.encoding}; forcing UTF-8 would garble every Chinese line in a Chinese cmd.exe.
     */
    static Charset consoleCharset(java.util.Properties system) {
        for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = system.getProperty(key);
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name.strip());
                } catch (IllegalArgumentException e) {
                    // an unknown name: try the next
                }
            }
        }
        return StandardCharsets.UTF_8;
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
        return run(args, out, err, environment, terminal, StandardCharsets.UTF_8);
    }

    /** As above, with the charset of the messages and text results ({@link #consoleCharset} for a console). */
    static int run(String[] args, OutputStream out, OutputStream err, java.util.Map<String, String> environment,
                   boolean terminal, Charset text) {
        PrintStream rawOut = out instanceof PrintStream p ? p : new PrintStream(out, true, StandardCharsets.UTF_8);
        XxgkCommand root = new XxgkCommand(rawOut, environment);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, text), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, text), true));
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
