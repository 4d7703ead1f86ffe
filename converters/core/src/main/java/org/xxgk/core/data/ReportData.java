package org.xxgk.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.validate.Validator;

/**
 * Reports as data: the JSON and CSV that {@code extract} writes, or hand-made files with only codes
 * and values. What {@code fill} and {@code consolidate} take besides documents. Codes are checked
 * against the schema; an unknown code is an error that lists where it stands.
 */
public final class ReportData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Schema schema;

    public ReportData(Schema schema) {
        this.schema = schema;
    }

    public static ReportData official() {
        return new ReportData(Schema.official());
    }

    /** One report per JSON object; a JSON array gives several. The stream is not closed. */
    public List<Report> readJson(InputStream in, String source) throws XxgkException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CorruptFileException(source, "不是有效的 JSON（第" + e.getLocation().getLineNr() + "行第"
                    + e.getLocation().getColumnNr() + "列）：" + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CorruptFileException(source, "JSON 文件是空的");
        }
        List<Report> out = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.add(report(root.get(i), source, "第" + (i + 1) + "个报告"));
            }
        } else {
            out.add(report(root, source, ""));
        }
        return out;
    }

    private Report report(JsonNode n, String source, String which) throws XxgkException {
        JsonNode values = n.get("values");
        if (values == null || !values.isObject()) {
            throw new CorruptFileException(source, which + "缺少 values 对象（指标代码到数值的映射）");
        }
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        var fields = values.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().isNumber()) {
                throw new CorruptFileException(source, which + "指标 " + f.getKey() + " 的值不是数字：" + f.getValue());
            }
            numbers.put(f.getKey(), f.getValue().decimalValue());
        }
        Map<String, Generation> declared = new LinkedHashMap<>();
        JsonNode g = n.get("generations");
        if (g != null) {
            var gs = g.fields();
            while (gs.hasNext()) {
                var e = gs.next();
                declared.put(e.getKey(), Generation.find(e.getValue().asText()).orElseThrow(() ->
                        new IllegalArgumentException(e.getValue().asText())));
            }
        }
        String reportSource = n.hasNonNull("source") ? n.get("source").asText() : source;
        Integer year = n.hasNonNull("year") ? n.get("year").asInt() : null;
        return build(reportSource, text(n, "agency"), year, date(text(n, "published")), declared, numbers, source, which);
    }

    /**
     * The long CSV of {@code extract --format csv} (columns source, agency, year, table, code, row,
     * column, value), or a hand-made one with code and value columns only. Rows with the same source,
     * agency and year form one report. The stream is not closed.
     */
    public List<Report> readCsv(InputStream in, String source) throws XxgkException, IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
        Map<List<String>, Map<String, BigDecimal>> groups = new LinkedHashMap<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            if (!csv.getHeaderNames().contains("code") || !csv.getHeaderNames().contains("value")) {
                throw new CorruptFileException(source, "CSV 第1行应为表头，至少含 code 和 value 两列，实际为："
                        + String.join(",", csv.getHeaderNames()));
            }
            for (CSVRecord r : csv) {
                List<String> key = List.of(get(r, "source", source), get(r, "agency", ""), get(r, "year", ""));
                String value = r.get("value");
                try {
                    groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.get("code"), new BigDecimal(value));
                } catch (NumberFormatException e) {
                    throw new CorruptFileException(source, "第" + (r.getRecordNumber() + 1) + "行：指标 " + r.get("code")
                            + " 的值不是数字：“" + value + "”");
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new CorruptFileException(source, "不是有效的 CSV：" + e.getMessage(), e);
        }
        List<Report> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            String agency = e.getKey().get(1).isEmpty() ? null : e.getKey().get(1);
            Integer year = e.getKey().get(2).isEmpty() ? null : Integer.valueOf(e.getKey().get(2));
            out.add(build(e.getKey().get(0), agency, year, null, Map.of(), e.getValue(), source, ""));
        }
        return out;
    }

    private Report build(String reportSource, String agency, Integer year, LocalDate published,
                         Map<String, Generation> declared, Map<String, BigDecimal> numbers, String file, String which)
            throws XxgkException {
        for (String code : numbers.keySet()) {
            if (schema.findCell(code).isEmpty()) {
                throw new CorruptFileException(file, which + "未知的指标代码：" + code + "（代码表见 spec/indicators.md）");
            }
        }
        Map<String, Generation> generations = new LinkedHashMap<>();
        for (TableSpec t : schema.tables()) {
            Set<String> codes = numbers.keySet().stream().filter(c -> schema.findCell(c).orElseThrow().table().equals(t.id()))
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
            if (codes.isEmpty()) {
                continue;
            }
            Generation g = Optional.ofNullable(declared.get(t.id())).orElseGet(() -> t.generations().stream()
                    .filter(x -> codes.stream().allMatch(schema.view(t.id(), x)::contains)).findFirst()
                    .orElse(t.generations().get(0)));
            for (String c : codes) {
                if (!schema.view(t.id(), g).contains(c)) {
                    throw new CorruptFileException(file, which + "指标 " + c + " 不属于" + t.name() + "的 " + g.id() + " 版本");
                }
            }
            generations.put(t.id(), g);
        }
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (var t : generations.entrySet()) {
            schema.view(t.getKey(), t.getValue()).cells().stream().filter(c -> numbers.containsKey(c.code()))
                    .forEach(c -> values.put(c.code(), CellValue.of(numbers.get(c.code()))));
        }
        Report r = new Report(reportSource, "data", agency, year, published, generations, values, List.of());
        return r.withProblems(new Validator(schema).validate(r));
    }

    private static String get(CSVRecord r, String column, String fallback) {
        return r.isMapped(column) ? r.get(column) : fallback;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
