package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.schema.Generation;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.Xxgk;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;

/**
 * Workbooks that cannot be read fail with one of the toolkit's exceptions whose one line names the
 * file and the reason, within bounded memory.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    private static byte[] template;

    @BeforeAll
    static void blank() throws IOException {
        template = Excel.bytes(TemplateWriter.official().blank(Generation.V2021));
    }

    @Test
    void encryptedWorkbook() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(template)); OutputStream os = enc.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        XxgkException e = fails("加密.xlsx", out.toByteArray());
        assertInstanceOf(EncryptedDocumentException.class, e);
        assertTrue(e.getMessage().contains("密码"), e.oneLine());
    }

    @Test
    void truncatedWorkbook() throws Exception {
        XxgkException e = fails("截断.xlsx", Arrays.copyOf(template, template.length / 2));
        assertInstanceOf(CorruptFileException.class, e);
    }

    @Test
    void renamedCsv() throws Exception {
        XxgkException e = fails("改名.xlsx", "code,value\nt3.new.natural,5\n".getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(UnsupportedFormatException.class, e);
        assertTrue(e.getMessage().contains("不是 Excel 工作簿"), e.oneLine());
    }

    @Test
    void zipBomb() throws Exception {
        byte[] spaces = new byte[16 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        XxgkException e = fails("炸弹.xlsx", withEntry("xl/worksheets/sheet9.xml", spaces));
        assertInstanceOf(CorruptFileException.class, e);
        assertTrue(e.getMessage().contains("zip 炸弹"), e.oneLine());
    }

    @Test
    void hugeSheetOfSomethingElse() throws Exception {
        StringBuilder xml = new StringBuilder(30_000_000);
        java.util.Random random = new java.util.Random(1);
        while (xml.length() < 26 * 1024 * 1024) {
            xml.append("<row><c t=\"n\"><v>").append(random.nextLong()).append("</v></c></row>");
        }
        XxgkException e = fails("大表.xlsx", withEntry("xl/worksheets/sheet9.xml", xml.toString().getBytes(StandardCharsets.US_ASCII)));
        assertInstanceOf(CorruptFileException.class, e);
    }

    /** One narrow region at the far right covers 5,000 positions but would widen 5,000 rows to 256 columns. */
    @Test
    void aNarrowMergedRegionThatWidensEveryRowIsRefused() throws Exception {
        byte[] bytes;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("统计");
            sheet.createRow(0).createCell(0).setCellValue("政府信息公开情况统计表");
            sheet.addMergedRegionUnsafe(org.apache.poi.ss.util.CellRangeAddress.valueOf("IV1:IV5000"));
            bytes = Excel.bytes(wb);
        }
        XxgkException e = fails("合并.xlsx", bytes);
        assertInstanceOf(CorruptFileException.class, e);
        assertTrue(e.getMessage().contains("IV1:IV5000）使表格多出超过 100000 个单元格"), e.getMessage());
    }

    @Test
    void fileBeyondTheSizeLimit() throws Exception {
        byte[] big = new byte[Workbooks.MAX_FILE_BYTES + 10];
        new java.util.Random(2).nextBytes(big);
        System.arraycopy(template, 0, big, 0, 64);
        XxgkException e = fails("巨大.xlsx", big);
        assertInstanceOf(CorruptFileException.class, e);
        assertTrue(e.getMessage().contains("24 MB"), e.oneLine());
    }

    /** Reads through the same entry point as the command line and returns the failure. */
    private static XxgkException fails(String name, byte[] bytes) throws IOException {
        XxgkException e = assertThrows(XxgkException.class, () -> Xxgk.create().read(new ByteArrayInputStream(bytes), name));
        assertTrue(e.oneLine().startsWith(name + "："), e.oneLine());
        assertFalse(e.oneLine().contains("\n"), e.oneLine());
        return e;
    }

    /** The blank template with one more part: the same workbook, plus whatever the part holds. */
    private static byte[] withEntry(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
