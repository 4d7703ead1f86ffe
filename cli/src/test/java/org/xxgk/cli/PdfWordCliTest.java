package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.xxgk.core.testkit.Golden;

/** PDF and Word inputs through the command line: reports out, unreadable files as one line and exit 1. */
class PdfWordCliTest {


    private static String fixture(String path) {
        return Golden.testdata().resolve(path).toString();
    }

    @Test
    void extractsAPdfAndADocx() {
        CliTest.Run r = CliTest.run("extract", fixture("pdf/ruled-2021.pdf"), fixture("word/ruled-2021.docx"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"agency\" : \"临江市住房和城乡建设局\"") || r.out().contains("\"agency\": \"临江市住房和城乡建设局\""), r.out());
        assertTrue(r.out().contains("临江市财政局"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aScannedPdfIsOneLineAndExitOne() {
        CliTest.Run r = CliTest.run("extract", fixture("pdf/scanned-image-only.pdf"));
        assertEquals(1, r.code());
        assertEquals("xxgk: " + fixture("pdf/scanned-image-only.pdf")
                + "：PDF 为扫描件（第1—3页只有图像，没有文字层），需要先做文字识别（OCR）", r.err().strip());
    }

    @Test
    void anEncryptedAndACorruptPdfAreOneLineEachAndExitOne() {
        CliTest.Run r = CliTest.run("extract", fixture("pdf/encrypted-user-password.pdf"), fixture("pdf/corrupt-truncated.pdf"));
        assertEquals(1, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].contains("需要密码"), lines[0]);
        assertTrue(lines[1].contains("已损坏或不完整"), lines[1]);
    }

    @Test
    void benchRunsOneRoundAsASmokeTest() {
        Path pdf = Golden.testdata().resolve("pdf/ruled-2021.pdf");
        CliTest.Run r = CliTest.run("bench", "pdf", pdf.toString(), "--warmup", "0", "--iterations", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ruled-2021.pdf") && r.out().contains("页/秒"), r.out());
    }

    @Test
    void benchKnowsOnlyPdf() {
        assertEquals(2, CliTest.run("bench", "docx", ".").code());
    }
}
