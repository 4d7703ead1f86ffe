package org.xxgk.pdf.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.ReportWriter;
import org.xxgk.core.spi.XxgkException;

/**
 * The reports' tables as a PDF to print: each report from a new A4 page, its title (agency and year, as
 * agencies title their reports) above 表二, 表三 and 表四 — or the pre-2019 统计表 — in the official layout
 * ({@link org.xxgk.core.layout.OfficialLayout}: ruled grid, merged headings, the schema's labels), a table
 * too wide to stand on a turned page, pages numbered. The Chinese font is found on the machine
 * ({@link FontFinder}) and only the glyphs used are embedded.
 *
 * <p>A PDF of one report reads back through {@link org.xxgk.pdf.PdfReportReader} to the same values,
 * agency and year. Problems are not printed: the tables are for publishing.
 */
public final class PdfReportWriter implements ReportWriter {

    private final Schema schema;
    private final FontFinder fonts;

    public PdfReportWriter() {
        this(Schema.official(), FontFinder.system());
    }

    public PdfReportWriter(Schema schema, FontFinder fonts) {
        this.schema = schema;
        this.fonts = fonts;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void checkReady() throws XxgkException {
        fonts.find();
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException, XxgkException {
        String title = reports.size() == 1 ? reports.get(0).title() : null;
        PdfDocument.write(fonts, title, flow -> {
            for (Report r : reports) {
                flow.newPage();
                flow.title(r.title(), PageFlow.TITLE_SIZE);
                PdfDocument.tables(flow, schema, r);
            }
        }, out);
    }
}
