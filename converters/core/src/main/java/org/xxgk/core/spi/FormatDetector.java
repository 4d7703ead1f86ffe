package org.xxgk.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Names an input's format from its bytes and its file name, in a fixed order:
 * <ol>
 *   <li>every {@link Detector} that the format modules contribute is asked; an answer from the bytes
 *       ({@link Detector.Evidence#CONTENT}) beats one from the name alone, and between equals the lower
 *       {@link Detector#order()} (then the class name) wins;</li>
 *   <li>when none answers, the core's own rules: {@code %PDF-} is a PDF; a zip or an OLE2 container
 *       that no module claimed is {@link #UNKNOWN} (or {@link #ENCRYPTED}, an Office file under a
 *       password); other binary data is {@link #UNKNOWN}; the toolkit's data files are {@link #JSON} and
 *       {@link #CSV} by their extension; markup is {@link #HTML}; anything else is {@link #TEXT}.</li>
 * </ol>
 * Answers {@link #UNKNOWN} rather than throwing, whatever the input. Immutable and thread-safe.
 */
public final class FormatDetector {

    public static final String TEXT = "text";
    public static final String HTML = "html";
    public static final String PDF = "pdf";
    public static final String DOCX = "docx";
    public static final String XLSX = "xlsx";
    public static final String DOC = "doc";
    public static final String XLS = "xls";
    public static final String JSON = "json";
    public static final String CSV = "csv";
    public static final String UNKNOWN = "unknown";
    /** A password-protected Office file whose name does not say whether it is Word or Excel: no reader opens it. */
    public static final String ENCRYPTED = "encrypted";

    private static final Comparator<Detector> ORDER = Comparator.comparingInt(Detector::order)
            .thenComparing(d -> d.getClass().getName());

    private final List<Detector> detectors;

    private FormatDetector(List<Detector> detectors) {
        List<Detector> sorted = new ArrayList<>(detectors);
        sorted.sort(ORDER);
        this.detectors = List.copyOf(sorted);
    }

    /** The detectors of the modules on the class path. */
    public static FormatDetector installed() {
        return of(ServiceLoader.load(Detector.class, FormatDetector.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /** These detectors before the core's own rules. */
    public static FormatDetector of(List<? extends Detector> detectors) {
        return new FormatDetector(List.copyOf(detectors));
    }

    /** The modules' detectors, in the order they are asked. */
    public List<Detector> detectors() {
        return detectors;
    }

    /**
     * @param name  the file name (for the extension), may be empty
     * @param bytes the input (detection looks at its start and, for a zip, its directory)
     */
    public String detect(String name, byte[] bytes) {
        Detection input = new Detection(name, bytes);
        Detector.Match best = null;
        for (Detector d : detectors) {
            Optional<Detector.Match> m = ask(d, input);
            if (m.isPresent() && (best == null || m.get().evidence().compareTo(best.evidence()) > 0)) {
                best = m.get();
            }
        }
        return best != null ? best.format() : coreRules(input);
    }

    /** A detector that throws (a plugin's, on a hostile input) has simply said nothing. */
    private static Optional<Detector.Match> ask(Detector d, Detection input) {
        try {
            Optional<Detector.Match> m = d.detect(input);
            return m == null ? Optional.empty() : m;
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static String coreRules(Detection input) {
        if (input.startsWith("%PDF-")) {
            return PDF;
        }
        if (input.isZip()) {
            return UNKNOWN;
        }
        if (input.isOle2()) {
            return input.oleNames("EncryptedPackage") ? ENCRYPTED : UNKNOWN;
        }
        byte[] bytes = input.bytes();
        if (isBinary(bytes)) {
            return UNKNOWN;
        }
        if (input.extensionIs("json", "csv")) {
            return input.extension();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        // Markdown holds raw <table>s among its own tables (pandoc writes merged cells so): the text reader reads both
        if (input.extensionIs("html", "htm", "mhtml") || head.contains("<html") || head.contains("<!doctype html")
                || head.contains("<table") && !input.extensionIs("md", "markdown") || head.contains("<body")) {
            return HTML;
        }
        return TEXT;
    }

    /** A zero byte within the first 8 KB, unless the text starts with a UTF-16 byte-order mark. */
    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16 = n >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return !utf16;
            }
        }
        return false;
    }

    static String extension(String name) {
        return new Detection(name, new byte[0]).extension();
    }
}
