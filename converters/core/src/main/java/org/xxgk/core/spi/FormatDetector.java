package org.xxgk.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Names an input's format from its first bytes and its file name, without reading it: magic bytes
 * first ({@code %PDF-}, {@code PK}, OLE2), then markup in the text, then the extension. Answers
 * {@link #UNKNOWN} instead of throwing.
 */
public final class FormatDetector {

    public static final String TEXT = "text";
    public static final String HTML = "html";
    public static final String PDF = "pdf";
    public static final String DOCX = "docx";
    public static final String XLSX = "xlsx";
    public static final String DOC = "doc";
    public static final String XLS = "xls";
    public static final String JSON = "json";
    public static final String CSV = "csv";
    public static final String UNKNOWN = "unknown";
    /** A password-protected Office file whose name does not say whether it is Word or Excel: no reader opens it. */
    public static final String ENCRYPTED = "encrypted";

    /** How many leading bytes {@link #detect} looks at. */
    public static final int PREFIX = 64 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FormatDetector() {
    }

    /**
     * @param name   the file name (for the extension), may be empty
     * @param prefix the first bytes of the input, up to {@link #PREFIX}
     */
    public static String detect(String name, byte[] prefix) {
        String ext = extension(name);
        if (startsWith(prefix, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(prefix, new byte[] {'P', 'K', 3, 4})) {
            return zipKind(prefix, ext);
        }
        if (startsWith(prefix, OLE2)) {
            return ext.equals("xls") || ext.equals("et") ? XLS : ext.equals("doc") || ext.equals("wps") ? DOC
                    : encryptedOoxml(prefix, ext).orElseGet(() -> oleKind(prefix));
        }
        if (isBinary(prefix)) {
            return UNKNOWN;
        }
        String head = new String(prefix, 0, Math.min(prefix.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (ext.equals("json") || ext.equals("csv")) {
            return ext;
        }
        if (ext.equals("html") || ext.equals("htm") || ext.equals("mhtml") || head.contains("<html")
                || head.contains("<!doctype html") || head.contains("<table") || head.contains("<body")) {
            return HTML;
        }
        return TEXT;
    }

    /** Office Open XML files are zips; their part names tell Word from Excel. */
    private static String zipKind(byte[] prefix, String ext) {
        if (contains(prefix, "word/") || ext.equals("docx")) {
            return DOCX;
        }
        if (contains(prefix, "xl/") || ext.equals("xlsx") || ext.equals("xlsm")) {
            return XLSX;
        }
        return UNKNOWN;
    }

    /** Whether the bytes hold an ASCII text anywhere. */
    private static boolean contains(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A password-protected .xlsx or .docx is an OLE2 container holding the encrypted package: it goes to
     * the reader of its format, which can say that it is encrypted; under another name it is
     * {@link #ENCRYPTED}, which can be said without a reader.
     */
    private static java.util.Optional<String> encryptedOoxml(byte[] prefix, String ext) {
        if (!new String(prefix, StandardCharsets.UTF_16LE).contains("EncryptedPackage")) {
            return java.util.Optional.empty();
        }
        return ext.equals("xlsx") || ext.equals("xlsm") ? java.util.Optional.of(XLSX)
                : ext.equals("docx") ? java.util.Optional.of(DOCX) : java.util.Optional.of(ENCRYPTED);
    }

    private static String oleKind(byte[] prefix) {
        String s = new String(prefix, StandardCharsets.UTF_16LE);
        return s.contains("Workbook") || s.contains("Book") ? XLS : s.contains("WordDocument") ? DOC : UNKNOWN;
    }

    private static boolean isBinary(byte[] prefix) {
        int n = Math.min(prefix.length, 8192);
        for (int i = 0; i < n; i++) {
            if (prefix[i] == 0) {
                return !(n >= 2 && ((prefix[0] & 0xff) == 0xFF && (prefix[1] & 0xff) == 0xFE
                        || (prefix[0] & 0xff) == 0xFE && (prefix[1] & 0xff) == 0xFF));
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
