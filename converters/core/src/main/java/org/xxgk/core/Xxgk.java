package org.xxgk.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Inputs;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.consolidate.Consolidator;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.Roster;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.BlankFormWriter;
import org.xxgk.core.spi.DataReader;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.InternalErrorException;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.spi.RegionReader;
import org.xxgk.core.spi.RegionWriter;
import org.xxgk.core.spi.ReportWriter;
import org.xxgk.core.spi.ScannedDocumentException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.validate.Validator;

/**
 * The toolkit in one object: read any supported file into the reports it holds, check them, write
 * them in any format, write and fill the official template, and consolidate a region. Every adapter
 * (the command line, the web workbench, the benchmarks, an embedding program) goes through it.
 *
 * <pre>{@code
 * Xxgk xxgk = Xxgk.builder().plugins(Path.of("plugins")).build();
 * List<Report> reports = xxgk.read(Path.of("年度报告.pdf"));
 * xxgk.write(reports, "json", System.out);
 * Region region = xxgk.consolidate(List.of(Path.of("各单位报告")),
 *         ConsolidateOptions.builder().region("临江市").roster(Path.of("名单.csv")).build());
 * }</pre>
 *
 * <p>Readers, writers and detectors are found through {@link java.util.ServiceLoader} on the class path
 * and in plugin jars ({@link Builder#plugins}). Immutable and safe to share between threads. Every
 * failure is an {@link XxgkException} whose message is one Chinese line naming the file.
 */
public final class Xxgk {

    /** The largest input read by default: no report comes near it, and a batch's memory stays bounded. */
    public static final long DEFAULT_MAX_FILE_SIZE = 256L * 1024 * 1024;
    /** Formats a scanned document's bytes are handed to when its own reader finds only images (an OCR plugin). */
    static final String SCANNED = "scanned-";

    private final Registry registry;
    private final FormatDetector detector;
    private final Schema schema;
    private final Recognizer recognizer;
    private final Validator validator;
    private final int threads;
    private final Duration deadline;
    private final long maxFileSize;

    private Xxgk(Builder b) {
        this.registry = new Registry(b.plugins);
        this.detector = FormatDetector.of(registry.all(org.xxgk.core.spi.Detector.class));
        this.schema = Schema.official();
        this.recognizer = new Recognizer(schema);
        this.validator = new Validator(schema);
        this.threads = b.threads;
        this.deadline = b.deadline;
        this.maxFileSize = b.maxFileSize;
    }

    /** The toolkit with what is on the class path and the default settings. */
    public static Xxgk create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a file into the reports it holds: one for most files; several for a workbook with one agency
     * per sheet, a page with several agencies' reports, or a data file of many reports.
     *
     * @throws XxgkException when the file cannot be read or holds no report; the message says why in one line
     */
    public List<Report> read(Path file) throws XxgkException {
        return read(load(file, file.toString())).reports();
    }

    /**
     * Reads an input from a stream (an upload, an attachment): the same as {@link #read(Path)} for a file
     * of that name. The stream is read to its end but not closed.
     *
     * @param name the input's file name (its extension helps to tell the format) and how messages name it
     */
    public List<Report> read(InputStream in, String name) throws XxgkException {
        return read(load(in, name)).reports();
    }

    /**
     * Reads a file into its grids and text lines without recognising them: what a reader made of it, for
     * a plugin's author or a tool that shows the cells.
     *
     * @throws XxgkException when no reader can read it
     */
    public Document readDocument(Path file) throws XxgkException {
        Loaded in = load(file, file.toString());
        return document(in, in.format());
    }

    /** As {@link #readDocument(Path)}, for an input from a stream (read to its end, not closed). */
    public Document readDocument(InputStream in, String name) throws XxgkException {
        Loaded loaded = load(in, name);
        return document(loaded, loaded.format());
    }

    /**
     * Recognises the reports in a document that a reader made ({@link #readDocument}): the official
     * tables found, every cell given its code, the rules checked.
     *
     * @throws NotAReportException when the document holds none of the official tables
     */
    public List<Report> recognize(Document document) throws NotAReportException {
        return recognizer.recognizeAll(document);
    }

    /**
     * Reads one input; never throws: a file that cannot be read is a failed {@link Outcome} with the
     * reason.
     */
    public Outcome extract(Input input) {
        return extract(input, UnaryOperator.identity());
    }

