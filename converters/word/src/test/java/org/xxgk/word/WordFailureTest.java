package org.xxgk.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.function.Consumer;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Word files that cannot be read fail with one exception and a message that says what to do. */
class WordFailureTest {

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Golden.testdata().resolve("word").resolve(name));
    }

    private static XxgkException read(DocumentReader reader, byte[] bytes, String name) {
        InputStream in = new ByteArrayInputStream(bytes);
        return assertThrows(XxgkException.class, () -> reader.read(in, name));
    }

    /** The Word 97 fixture with its WordDocument stream changed, as an older or encrypted file would have it. */
    private static byte[] patchedDoc(Consumer<byte[]> patch) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(fixture("word97-2021.doc")))) {
            DirectoryNode root = fs.getRoot();
            byte[] stream;
            try (InputStream in = root.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            patch.accept(stream);
            root.createOrUpdateDocument("WordDocument", new ByteArrayInputStream(stream));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPasswordProtectedDocxSaysSo() throws Exception {
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(fixture("ruled-2021.docx"));
            }
            fs.writeFilesystem(locked);
        }
        XxgkException e = read(new DocxReportReader(), locked.toByteArray(), "a.docx");
        assertTrue(e instanceof EncryptedDocumentException, e.toString());
        assertEquals("a.docx：Word 文件有密码保护，请在 Word 或 WPS 中用密码打开、去掉密码后再读取", e.oneLine());
    }

    @Test
    void aTruncatedDocxIsCorrupt() throws IOException {
        XxgkException e = read(new DocxReportReader(), fixture("corrupt-truncated.docx"), "a.docx");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("a.docx：Word 文件（.docx）已损坏或不完整，无法打开", e.oneLine());
    }

    @Test
    void aWord95FileSaysToSaveItAgainAsDocx() throws IOException {
        // nFib, the format version, is the second word of the FIB: below 106 is Word 6.0/95.
        byte[] doc = patchedDoc(s -> {
            s[2] = 104;
            s[3] = 0;
        });
        XxgkException e = read(new DocReportReader(), doc, "old.doc");
        assertTrue(e instanceof UnsupportedFormatException, e.toString());
        assertTrue(e.getMessage().contains("Word 6.0/95") && e.getMessage().contains(".docx"), e.getMessage());
    }

    @Test
    void anEncryptedDocSaysItNeedsAPassword() throws IOException {
        // fEncrypted is bit 8 of the FIB's flags at offset 10.
        byte[] doc = patchedDoc(s -> s[11] |= 0x01);
        XxgkException e = read(new DocReportReader(), doc, "secret.doc");
        assertTrue(e instanceof EncryptedDocumentException, e.toString());
    }

    @Test
    void bytesThatAreNoWordFileAreCorrupt() {
        XxgkException e = read(new DocReportReader(), "not a word file".getBytes(), "x.doc");
        assertTrue(e instanceof CorruptFileException, e.toString());
    }
}
