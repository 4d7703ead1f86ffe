package org.xxgk.pdf.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.RegionStatement;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.RegionWriter;
import org.xxgk.core.spi.XxgkException;

/**
 * A region as a PDF to send upward: a cover (the 汇总's title with the region and year, then what was
 * counted, the policy for broken reports, the columns that do not balance and why, the office and the
 * date — the words of {@link RegionStatement}, as on the workbook's cover), then the summed 表二, 表三 and
 * 表四 in the official layout. The tables read back through the PDF reader to the region's sums.
 */
public final class PdfRegionWriter implements RegionWriter {

    /** The heading of the cover's lines, as on the workbook's cover. */
    private static final String HEADING = "汇总情况";

    private final Schema schema;
    private final FontFinder fonts;

    public PdfRegionWriter() {
        this(Schema.official(), FontFinder.system());
    }

    public PdfRegionWriter(Schema schema, FontFinder fonts) {
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
    public void write(Region region, OutputStream out) throws IOException, XxgkException {
        RegionStatement words = new RegionStatement(region);
        PdfDocument.write(fonts, words.title(), flow -> {
            flow.newPage();
            flow.title(words.title(), PageFlow.TITLE_SIZE);
            flow.heading(HEADING);
            for (String line : words.coverLines(LocalDate.now())) {
                flow.paragraph(line, PageFlow.TEXT_SIZE);
            }
            flow.newPage();
            flow.title(words.title(), PageFlow.TITLE_SIZE);
            PdfDocument.tables(flow, schema, region.summary());
        }, out);
    }
}
