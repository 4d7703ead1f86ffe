package org.xxgk.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;

/** Test helpers: workbooks to bytes, bytes and files through the reader and the recognizer. */
final class Excel {

    private Excel() {
    }

    static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    /** The same zip with one part's bytes changed by {@code edit} (every other part copied as it is). */
    static byte[] withPart(byte[] zip, String name, UnaryOperator<byte[]> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    content = edit.apply(content);
                    found = true;
                }
                copy.write(content);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no part " + name);
        }
        return out.toByteArray();
    }

    /** {@link #withPart} for a text part: its UTF-8 text changed by {@code edit}. */
    static byte[] withText(byte[] zip, String name, UnaryOperator<String> edit) throws IOException {
        return withPart(zip, name, b -> edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    static Document document(byte[] bytes, String source) throws XxgkException, IOException {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new WorkbookReader().read(in, source);
        }
    }

    static Report report(byte[] bytes, String source) throws XxgkException, IOException {
        return new Recognizer().recognize(document(bytes, source));
    }

    static Report report(Path file) throws XxgkException, IOException {
        return report(Files.readAllBytes(file), file.getFileName().toString());
    }
}