    /**
     * Reads files and folders (folders recursively, in name order; hidden and office lock files inside
     * folders skipped) on all threads, each file within the deadline. One outcome per file, in input
     * order; one bad file never ends the batch.
     *
     * @param progress told of each outcome as soon as it is known, from the reading threads
     */
    public List<Outcome> extract(List<Path> paths, Consumer<Outcome> progress) {
        return extractAll(Inputs.expand(paths), UnaryOperator.identity(), progress);
    }

    /** The files that {@link #extract(List, Consumer)} would read for these arguments, in that order. */
    public List<Input> inputs(List<Path> paths) {
        return Inputs.expand(paths);
    }

    /**
     * Reads inputs on all threads; each report is passed through {@code keep} by the thread that read it,
     * before it reads the next input, so that a batch of thousands keeps only what its use needs.
     */
    public List<Outcome> extractAll(List<Input> inputs, UnaryOperator<Report> keep, Consumer<Outcome> progress) {
        Objects.requireNonNull(progress, "progress");
        return Parallel.run(inputs, threads, deadline, i -> extract(i, keep), progress);
    }

    /** The format the toolkit takes an input to be ({@code pdf}, {@code xlsx}, …, or {@code unknown}). */
    public String detect(String name, byte[] bytes) {
        return detector.detect(name, bytes);
    }

    // ---------------------------------------------------------------- checking

    /** The 勾稽关系 problems of a report on its own. */
    public List<Problem> validate(Report report) {
        return validator.validate(report);
    }

