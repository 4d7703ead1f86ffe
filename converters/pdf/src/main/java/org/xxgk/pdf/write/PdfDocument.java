package org.xxgk.pdf.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.XxgkException;

/**
 * What the two PDF writers share: a document in the one Chinese font found on the machine, a report's
 * tables in the official layout, saved with the font's subset embedded.
 */
final class PdfDocument {

    /** What fills the pages. */
    @FunctionalInterface
    interface Content {
        void fill(PageFlow flow) throws IOException;
    }

    private PdfDocument() {
    }

    /**
     * Writes a document: the font found by the finder, the content, a title in the document information
     * when given (the reader compares it with the first page's title), then saved to the stream.
     *
     * @throws XxgkException when there is no font to use, or the text holds a character the font lacks
     */
    static void write(FontFinder fonts, String title, Content content, OutputStream out) throws IOException, XxgkException {
        FontChoice choice = fonts.find();
        try (PDDocument doc = new PDDocument(); Typeset type = Typeset.load(doc, choice)) {
            PageFlow flow = new PageFlow(doc, type);
            content.fill(flow);
            flow.finish();
            PDDocumentInformation info = doc.getDocumentInformation();
            if (title != null) {
                info.setTitle(title);
            }
            info.setCreator("xxgk");
            info.setCreationDate(Calendar.getInstance());
            doc.save(out);
        } catch (Typeset.MissingGlyph e) {
            throw new XxgkException(choice.file().toString(), "字体 " + choice.name() + " 中没有“" + Character.toString(e.codePoint)
                    + "”字（U+" + Integer.toHexString(e.codePoint).toUpperCase(java.util.Locale.ROOT) + "，见“" + e.text
                    + "”），无法输出 PDF；请用环境变量 " + FontFinder.VARIABLE + " 指定含此字的字体文件");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A report's tables, each with its official title, in schema order. */
    static void tables(PageFlow flow, Schema schema, Report r) throws IOException {
        for (Map.Entry<String, Generation> t : r.generations().entrySet()) {
            TableLayout layout = OfficialLayout.of(schema.view(t.getKey(), t.getValue()));
            flow.table(layout.view().table().title(), layout, r.values());
        }
    }
}
