package org.xxgk.core.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.xxgk.core.model.Document;

/**
 * The readers on the class path, found through {@link ServiceLoader}, and the one way to read a file:
 * check it exists and is not empty, detect its format, hand it to the reader for that format.
 */
public final class Readers {

    private final List<DocumentReader> readers;
    private final FormatDetector detector;

    private Readers(List<DocumentReader> readers, FormatDetector detector) {
        this.readers = List.copyOf(readers);
        this.detector = detector;
    }

    /** The readers and detectors of the modules on the class path. */
    public static Readers installed() {
        List<DocumentReader> found = new ArrayList<>();
        ServiceLoader.load(DocumentReader.class).forEach(found::add);
        return new Readers(found, FormatDetector.installed());
    }

    public Optional<DocumentReader> find(String format) {
        return readers.stream().filter(r -> r.formats().contains(format)).findFirst();
    }

    /** The formats some reader handles, sorted. */
    public List<String> formats() {
        TreeSet<String> all = new TreeSet<>();
        readers.forEach(r -> all.addAll(r.formats()));
        return List.copyOf(all);
    }

    /**
     * A file read whole, with the format its name and bytes show: read once from the disk, for the
     * detection and for the reader.
     *
     * @param source the file as the user named it, for messages
     */
    public record Loaded(Path file, String source, String format, byte[] bytes) {
    }

    /**
     * Reads a file into memory and detects its format.
     *
     * @param file   the file
     * @param source the file as the user named it, for messages
     */
    public Loaded load(Path file, String source) throws XxgkException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnsupportedFormatException(source, "是文件夹，不是文件");
            }
            if (Files.size(file) > Integer.MAX_VALUE - 8) {
                throw new UnsupportedFormatException(source, "文件超过 2 GB，不是年度报告");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new EmptyFileException(source, "文件是空的（0 字节）");
            }
            return new Loaded(file, source, detector.detect(file.getFileName().toString(), bytes), bytes);
        } catch (NoSuchFileException e) {
            throw new XxgkException(source, "文件不存在", e);
        } catch (IOException e) {
            throw new XxgkException(source, "无法读取文件：" + e.getMessage(), e);
        }
    }

    /** Reads a loaded file into a document, with the reader of its format. */
    public Document read(Loaded file) throws XxgkException {
        if (FormatDetector.ENCRYPTED.equals(file.format())) {
            throw new EncryptedDocumentException(file.source(),
                    "是有密码保护的 Office 文档（加密的 Word 或 Excel 文件），请用密码打开、去掉密码后另存为 .docx 或 .xlsx 再读取");
        }
        checkExtension(file.source(), file.file(), file.format());
        DocumentReader reader = find(file.format()).orElseThrow(() -> unsupported(file.source(), file.format()));
        try {
            return reader.read(new ByteArrayInputStream(file.bytes()), file.source());
        } catch (IOException e) {
            throw new XxgkException(file.source(), "无法读取文件：" + e.getMessage(), e);
        }
    }

    /**
     * Reads a file into a document.
     *
     * @param file   the file
     * @param source the file as the user named it, for messages
     */
    public Document read(Path file, String source) throws XxgkException {
        return read(load(file, source));
    }

    /**
     * A file named .xlsx, .docx or .pdf whose bytes are text (a CSV or web page renamed) would otherwise
     * go to the text reader and fail in a puzzling way. Text in .xls and .doc files is let through: many
     * systems export HTML or tab-separated text under those names, and the text and HTML readers read it.
     */
    private static void checkExtension(String source, Path file, String format) throws UnsupportedFormatException {
        String ext = FormatDetector.extension(file.getFileName().toString());
        String kind = switch (ext) {
            case "xlsx", "xlsm" -> "Excel 工作簿";
            case "docx" -> "Word 文档";
            case "pdf" -> "PDF 文件";
            default -> null;
        };
        boolean textual = List.of(FormatDetector.TEXT, FormatDetector.HTML, FormatDetector.JSON, FormatDetector.CSV,
                FormatDetector.UNKNOWN).contains(format);
        if (kind != null && textual) {
            throw new UnsupportedFormatException(source, "扩展名为 ." + ext + "，但内容不是 " + kind + "（可能是改了扩展名的其他文件）");
        }
    }

    private UnsupportedFormatException unsupported(String source, String format) {
        String what = FormatDetector.UNKNOWN.equals(format) ? "无法识别的文件格式" : "不支持的格式 " + format;
        return new UnsupportedFormatException(source, what + "，可读取的格式：" + String.join("、", formats()));
    }
}
