import java.nio.file.Path;

import org.ofdrw.converter.ofdconverter.PDFConverter;

/**
 * ofdrw-converter 2.3.6's own PDF to OFD conversion, as a user of ofdrw would make an OFD from a PDF:
 * it draws every glyph as an outline path and keeps no text objects, so its output needs OCR.
 * {@code java -cp CP StockConvert.java IN.pdf OUT.ofd}
 */
public class StockConvert {
    public static void main(String[] args) throws Exception {
        try (PDFConverter converter = new PDFConverter(Path.of(args[1]))) {
            converter.convert(Path.of(args[0]));
        }
    }
}