    /** The problems of a report, with the cross-year rules against the same agency's report of last year. */
    public List<Problem> validate(Report report, Report lastYear) {
        return validator.validate(report, lastYear);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes reports in a format ({@code json}, {@code csv}, {@code md}, {@code html}, {@code xlsx}, or a
     * plugin's). The stream is not closed.
     *
     * @throws XxgkException when no writer has the format, or the format holds one report and several are given
     */
    public void write(List<Report> reports, String format, OutputStream out) throws XxgkException, IOException {
        ReportWriter w = writer(format);
        if (w.singleReport() && reports.size() != 1) {
            throw new XxgkException(format, format + " 格式一次只能写一份报告（实际 " + reports.size() + " 份），请逐个文件输出");
        }
        w.write(reports, out);
    }

    /**
     * The writer of a format.
     *
     * @throws UnsupportedFormatException naming the formats there are
     */
    public ReportWriter writer(String format) throws UnsupportedFormatException {
        return registry.find(ReportWriter.class, format).orElseThrow(() -> new UnsupportedFormatException(format,
                "不支持的输出格式，可选：" + String.join("、", writableFormats())));
    }

    /** Writes the blank official template of a generation (an .xlsx to fill). The stream is not closed. */
    public void writeTemplate(Generation generation, OutputStream out) throws XxgkException, IOException {
        BlankFormWriter w = registry.find(BlankFormWriter.class, FormatDetector.XLSX).orElseThrow(() ->
                new UnsupportedFormatException(FormatDetector.XLSX, "没有可写出模板的组件（缺少 Excel 模块）"));
        w.write(generation, out);
    }

    /** Fills the official template with a report: the same as {@code write(List.of(report), "xlsx", out)}. */
    public void fill(Report report, OutputStream out) throws XxgkException, IOException {
        write(List.of(report), FormatDetector.XLSX, out);
    }

    // ---------------------------------------------------------------- consolidating

    /**
     * Reads a region's reports (files and folders, any mix of formats) and consolidates them: every input
     * accounted for, each agency counted once, the sums, the roster's answer, the cross-year findings.
     *
     * @throws XxgkException when none of the inputs exists or a folder given holds no file, when the roster or
     *                       last year's workbook cannot be read, or when last year's workbook is not of the year before
     */
    public Region consolidate(List<Path> inputs, ConsolidateOptions options) throws XxgkException {
        requireSomeInput(inputs);
        List<String> roster = options.roster() != null ? readRoster(options.roster()) : options.rosterNames();
        List<Report> previous = options.previous() != null ? readPreviousRegion(options.previous()) : options.previousReports();
        List<Path> skip = options.skip().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Input> files = Inputs.expand(inputs).stream()
                .filter(i -> !skip.contains(i.path().toAbsolutePath().normalize())).toList();
        List<Outcome> outcomes = extractAll(files, Consolidator::numbersOnly, options.listener());
        return consolidate(outcomes, options, roster, previous);
    }

    /**
     * Refuses a consolidation with nothing to read: every path given is missing, or the folders given are
     * empty. A missing path among existing ones is read as a failed input, so that 来源 names it.
     */
    private static void requireSomeInput(List<Path> inputs) throws XxgkException {
        List<Path> missing = inputs.stream().filter(p -> !Files.exists(p)).toList();
        String names = String.join("、", inputs.stream().map(Path::toString).toList());
        if (missing.size() == inputs.size()) {
            throw new XxgkException(names, inputs.size() == 1 ? "不存在" : "都不存在");
        }
        if (Inputs.expand(inputs).isEmpty()) {
            throw new XxgkException(names, "没有可读取的文件（文件夹是空的，或只有隐藏文件）");
        }
    }

    /** Consolidates outcomes already read (as {@link #extractAll} gives them), with names and reports given as such. */
    public Region consolidateOutcomes(List<Outcome> outcomes, ConsolidateOptions options) throws XxgkException {
        List<String> roster = options.roster() != null ? readRoster(options.roster()) : options.rosterNames();
        List<Report> previous = options.previous() != null ? readPreviousRegion(options.previous()) : options.previousReports();
        return consolidate(outcomes, options, roster, previous);
    }

    private Region consolidate(List<Outcome> outcomes, ConsolidateOptions o, List<String> roster, List<Report> previous)
            throws XxgkException {
        Region region = new Consolidator(schema).consolidate(outcomes,
                new Consolidator.Options(o.year(), o.region(), roster, previous, o.excludeInvalid(), o.office()));
        checkPreviousYear(region, previous, o.previous());
        return region;
    }

    /**
     * Last year's workbook must be of the year before: one of the same year would compare every agency with
     * itself and give a warning per carried-over number, which is noise, not a finding.
     */
    private static void checkPreviousYear(Region region, List<Report> previous, Path file) throws XxgkException {
        Optional<Integer> year = previous.stream().map(Report::year).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(y -> y, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
        if (year.isPresent() && year.get() != region.year() - 1) {
            throw new XxgkException(file == null ? "上年数据" : file.toString(), "是 " + year.get() + " 年度的汇总，本次汇总的是 "
                    + region.year() + " 年度；上年汇总应为 " + (region.year() - 1) + " 年度的");
        }
    }

    /** Writes a region ({@code xlsx}: the regional workbook; {@code pdf}: its cover and tables). The stream is not closed. */
    public void writeRegion(Region region, String format, OutputStream out) throws XxgkException, IOException {
        regionWriter(format).write(region, out);
    }

    /**
     * Refuses, before a consolidation reads anything, a region format that cannot be written here (the PDF
     * without a Chinese font), in one line saying what to install.
     */
    public void checkRegionFormat(String format) throws XxgkException {
        regionWriter(format).checkReady();
    }

    private RegionWriter regionWriter(String format) throws UnsupportedFormatException {
        return registry.find(RegionWriter.class, format).orElseThrow(() -> new UnsupportedFormatException(format,
                "不支持的汇总输出格式，可选：" + String.join("、", registry.formats(RegionWriter.class))));
    }

    /**
     * The agencies a roster lists: the first column of a csv or txt file (any charset), or of a workbook's
     * first sheet.
     */
    public List<String> readRoster(Path file) throws XxgkException {
        Loaded in = load(file, file.toString());
        if (FormatDetector.TEXT.equals(in.format()) || FormatDetector.CSV.equals(in.format())) {
            return Roster.fromText(in.bytes(), in.source());
        }
        return Roster.fromDocument(document(in, in.format()));
    }

    /** Last year's regional workbook, as xxgk wrote it, read back as its agencies' reports. */
    public List<Report> readPreviousRegion(Path file) throws XxgkException {
        Loaded in = load(file, file.toString());
        RegionReader r = registry.find(RegionReader.class, in.format()).orElseThrow(() -> new UnsupportedFormatException(
                in.source(), "不是 xxgk 生成的汇总工作簿（应为 .xlsx）"));
        try {
            return r.read(new ByteArrayInputStream(in.bytes()), in.source());
        } catch (IOException e) {
            throw new XxgkException(in.source(), "无法读取上年汇总工作簿", e);
        }
    }

    // ---------------------------------------------------------------- what there is

    /** Every reader, writer and detector found, with the jar and version it came from. */
    public List<Component> components() {
        return registry.components();
    }

    /** The plugin jars (or their components) that could not be loaded; the toolkit runs without them. */
    public List<PluginProblem> pluginProblems() {
        return registry.problems();
    }

    /** The input formats some reader handles, sorted. */
    public List<String> readableFormats() {
        List<String> all = new ArrayList<>(registry.formats(DocumentReader.class));
        registry.formats(DataReader.class).stream().filter(f -> !all.contains(f)).forEach(all::add);
        return all.stream().filter(f -> !f.startsWith(SCANNED)).sorted().toList();
    }

    /** The output formats of {@link #write}, sorted. */
    public List<String> writableFormats() {
        return registry.formats(ReportWriter.class);
    }

    /** The schema: every table, label, code and rule. */
    public Schema schema() {
        return schema;
    }

    // ---------------------------------------------------------------- the pipeline

    /** An input read whole, with the format its name and bytes show. */
    private record Loaded(String source, String name, String format, byte[] bytes) {
    }

    /** What reading an input gave: its format, pages or sheets, and reports. */
    private record Read(String format, int pages, List<Report> reports) {
    }

    private Outcome extract(Input input, UnaryOperator<Report> keep) {
        String format = null;
        try {
            Loaded in = load(input.path(), input.source());
            format = in.format();
            Read r = read(in);
            return Outcome.of(input, r.format(), r.pages(), r.reports().stream().map(keep).toList());
        } catch (XxgkException e) {
            return Outcome.failed(input, format, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
            // A library failing on hostile input must not end the batch: the file is reported, the rest is read.
            // LinkageError: a library reaching for an optional class the toolkit does not ship (a zstd decoder).
            return Outcome.failed(input, format, unexpected(input.source(), e));
        }
    }

    private Read read(Loaded in) throws XxgkException {
        try {
            Optional<DataReader> data = registry.find(DataReader.class, in.format());
            if (data.isPresent()) {
                Optional<List<Report>> reports = data.get().read(new ByteArrayInputStream(in.bytes()), in.source());
                if (reports.isPresent()) {
                    return new Read(in.format(), 0, reports.get());
                }
            }
            Document doc = document(in, in.format());
            return new Read(doc.format(), doc.pages(), recognizer.recognizeAll(doc));
        } catch (IOException e) {
            throw new XxgkException(in.source(), "无法读取文件", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(in.source(), e);
        } catch (LinkageError e) {
            throw new XxgkException(in.source(), "读取器缺少所需的类（文件用了不支持的压缩或编码方式，或插件与本版本的 xxgk 不符），已跳过", e);
        }
    }

    /** The document a reader makes of an input; a scan goes on to an OCR plugin's reader when one is installed. */
    private Document document(Loaded in, String format) throws XxgkException {
        if (FormatDetector.ENCRYPTED.equals(format)) {
            throw new EncryptedDocumentException(in.source(),
                    "是有密码保护的 Office 文档（加密的 Word 或 Excel 文件），请用密码打开、去掉密码后另存为 .docx 或 .xlsx 再读取");
        }
        checkExtension(in);
        DocumentReader reader = registry.find(DocumentReader.class, format).orElseThrow(() -> unsupported(in));
        try {
            return read(reader, in);
        } catch (ScannedDocumentException e) {
            Optional<DocumentReader> ocr = registry.find(DocumentReader.class, SCANNED + format);
            if (ocr.isEmpty()) {
                throw new ScannedDocumentException(in.source(), e.getMessage() + PluginHints.ocr(), e);
            }
            return read(ocr.get(), in);
        }
    }

    private static Document read(DocumentReader reader, Loaded in) throws XxgkException {
        try {
            return reader.read(new ByteArrayInputStream(in.bytes()), in.source());
        } catch (IOException e) {
            throw new XxgkException(in.source(), "无法读取文件", e);
        }
    }

    private Loaded load(Path file, String source) throws XxgkException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnsupportedFormatException(source, "是文件夹，不是文件");
            }
            if (Files.size(file) > maxFileSize) {
                throw tooLarge(source);
            }
            return loaded(source, file.getFileName() == null ? "" : file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new XxgkException(source, "文件不存在", e);
        } catch (IOException e) {
            throw new XxgkException(source, "无法读取文件（没有读取权限，或磁盘出错）", e);
        }
    }

    private Loaded load(InputStream in, String name) throws XxgkException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
            if (bytes.length > maxFileSize) {
                throw tooLarge(name);
            }
            return loaded(name, name, bytes);
        } catch (IOException e) {
            throw new XxgkException(name, "无法读取上传的内容", e);
        }
    }

    private Loaded loaded(String source, String name, byte[] bytes) throws XxgkException {
        if (bytes.length == 0) {
            throw new EmptyFileException(source, "文件是空的（0 字节）");
        }
        return new Loaded(source, name, detector.detect(name, bytes), bytes);
    }

    private UnsupportedFormatException tooLarge(String source) {
        return new UnsupportedFormatException(source, "文件超过 " + (maxFileSize >> 20) + " MB，不是年度报告（年度报告一般在 50 MB 以内）");
    }

    /**
     * A file named .xlsx, .docx or .pdf whose bytes are text (a CSV or web page renamed) would otherwise
     * go to the text reader and fail in a puzzling way. Text in .xls and .doc files is let through: many
     * systems export HTML or tab-separated text under those names, and the text and HTML readers read it.
     */
    private static void checkExtension(Loaded in) throws UnsupportedFormatException {
        String ext = new org.xxgk.core.spi.Detection(in.name(), new byte[0]).extension();
        String kind = switch (ext) {
            case "xlsx", "xlsm" -> "Excel 工作簿";
            case "docx" -> "Word 文档";
            case "pdf" -> "PDF 文件";
            default -> null;
        };
        boolean textual = List.of(FormatDetector.TEXT, FormatDetector.HTML, FormatDetector.JSON, FormatDetector.CSV,
                FormatDetector.UNKNOWN).contains(in.format());
        if (kind != null && textual) {
            throw new UnsupportedFormatException(in.source(), "扩展名为 ." + ext + "，但内容不是 " + kind + "（可能是改了扩展名的其他文件）");
        }
    }

    private UnsupportedFormatException unsupported(Loaded in) {
        Optional<String> hint = PluginHints.forName(in.name());
        if (hint.isPresent()) {
            return new UnsupportedFormatException(in.source(), hint.get());
        }
        String what = FormatDetector.UNKNOWN.equals(in.format()) ? "无法识别的文件格式" : "不支持的格式 " + in.format();
        return new UnsupportedFormatException(in.source(), what + "，可读取的格式：" + String.join("、", readableFormats()));
    }

    /** A failure no reader foresaw, in one line; the cause is kept for {@code --verbose}. */
    private static InternalErrorException unexpected(String source, Throwable e) {
        String what = e instanceof OutOfMemoryError ? "读取时内存不足（文件内容异常或过大），已跳过"
                : e instanceof StackOverflowError ? "读取时出错（文件结构嵌套过深），已跳过"
                : "读取时出错（文件内容异常，无法解析），已跳过";
        return new InternalErrorException(source, what, e);
    }

    // ---------------------------------------------------------------- building

    /**
     * Builds an {@link Xxgk}. Each setter checks its argument; {@link #build()} loads the components.
     */
    public static final class Builder {
        private final List<Path> plugins = new ArrayList<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration deadline;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;

        private Builder() {
        }

        /**
         * A folder of plugin jars: each {@code *.jar} in it is loaded in its own class loader and its
         * readers, writers and detectors ({@code META-INF/services}) join the toolkit's. May be given
         * several times; a folder that does not exist adds nothing; a jar that cannot be loaded is listed
         * in {@link Xxgk#pluginProblems()}.
         */
        public Builder plugins(Path folder) {
            plugins.add(Objects.requireNonNull(folder, "plugins"));
            return this;
        }

        /** How many files are read at once (default: the number of processors). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("线程数至少为 1：" + n);
            }
            this.threads = n;
            return this;
        }

        /**
         * The most time one file may take in a batch; a file that takes longer is a failed outcome and the
         * batch goes on. Default: no limit.
         */
        public Builder deadlinePerFile(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("每个文件的时限应大于 0：" + limit);
            }
            this.deadline = limit;
            return this;
        }

        /** The largest input read, in bytes (default {@value Xxgk#DEFAULT_MAX_FILE_SIZE}). */
        public Builder maxFileSize(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("文件大小上限应在 1 字节到 2 GB 之间：" + bytes);
            }
            this.maxFileSize = bytes;
            return this;
        }

        /** The toolkit, its components loaded. */
        public Xxgk build() {
            return new Xxgk(this);
        }
    }
}
