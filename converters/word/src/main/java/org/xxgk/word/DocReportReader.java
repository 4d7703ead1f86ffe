package org.xxgk.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads a Word 97–2003 {@code .doc} report with POI's HWPF: paragraphs as lines, tables as grids rebuilt
 * from their cells' edges. Word 6.0/95 files and encrypted files are refused with a message saying what
 * to do.
 */
public final class DocReportReader implements DocumentReader {

    @Override
    public Set<String> formats() {
        return Set.of("doc");
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        try (HWPFDocument doc = open(in.readAllBytes(), source)) {
            return body(doc, source);
        } catch (Grids.TooLarge e) {
            throw new CorruptFileException(source, e.getMessage() + "，不像统计表，未读取", e);
        } catch (RuntimeException | StackOverflowError e) {
            // HWPF parses lazily: broken style sheets, property runs and table properties fail while the
            // body is walked (index and array-size exceptions from its tables), not when the file opens.
            throw new CorruptFileException(source, "Word 文件（.doc）内容已损坏（段落或表格格式无法解析），无法读取", e);
        }
    }

    private static Document body(HWPFDocument doc, String source) {
        SourceLocation file = SourceLocation.ofFile(source);
        List<Grid> grids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Range range = doc.getRange();
        int i = 0;
        while (i < range.numParagraphs()) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                Grid g = DocTable.grid(t, file).at(lines.size());
                grids.add(g);
                lines.addAll(Grids.lines(g));
                i += Math.max(1, t.numParagraphs());
            } else {
                DocTable.clean(p.text()).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
                i++;
            }
        }
        return new Document(source, "doc", grids, lines, 0);
    }

    private static HWPFDocument open(byte[] bytes, String source) throws XxgkException {
        try {
            return new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (OldWordFileFormatException e) {
            throw new UnsupportedFormatException(source,
                    "是 Word 6.0/95 的旧格式 .doc 文件，无法读取；请用 Word 或 WPS 打开后另存为 .docx 再读取", e);
        } catch (IOException | RuntimeException e) {
            // The bytes are in memory: what fails now is the file, unless it is locked.
            if (e instanceof org.apache.poi.EncryptedDocumentException || encrypted(bytes)) {
                throw new EncryptedDocumentException(source, "Word 文件已加密，需要密码才能打开；请用密码打开后另存为不加密的文件再读取", e);
            }
            throw new CorruptFileException(source, "Word 文件（.doc）已损坏，或不是 Word 97—2003 格式，无法读取", e);
        }
    }

    /**
     * Whether the file information block says the document is encrypted (bit 8 of the flags at offset
     * 10): POI fails in several ways on encryption it cannot undo, this names the reason once.
     */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             InputStream in = fs.createDocumentInputStream("WordDocument")) {
            byte[] fib = in.readNBytes(12);
            return fib.length == 12 && (fib[11] & 0x01) != 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
