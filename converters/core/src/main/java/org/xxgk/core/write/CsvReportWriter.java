package org.xxgk.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.ReportWriter;

/**
 * The long CSV of {@code extract --format csv}: one cell a row, columns
 * {@code source,agency,year,table,code,row,column,value}, UTF-8 with a BOM so that Excel on a Chinese
 * Windows opens it, and text that a spreadsheet would run as a formula made inert.
 */
public final class CsvReportWriter implements ReportWriter {

    /** The header, in the order {@code spec/cli.md} fixes. */
    public static final List<String> HEADER = List.of("source", "agency", "year", "table", "code", "row", "column", "value");

    private final Schema schema = Schema.official();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(new String[0])).get().print(w);
        for (Report r : reports) {
            for (Map.Entry<String, CellValue> e : r.values().entrySet()) {
                CellSpec spec = schema.view(tableOf(e.getKey()), r.generations().get(tableOf(e.getKey())))
                        .find(e.getKey()).orElseThrow();
                csv.printRecord(inert(r.source()), inert(r.agency()), r.year(), spec.table(), spec.code(),
                        inert(spec.rowLabel()), inert(spec.columnLabel()), e.getValue().number().stripTrailingZeros().toPlainString());
            }
        }
        csv.flush();
    }

    private String tableOf(String code) {
        return schema.findCell(code).orElseThrow().table();
    }

    /** A text cell starting with = + - @ would run as a formula in a spreadsheet: a leading ' keeps it text. */
    static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
