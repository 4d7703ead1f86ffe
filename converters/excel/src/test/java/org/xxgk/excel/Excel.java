package org.xxgk.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
