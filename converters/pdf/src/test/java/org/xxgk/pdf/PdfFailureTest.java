package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.ScannedDocumentException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** PDFs that cannot be read fail with one exception and a message that says why and where. */
class PdfFailureTest {

    private static XxgkException read(String name) throws IOException {
        Path pdf = Golden.testdata().resolve("pdf").resolve(name);
        try (InputStream in = Files.newInputStream(pdf)) {
            return assertThrows(XxgkException.class, () -> new PdfReportReader().read(in, name));
        }
    }

    @Test
    void aScannedPdfNamesItsImagePagesAndAsksForOcr() throws IOException {
        XxgkException e = read("scanned-image-only.pdf");
        assertTrue(e instanceof ScannedDocumentException, e.toString());
        assertEquals("PDF 为扫描件（第1—3页只有图像，没有文字层），需要先做文字识别（OCR）", e.getMessage());
    }

    @Test
    void tablesScannedIntoATextPdfAreNamedToo() throws IOException {
        XxgkException e = read("scanned-table-pages.pdf");
        assertTrue(e instanceof ScannedDocumentException, e.toString());
        assertEquals("PDF 的文字中没有统计表，统计表可能是扫描图片（第1—2页只有图像，没有文字层），需要先做文字识别（OCR）", e.getMessage());
    }

    @Test
    void aPdfThatNeedsAPasswordSaysSo() throws IOException {
        XxgkException e = read("encrypted-user-password.pdf");
        assertTrue(e instanceof EncryptedDocumentException, e.toString());
        assertTrue(e.getMessage().contains("需要密码"), e.getMessage());
    }

    @Test
    void aTruncatedPdfIsCorrupt() throws IOException {
        XxgkException e = read("corrupt-truncated.pdf");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertTrue(e.oneLine().startsWith("corrupt-truncated.pdf：PDF 文件已损坏或不完整"), e.oneLine());
    }

    @Test
    void bytesThatAreNoPdfAtAllAreCorrupt() {
        InputStream in = new ByteArrayInputStream("%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII));
        assertThrows(CorruptFileException.class, () -> new PdfReportReader().read(in, "fake.pdf"));
    }

    @Test
    void aFailingStreamIsNotMistakenForADamagedFile() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        IOException e = assertThrows(IOException.class, () -> new PdfReportReader().read(broken, "x.pdf"));
        assertEquals("disk gone", e.getMessage());
    }
}
