package org.xxgk.odf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.xxgk.core.model.Document;
import org.xxgk.core.spi.XxgkException;

/** Test helpers: OpenDocument packages made by hand, and read through the reader. */
final class Odf {

    static final String TEXT = "application/vnd.oasis.opendocument.text";
    static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\"";

    private Odf() {
    }

    /** content.xml of a text document whose body is the given XML. */
    static String text(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + "><office:body><office:text>"
                + body + "</office:text></office:body></office:document-content>";
    }

    /** content.xml of a spreadsheet with these automatic styles and sheets. */
    static String spreadsheet(String styles, String sheets) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + "><office:automatic-styles>"
                + styles + "</office:automatic-styles><office:body><office:spreadsheet>" + sheets
                + "</office:spreadsheet></office:body></office:document-content>";
    }

    /** A package: the mimetype first and stored, as the format asks, then content.xml and a manifest. */
    static byte[] zip(String mimetype, String content) throws IOException {
        return zip(mimetype, content.getBytes(StandardCharsets.UTF_8), manifest(""));
    }

    static String manifest(String contentEntryExtra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + TEXT + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" + contentEntryExtra
                + "</manifest:file-entry></manifest:manifest>";
    }

    static byte[] zip(String mimetype, byte[] content, String manifest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static Document read(byte[] bytes) throws XxgkException, IOException {
        return new OdfReportReader().read(new ByteArrayInputStream(bytes), "报告.odt");
    }

    /** A table row of cells; each cell is given as its XML. */
    static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    static String cell(String text) {
        return "<table:table-cell><text:p>" + text + "</text:p></table:table-cell>";
    }

    static String number(String value, String shown) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + shown
                + "</text:p></table:table-cell>";
    }

    static String empty() {
        return "<table:table-cell/>";
    }
}
