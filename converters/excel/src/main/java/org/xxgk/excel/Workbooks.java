package org.xxgk.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;

/**
 * Opens a workbook within safety limits and turns every way POI can fail into one of the toolkit's
 * exceptions with a one-line Chinese reason. An annual report's workbook is a few dozen kilobytes; the
 * limits leave room for large regional workbooks while keeping memory bounded against zip bombs and
 * huge sheets of something else.
 */
final class Workbooks {

    /** The largest file read: beyond this a workbook is not a report's tables. */
    static final int MAX_FILE_BYTES = 24 * 1024 * 1024;
    /** The largest part of an .xlsx once inflated (a sheet's XML is held in memory as a tree). */
    static final long MAX_ENTRY_BYTES = 24L * 1024 * 1024;
    /** Inflated parts may be at most 100 times their compressed size: more is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private Workbooks() {
    }

    /** Reads the stream (not closed) and opens the workbook; the caller closes the workbook. */
    static Workbook open(InputStream in, String source) throws XxgkException, IOException {
        return open(read(in, source), source);
    }

    /**
     * Reads the stream (not closed) into memory, refusing a file too large to be a report's workbook
     * and a zip that was cut short.
     */
    static byte[] read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new CorruptFileException(source, "文件超过 " + MAX_FILE_BYTES / 1024 / 1024
                    + " MB，不像年度报告统计表的工作簿，未读取");
        }
        if (isZip(bytes) && !hasCentralDirectory(bytes)) {
            throw new CorruptFileException(source, "工作簿不完整（文件被截断，可能下载或复制没有完成），无法打开");
        }
        return bytes;
    }

    /** Opens the bytes that {@link #read} gave; the caller closes the workbook. */
    static Workbook open(byte[] bytes, String source) throws XxgkException {
        limitZip();
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException(source, "工作簿有密码保护，请在 Excel 或 WPS 中去掉密码后再读取", e);
        } catch (OldExcelFormatException e) {
            throw new UnsupportedFormatException(source, "是 Excel 5.0/95 等旧格式，请用 Excel 或 WPS 另存为 .xlsx 后再读取", e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException
                 | OfficeXmlFileException e) {
            throw new CorruptFileException(source, "不是有效的 Excel 工作簿（文件损坏或不是工作簿）", e);
        } catch (IOException e) {
            throw new CorruptFileException(source, reason(e), e);
        } catch (POIXMLException | OpenXML4JRuntimeException | org.apache.poi.util.RecordFormatException | IllegalArgumentException
                 | IllegalStateException | IndexOutOfBoundsException e) {
            throw damaged(source, e);
        } catch (NoClassDefFoundError e) {
            // A part compressed with a method Excel never writes (zstd, xz): commons-compress looks for its
            // optional decoder, which the toolkit does not ship.
            throw new CorruptFileException(source, "工作簿的部件用了 Excel 不使用的压缩方式，无法打开（文件已损坏或不是 Excel 保存的）", e);
        }
    }

    /**
     * A workbook POI opened but failed on while its sheets, names or cells were read (it parses records and
     * XML lazily); the library's own words stay in the cause, for {@code --verbose}.
     */
    static CorruptFileException damaged(String source, Throwable e) {
        return new CorruptFileException(source, e instanceof StackOverflowError
                ? "工作簿的内容嵌套过深，无法解析" : "工作簿已损坏（内容不符合 Excel 格式），无法解析", e);
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /**
     * A zip ends with its central directory's end record (PK 5 6), at most 64 KB of comment before the
     * end. A truncated .xlsx lacks it; POI would open what came before the cut and skip the rest.
     */
    private static boolean hasCentralDirectory(byte[] b) {
        int stop = Math.max(0, b.length - 22 - 65_535);
        for (int i = b.length - 22; i >= stop; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** POI's zip limits are global; they are set before every open so that nothing else can loosen them. */
    static void limitZip() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** A part beyond the limits: the one line for a zip bomb, whichever path found it. */
    static CorruptFileException zipBomb(String source) {
        return new CorruptFileException(source, ZIP_BOMB);
    }

    private static final String ZIP_BOMB = "工作簿解压后异常庞大（单个部件超过 " + MAX_ENTRY_BYTES / 1024 / 1024
            + " MB 或压缩比超过 " + Math.round(1 / MIN_INFLATE_RATIO) + " 倍，疑似 zip 炸弹），已拒绝读取";

    private static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return ZIP_BOMB;
        }
        return "工作簿已损坏或不完整，无法打开，请在 Excel 或 WPS 中打开并另存后再读取";
    }
}
