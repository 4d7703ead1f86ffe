package org.xxgk.core.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xxgk.core.Xxgk;
import org.xxgk.core.model.Report;
import org.xxgk.core.spi.InternalErrorException;
import org.xxgk.core.spi.XxgkException;

/**
 * What a fuzz test asserts of every input: reading it through the facade, as {@code xxgk extract} does
 * for one file, gives reports that write as JSON and CSV, or one of the toolkit's exceptions whose
 * message is clean ({@link #checkMessage}); never a library's exception, never an error, within
 * {@link #DEADLINE}. The facade's last resort ({@link InternalErrorException}) counts as a finding:
 * each reader must foresee what its library does with hostile bytes.
 */
public final class Fuzzing {

    /** The most one input may take while fuzzing (a sixth of the batch's default deadline per file). */
    public static final Duration DEADLINE = Duration.ofSeconds(10);
    /** The longest message, the file name left out. */
    public static final int MAX_MESSAGE = 200;

    /** Latin words a message may hold: format and product names, and the data files' own keys. */
    private static final Set<String> ALLOWED = Set.of("pdf", "word", "excel", "wps", "json", "csv", "html", "htm",
            "xml", "markdown", "office", "libreoffice", "ofd", "ocr", "zip", "utf", "gbk", "gb", "docx", "doc", "xlsx",
            "xls", "xlsm", "txt", "md", "odt", "ods", "opendocument", "xxgk", "values", "generations", "code", "value",
            "agency", "year", "source", "published", "mb", "kb", "gb18030", "bom", "ole", "cid", "spec", "indicators",
            "plugins", "jar", "deadline", "verbose", "force", "legacy", "text", "pdftotext", "pandoc");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|「[^」]*」|《[^》]*》");
    /** Indicator codes ({@code t3.new.natural}), paths, file names and cell references are data, not words. */
    private static final Pattern DATA = Pattern.compile(
            "[A-Za-z0-9_\\-]+(?:[./][A-Za-z0-9_\\-*]+)+|--?[a-z][a-z\\-]*|\\b[A-Z]{1,3}[0-9]+\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern JAVA = Pattern.compile(
            "(?:Exception|Error|java\\.|javax\\.|org\\.apache|com\\.fasterxml|\\bnull\\b|\\$|\\bat [a-z]+\\.)");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private Fuzzing() {
    }

    /**
     * Reads one input as a file of that name and checks the outcome.
     *
     * @param name the file name the input is read under (its extension chooses among formats its bytes allow)
     */
    public static void check(Xxgk xxgk, byte[] bytes, String name) {
        Future<?> read = worker().submit(() -> read(xxgk, bytes, name));
        // The first input of a run loads (and, when fuzzing, instruments) the reader's libraries: XMLBeans alone
        // is thousands of classes. It gets ten times the deadline; so does every input until one that is not empty
        // (Jazzer begins with the empty input, which the detector refuses before any reader's class is loaded).
        long limit = DEADLINE.toMillis() * (warm ? 1 : 10);
        warm = warm || bytes.length > 0;
        try {
            read.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            worker = null; // left behind, as a batch leaves a file past its deadline
            fail(name + " took more than the deadline of " + limit / 1000 + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One thread reads every input, so that a hang is seen (and left behind) instead of stopping the run. */
    private static ExecutorService worker() {
        ExecutorService w = worker;
        if (w == null) {
            w = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-read");
                t.setDaemon(true);
                return t;
            });
            worker = w;
        }
        return w;
    }

    private static volatile ExecutorService worker;
    private static volatile boolean warm;

    private static void read(Xxgk xxgk, byte[] bytes, String name) {
        try {
            List<Report> reports = xxgk.read(new ByteArrayInputStream(bytes), name);
            xxgk.write(reports, "json", OutputStream.nullOutputStream());
            xxgk.write(reports, "csv", OutputStream.nullOutputStream());
        } catch (InternalErrorException e) {
            throw new AssertionError("the facade's last resort caught what no reader foresaw: " + e.oneLine(), e.getCause());
        } catch (XxgkException e) {
            checkMessage(e, name);
        } catch (IOException e) {
            throw new AssertionError("writing to nowhere failed", e);
        }
    }

    /** An exception's message: clean, and its one line names the file. */
    public static void checkMessage(XxgkException e, String name) {
        String why = problem(e.getMessage());
        if (why != null) {
            throw new AssertionError(why + ": " + e.oneLine(), e);
        }
        if (!e.oneLine().startsWith(name + "：")) {
            throw new AssertionError("the line does not begin with the file: " + e.oneLine(), e);
        }
    }

    /**
     * Why a message a user reads is not clean, or {@code null}: it must be one line of at most
     * {@value #MAX_MESSAGE} characters, in Chinese, with no Java name and no English word other than a
     * format's name (input quoted in “…” is the user's own and not judged).
     */
    public static String problem(String message) {
        return problem(message, MAX_MESSAGE);
    }

    private static String problem(String message, int max) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        if (message.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            return "not one line";
        }
        if (message.codePointCount(0, message.length()) > max) {
            return "longer than " + max + " characters";
        }
        if (!CJK.matcher(message).find()) {
            return "not in Chinese";
        }
        String words = DATA.matcher(QUOTED.matcher(message).replaceAll("")).replaceAll("");
        if (JAVA.matcher(QUOTED.matcher(message).replaceAll("")).find()) {
            return "a Java name";
        }
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            if (!ALLOWED.contains(m.group().toLowerCase(Locale.ROOT))) {
                return "the English word '" + m.group() + "'";
            }
        }
        return null;
    }

    /**
     * The seeds of a fuzzing run: the project's fixtures with these extensions (folders of testdata
     * walked), only when fuzzing, since the golden tests read them anyway.
     */
    public static Stream<byte[]> seeds(String... extensions) throws IOException {
        if (System.getenv("JAZZER_FUZZ") == null || System.getenv("JAZZER_FUZZ").isEmpty()) {
            return Stream.empty();
        }
        List<String> ends = Stream.of(extensions).map(e -> "." + e).toList();
        try (Stream<Path> files = Files.walk(Golden.testdata())) {
            List<Path> found = files.filter(Files::isRegularFile)
                    .filter(f -> ends.stream().anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .filter(f -> size(f) <= 2L << 20).sorted().toList();
            return found.stream().map(Fuzzing::bytes);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static byte[] bytes(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
