package org.xxgk.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DataReader;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.Quote;
import org.xxgk.core.text.TextDecoder;

/**
 * The long CSV of {@code extract --format csv} (columns source, agency, year, table, code, row, column,
 * value), or a hand-made one with code and value columns only, in any charset the core decodes (Excel
 * on a Chinese Windows saves it as GBK). Rows with the same source, agency and year form one report. A
 * CSV without those columns is not data but a table saved from a spreadsheet: it is left to
 * {@link CsvTableReader}.
 */
public final class CsvDataReader implements DataReader {

    private final ReportData data;

    public CsvDataReader() {
        this(Schema.official());
    }

    public CsvDataReader(Schema schema) {
        this.data = new ReportData(schema);
    }

    @Override
    public Set<String> formats() {
        return Set.of(FormatDetector.CSV);
    }

    @Override
    public Optional<List<Report>> read(InputStream in, String source) throws XxgkException, IOException {
        String text = TextDecoder.require(in.readAllBytes(), null, source).text();
        if (!CsvText.header(text, source).containsAll(List.of("code", "value"))) {
            return Optional.empty();
        }
        Map<List<String>, Map<String, BigDecimal>> groups = new LinkedHashMap<>();
        CSVFormat format = CsvText.FORMAT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser csv = CsvText.parse(text, format, source)) {
            Iterator<CSVRecord> it = csv.iterator();
            while (CsvText.next(it, csv, source)) {
                CSVRecord r = it.next();
                if (r.getRecordNumber() > CsvText.MAX_RECORDS) {
                    throw new CorruptFileException(source, "CSV 超过 " + CsvText.MAX_RECORDS + " 行，超出上限");
                }
                String line = "第" + csv.getCurrentLineNumber() + "行";
                List<String> key = List.of(get(r, "source", source), get(r, "agency", ""), get(r, "year", ""));
                String code = get(r, "code", "");
                String value = get(r, "value", "");
                groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(code, number(value, code, source, line));
            }
        }
        List<Report> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            String agency = e.getKey().get(1).isEmpty() ? null : e.getKey().get(1);
            Integer year = ReportData.year(e.getKey().get(2), source, "");
            out.add(data.build(new ReportData.Fields(e.getKey().get(0), agency, year, null, Map.of(), e.getValue(), ""), source));
        }
        if (out.isEmpty()) {
            throw new CorruptFileException(source, "CSV 只有表头，没有数据行");
        }
        return Optional.of(out);
    }

    private static BigDecimal number(String value, String code, String source, String line) throws CorruptFileException {
        try {
            return ReportData.checked(new BigDecimal(value.replace(",", "")), code, value, source, line);
        } catch (NumberFormatException e) {
            throw new CorruptFileException(source, line + "：指标 " + Quote.of(code) + " 的值不是数字：" + Quote.of(value));
        }
    }

    private static String get(CSVRecord r, String column, String fallback) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : fallback;
    }
}
