package org.xxgk.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads a {@code .docx} report with POI: its body's paragraphs as lines and its tables as grids, merged
 * cells expanded, tables nested in layout tables and content in content controls included.
 */
public final class DocxReportReader implements DocumentReader {

    @Override
    public Set<String> formats() {
        return Set.of("docx");
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        try (XWPFDocument doc = open(in.readAllBytes(), source)) {
            DocxBody body = new DocxBody(SourceLocation.ofFile(source));
            body.read(doc.getDocument().getBody());
            return new Document(source, "docx", body.grids(), body.lines(), 0);
        } catch (Grids.TooLarge e) {
            throw new CorruptFileException(source, e.getMessage() + "，不像统计表，未读取", e);
        } catch (StackOverflowError e) {
            // XMLBeans walks nested elements recursively: a body nested thousands deep is not a report.
            throw new CorruptFileException(source, "Word 文件（.docx）的内容嵌套过深（表格或段落层层套叠），无法读取", e);
        } catch (RuntimeException e) {
            // XMLBeans reads the body lazily: values out of their type's range fail while it is walked.
            throw new CorruptFileException(source, "Word 文件（.docx）内容已损坏（文档结构不符合 Word 格式），无法读取", e);
        }
    }

    private static XWPFDocument open(byte[] bytes, String source) throws XxgkException {
        if (encrypted(bytes)) {
            throw new EncryptedDocumentException(source, "Word 文件有密码保护，请在 Word 或 WPS 中用密码打开、去掉密码后再读取");
        }
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | NoClassDefFoundError e) {
            // NoClassDefFoundError: an entry compressed with a method Word never writes (zstd, xz), whose
            // optional decoder commons-compress looks for and the toolkit does not ship.
            // The bytes are in memory: what fails now is the file (a broken zip, missing parts, a zip bomb).
            throw new CorruptFileException(source, "Word 文件（.docx）已损坏或不完整，无法打开", e);
        }
    }

    /**
     * A password-protected .docx is not a zip but an OLE2 container holding the encrypted package (as
     * Word and WPS save it): XWPF would call it a corrupt file.
     */
    private static boolean encrypted(byte[] bytes) {
        if (FileMagic.valueOf(bytes) != FileMagic.OLE2) {
            return false;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
