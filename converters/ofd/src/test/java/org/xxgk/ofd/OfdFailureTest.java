package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.ScannedDocumentException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** OFDs that cannot be read fail with one exception whose one Chinese line says why; hostile ones harm nothing. */
class OfdFailureTest {

    private static XxgkException read(String name) throws IOException {
        Path ofd = Golden.testdata().resolve("ofd").resolve(name);
        try (InputStream in = Files.newInputStream(ofd)) {
            return assertThrows(XxgkException.class, () -> new OfdReportReader().read(in, name));
        }
    }

    @Test
    void outlinedGlyphsNeedOcr() throws IOException {
        XxgkException e = read("outlined-glyphs-needs-ocr.ofd");
        assertTrue(e instanceof ScannedDocumentException, e.toString());
        assertEquals("OFD 为扫描件或文字已转成曲线（第1—3页只有图像或轮廓字形，没有文字对象），需要先做文字识别（OCR）", e.getMessage());
    }

    @Test
    void aTruncatedOfdIsDamaged() throws IOException {
        XxgkException e = read("corrupt-truncated.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("corrupt-truncated.ofd：OFD 文件已损坏或不完整（可能没有下载完），无法打开", e.oneLine());
    }

    @Test
    void anEntityBombIsRefusedBeforeAnyEntityIsExpanded() throws IOException {
        XxgkException e = read("entity-bomb.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("OFD 第1页的内容已损坏，无法读取文字（XML 无法解析：已损坏、嵌套过深，或含有 OFD 不允许的文档类型声明）", e.getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        XxgkException e = read("xxe-external-entity.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
        assertTrue(e.getMessage().contains("文档类型声明"), e.getMessage());
    }

    @Test
    void elementsNestedTooDeepAreRefusedBeforeTheyExhaustTheStack() throws IOException {
        XxgkException e = read("deeply-nested-xml.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertTrue(e.getMessage().startsWith("OFD 第1页的内容已损坏"), e.getMessage());
    }

    @Test
    void compositesThatDrawCompositesStopAtThePagesBudget() throws IOException {
        XxgkException e = read("composite-objects-amplified.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("OFD 第1页的内容已损坏，无法读取文字（页面上的图元超过 200000 个（复合对象层层引用），不像是一份报告）", e.getMessage());
    }

    @Test
    void aZipBombStopsAtTheLimit() throws IOException {
        XxgkException e = read("zip-bomb.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("OFD 解压后过大（“Doc_0/Res/zeros.bin”，可能是压缩炸弹），拒绝读取", e.getMessage());
    }

    @Test
    void anEntryNamedOutsideThePackageIsRefused() throws IOException {
        XxgkException e = read("path-traversal.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("OFD 压缩包里有不合法或指向包外的文件名（“../../outside.txt”），拒绝读取", e.getMessage());
    }

    @Test
    void aZipWithoutOfdXmlIsNoOfd() throws IOException {
        XxgkException e = read("no-ofd-xml.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("文件不是 OFD 或已损坏：压缩包里没有 OFD.xml，无法打开", e.getMessage());
    }

    @Test
    void anEncryptedOfdSaysSo() throws IOException {
        XxgkException e = read("encrypted-gmt0099.ofd");
        assertTrue(e instanceof EncryptedDocumentException, e.toString());
        assertTrue(e.getMessage().contains("已加密"), e.getMessage());
    }

    @Test
    void aPageWhoseCoordinatesAreNoNumbersIsNamed() throws IOException {
        XxgkException e = read("damaged-page-content.ofd");
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertEquals("OFD 第1页的内容已损坏，无法读取文字（坐标、字号或字符间距不是数字）", e.getMessage());
    }

    @Test
    void noBytesIsEmpty() {
        assertThrows(EmptyFileException.class, () -> new OfdReportReader().read(new ByteArrayInputStream(new byte[0]), "x.ofd"));
    }

    @Test
    void bytesThatAreNoZipAreDamaged() {
        InputStream in = new ByteArrayInputStream("PK\u0003\u0004 not really".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThrows(CorruptFileException.class, () -> new OfdReportReader().read(in, "fake.ofd"));
    }

    @Test
    void aFailingStreamIsNotMistakenForADamagedFile() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        IOException e = assertThrows(IOException.class, () -> new OfdReportReader().read(broken, "x.ofd"));
        assertEquals("disk gone", e.getMessage());
    }

    @Test
    void theUnpackedPartsAreDeletedAfterReadingAndAfterFailing() throws IOException, XxgkException {
        assertTrue(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().endsWith("target"),
                "the build gives this test a temporary folder of its own (target/), so that no other program's folders are counted");
        List<Path> before = unpacked();
        try (InputStream in = Files.newInputStream(Golden.testdata().resolve("ofd/ruled-2021.ofd"))) {
            new OfdReportReader().read(in, "ruled-2021.ofd");
        }
        read("damaged-page-content.ofd");
        read("zip-bomb.ofd");
        assertEquals(before, unpacked());
    }

    private static List<Path> unpacked() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("xxgk-ofd-")).sorted().toList();
        }
    }
}
