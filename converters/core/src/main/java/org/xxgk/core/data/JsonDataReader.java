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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DataReader;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.Quote;
import org.xxgk.core.text.TextDecoder;

/**
 * The JSON that {@code extract} writes (one object, or an array of them), or a hand-made one with only
 * {@code values}: reports as data. Every field is checked; a broken file is one line naming the report
 * and the field.
 */
public final class JsonDataReader implements DataReader {

    /** Reports one data file may hold: a region's worth, many times over. */
    static final int MAX_REPORTS = 100_000;
    /** No field of ours nests deeper than three levels or holds a number of more than a few digits. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNumberLength(64).maxNestingDepth(64).maxStringLength(1_000_000).build())
            .build()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final ReportData data;

    public JsonDataReader() {
        this(Schema.official());
    }

    public JsonDataReader(Schema schema) {
        this.data = new ReportData(schema);
    }

    @Override
    public Set<String> formats() {
        return Set.of(FormatDetector.JSON);
    }

    @Override
    public Optional<List<Report>> read(InputStream in, String source) throws XxgkException, IOException {
        String text = TextDecoder.require(in.readAllBytes(), null, source).text();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            // Jackson knows no location for these, and the JSON may be valid: say which bounds there are.
            throw new CorruptFileException(source, "JSON 超出读取上限（数字不超过 64 位、嵌套不超过 64 层、一段文字不超过 100 万字），"
                    + "不是年度报告的数据", e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "（第" + e.getLocation().getLineNr() + "行第" + e.getLocation().getColumnNr() + "列）";
            throw new CorruptFileException(source, "不是有效的 JSON" + where, e);
        } catch (NumberFormatException e) {
            // Numbers are read as decimals: an exponent such as 6e5555855555 is beyond any decimal.
            throw new CorruptFileException(source, "JSON 中有超出范围的数字（指数过大），不是年度报告的数据", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new CorruptFileException(source, "JSON 文件是空的");
        }
        List<Report> out = new ArrayList<>();
        if (root.isArray()) {
            if (root.size() > MAX_REPORTS) {
                throw new CorruptFileException(source, "JSON 中有 " + root.size() + " 份报告，超出上限 " + MAX_REPORTS);
            }
            for (int i = 0; i < root.size(); i++) {
                out.add(report(root.get(i), source, "第" + (i + 1) + "个报告的"));
            }
        } else {
            out.add(report(root, source, ""));
        }
        if (out.isEmpty()) {
            throw new CorruptFileException(source, "JSON 数组中没有报告");
        }
        return Optional.of(out);
    }

    private Report report(JsonNode n, String source, String which) throws CorruptFileException {
        if (!n.isObject()) {
            throw new CorruptFileException(source, (which.isEmpty() ? "" : which) + "内容应为 JSON 对象（含 values），实际为："
                    + Quote.of(n.toString()));
        }
        JsonNode values = n.get("values");
        if (values == null || !values.isObject()) {
            throw new CorruptFileException(source, which + "缺少 values 对象（指标代码到数值的映射）");
        }
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isNumber()) {
                throw new CorruptFileException(source, which + "指标 " + Quote.of(f.getKey()) + " 的值不是数字："
                        + Quote.of(f.getValue().toString()));
            }
            numbers.put(f.getKey(), ReportData.checked(number(f.getValue(), f.getKey(), source, which), f.getKey(),
                    f.getValue().asText(), source, which));
        }
        return data.build(new ReportData.Fields(text(n, "source", source, which).orElse(source),
                text(n, "agency", source, which).orElse(null), ReportData.year(yearText(n, source, which), source, which),
                ReportData.date(text(n, "published", source, which).orElse(null)), generations(n, source, which), numbers, which),
                source);
    }

    /** A JSON number as a decimal; one no decimal can hold (beyond any double) is out of range. */
    private static BigDecimal number(JsonNode n, String code, String source, String which) throws CorruptFileException {
        try {
            return n.decimalValue();
        } catch (NumberFormatException e) {
            throw new CorruptFileException(source, which + "指标 " + Quote.of(code) + " 的值超出范围：" + Quote.of(n.asText()));
        }
    }

    private static Map<String, Generation> generations(JsonNode n, String source, String which) throws CorruptFileException {
        Map<String, Generation> declared = new LinkedHashMap<>();
        JsonNode g = n.get("generations");
        if (g == null || g.isNull()) {
            return declared;
        }
        if (!g.isObject()) {
            throw new CorruptFileException(source, which + "generations 应为对象（表到格式版本的映射）");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getValue().asText();
            declared.put(e.getKey(), Generation.find(id).orElseThrow(() -> new CorruptFileException(source,
                    which + "未知的格式版本：" + Quote.of(id) + "（可选 2021、2019、legacy）")));
        }
        return declared;
    }

    private static String yearText(JsonNode n, String source, String which) throws CorruptFileException {
        JsonNode y = n.get("year");
        if (y == null || y.isNull()) {
            return null;
        }
        if (!y.isIntegralNumber() && !y.isTextual()) {
            throw new CorruptFileException(source, which + "年度应为四位数字，实际为：" + Quote.of(y.toString()));
        }
        return y.asText();
    }

    private static Optional<String> text(JsonNode n, String field, String source, String which) throws CorruptFileException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new CorruptFileException(source, which + field + " 应为文字");
        }
        return Optional.of(v.asText());
    }
}
