package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals("", r.problems());
    }

    @Test
    void aScannedPdfIsOneLineAndExitOne() {
        CliTest.Run r = CliTest.run("extract", fixture("pdf/scanned-image-only.pdf"));
        assertEquals(1, r.code());
        assertEquals("xxgk: " + fixture("pdf/scanned-image-only.pdf")
                + "：PDF 为扫描件（第1—3页只有图像，没有文字层），需要先做文字识别（OCR）；装上 OCR 插件 xxgk-ocr-plugin.jar"
                + " 后可直接识别（把它放入 xxgk.jar 旁的 plugins 文件夹，或用 --plugins 指定）", r.problems().strip());
    }

    @Test
    void anEncryptedAndACorruptPdfAreOneLineEachAndExitOne() {
        CliTest.Run r = CliTest.run("extract", fixture("pdf/encrypted-user-password.pdf"), fixture("pdf/corrupt-truncated.pdf"));
        assertEquals(1, r.code());
        String[] lines = r.problems().strip().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].contains("需要密码"), lines[0]);
        assertTrue(lines[1].contains("已损坏或不完整"), lines[1]);
    }

    /** A Word file saved with a password, named .docx and named without a telling extension. */
    @Test
    void aPasswordProtectedOfficeFileSaysSoWhateverItsName(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("加密.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(docx)) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(Path.of(fixture("word/ruled-2021.docx"))));
            }
            fs.writeFilesystem(out);
        }
        Path unnamed = Files.copy(docx, dir.resolve("附件1"));
        CliTest.Run r = CliTest.run("extract", docx.toString(), unnamed.toString());
        assertEquals(1, r.code());
        String[] lines = r.problems().strip().split("\n");
        assertEquals(2, lines.length, r.err());
        assertEquals("xxgk: " + docx + "：Word 文件有密码保护，请在 Word 或 WPS 中用密码打开、去掉密码后再读取", lines[0]);
        assertEquals("xxgk: " + unnamed + "：是有密码保护的 Office 文档（加密的 Word 或 Excel 文件），请用密码打开、去掉密码后另存为 .docx 或 .xlsx 再读取",
                lines[1]);
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
