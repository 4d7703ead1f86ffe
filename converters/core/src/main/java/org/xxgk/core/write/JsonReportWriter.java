package org.xxgk.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.CellValue.Flag;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.spi.ReportWriter;

/**
 * The JSON of {@code extract --format json} as {@code spec/cli.md} fixes it: one object for one
 * report, an array for several. Fields beyond the contract ({@code published}, {@code format}, cell
 * flags — {@code blank}, {@code placeholder}, {@code converted}, {@code ocr}, {@code unsure} — an OCR
 * engine's {@code confidence}, cell locations, problem sides) are additions.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            if (reports.size() == 1) {
                write(reports.get(0), g);
            } else {
                g.writeStartArray();
                for (Report r : reports) {
                    write(r, g);
                }
                g.writeEndArray();
            }
            g.writeRaw('\n');
        }
    }

    private static void write(Report r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", r.source());
        g.writeStringField("format", r.format());
        g.writeStringField("agency", r.agency());
        if (r.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeObjectFieldStart("generations");
        for (Map.Entry<String, Generation> e : r.generations().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().id());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("values");
        for (Map.Entry<String, CellValue> e : r.values().entrySet()) {
            g.writeFieldName(e.getKey());
            writeNumber(g, e.getValue().number());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("cells");
        for (Map.Entry<String, CellValue> e : r.values().entrySet()) {
            g.writeFieldName(e.getKey());
            writeCell(g, e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("problems");
        for (Problem p : r.problems()) {
            writeProblem(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Whole numbers as JSON integers, amounts with their decimals and no exponent. */
    static void writeNumber(JsonGenerator g, BigDecimal n) throws IOException {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() <= 0) {
            g.writeNumber(s.toBigIntegerExact());
        } else {
            g.writeNumber(s.toPlainString());
        }
    }

    private static void writeCell(JsonGenerator g, CellValue v) throws IOException {
        g.writeStartObject();
        SourceLocation at = v.location();
        if (at != null) {
            writeIfSet(g, "page", at.page());
            if (at.sheet() != null) {
                g.writeStringField("sheet", at.sheet());
            }
            if (at.ref() != null) {
                g.writeStringField("cell", at.ref());
            }
            writeIfSet(g, "line", at.line());
        }
        g.writeStringField("raw", v.raw());
        g.writeBooleanField("inferred", v.has(Flag.INFERRED));
        if (v.has(Flag.BLANK)) {
            g.writeBooleanField("blank", true);
        }
        if (v.has(Flag.PLACEHOLDER)) {
            g.writeBooleanField("placeholder", true);
        }
        if (v.has(Flag.CONVERTED)) {
            g.writeBooleanField("converted", true);
        }
        if (v.has(Flag.OCR)) {
            g.writeBooleanField("ocr", true);
        }
        if (v.has(Flag.UNSURE)) {
            g.writeBooleanField("unsure", true);
        }
        if (v.confidence() != null) {
            // Two decimals say all an engine's confidence means; more would look like precision it lacks.
            g.writeNumberField("confidence", BigDecimal.valueOf(v.confidence()).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        g.writeEndObject();
    }

    private static void writeIfSet(JsonGenerator g, String field, Integer n) throws IOException {
        if (n != null) {
            g.writeNumberField(field, n);
        }
    }

    private static void writeProblem(JsonGenerator g, Problem p) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", p.severity().id());
        g.writeStringField("rule", p.rule());
        if (p.table() != null) {
            g.writeStringField("table", p.table());
        }
        g.writeArrayFieldStart("cells");
        for (String c : p.cells()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("message", p.message());
        g.writeStringField("location", p.location());
        if (p.where() != null) {
            writeWhere(g, p.where());
        }
        if (!p.expected().isEmpty() || !p.actual().isEmpty()) {
            g.writeStringField("expected", p.expected());
            g.writeStringField("actual", p.actual());
        }
        if (p.left() != null && p.right() != null) {
            g.writeFieldName("left");
            writeNumber(g, p.left());
            g.writeFieldName("right");
            writeNumber(g, p.right());
        }
        g.writeEndObject();
    }

    /** A place in the source as data: the file and whichever of page, sheet, cell, line, row and column apply. */
    private static void writeWhere(JsonGenerator g, SourceLocation at) throws IOException {
        g.writeObjectFieldStart("where");
        g.writeStringField("file", at.file());
        writeIfSet(g, "page", at.page());
        if (at.sheet() != null) {
            g.writeStringField("sheet", at.sheet());
        }
        if (at.ref() != null) {
            g.writeStringField("cell", at.ref());
        }
        writeIfSet(g, "line", at.line());
        writeIfSet(g, "row", at.row());
        writeIfSet(g, "column", at.column());
        g.writeEndObject();
    }
}
