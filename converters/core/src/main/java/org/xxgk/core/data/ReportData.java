package org.xxgk.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.text.Quote;
import org.xxgk.core.validate.Validator;

/**
 * Reports as data, whatever file they came in: the codes checked against the schema, each table's
 * generation taken as declared or as the one that holds all its codes, the values in schema order,
 * the rules checked. What {@link JsonDataReader} and {@link CsvDataReader} share.
 */
final class ReportData {

    /**
     * The largest magnitude a value of the official tables may have. Counts of a year's applications and
     * amounts in 万元 stay far below it; beyond it a number is a typing or a file error, and arithmetic
     * on it (a value such as {@code 1e999999999}) would cost without end.
     */
    static final BigDecimal LIMIT = new BigDecimal("1e12");
    /** Decimal places a value may have (amounts in 万元 have at most four). */
    static final int MAX_SCALE = 6;

    private final Schema schema;
    private final Validator validator;

    ReportData(Schema schema) {
        this.schema = schema;
        this.validator = new Validator(schema);
    }

    /** A report's fields as the file gives them; {@code which} names the report inside the file in messages. */
    record Fields(String source, String agency, Integer year, LocalDate published, Map<String, Generation> declared,
                  Map<String, BigDecimal> numbers, String which) {
    }

    /**
     * A number as a data file may hold it, or an error naming the code.
     *
     * @param raw the number's text as the file has it, for the message
     */
    static BigDecimal checked(BigDecimal n, String code, String raw, String file, String which) throws CorruptFileException {
        if (n.abs().compareTo(LIMIT) >= 0 || n.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new CorruptFileException(file, which + "指标 " + Quote.of(code) + " 的值超出范围：" + Quote.of(raw)
                    + "（应为不超过 12 位的整数，或最多 " + MAX_SCALE + " 位小数的金额）");
        }
        return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0, java.math.RoundingMode.UNNECESSARY) : n;
    }

    Report build(Fields f, String file) throws CorruptFileException {
        for (String code : f.numbers().keySet()) {
            if (schema.findCell(code).isEmpty()) {
                throw new CorruptFileException(file, f.which() + "未知的指标代码：" + Quote.of(code) + "（代码表见 spec/indicators.md）");
            }
        }
        Map<String, Generation> generations = new LinkedHashMap<>();
        for (TableSpec t : schema.tables()) {
            Set<String> codes = new LinkedHashSet<>();
            f.numbers().keySet().stream().filter(c -> schema.findCell(c).orElseThrow().table().equals(t.id())).forEach(codes::add);
            if (codes.isEmpty()) {
                continue;
            }
            Generation declared = f.declared().get(t.id());
            if (declared != null && !t.generations().contains(declared)) {
                throw new CorruptFileException(file, f.which() + t.name() + "没有 " + declared.id() + " 版本");
            }
            Generation g = Optional.ofNullable(declared).orElseGet(() -> t.generations().stream()
                    .filter(x -> codes.stream().allMatch(schema.view(t.id(), x)::contains)).findFirst()
                    .orElse(t.generations().get(0)));
            for (String c : codes) {
                if (!schema.view(t.id(), g).contains(c)) {
                    throw new CorruptFileException(file, f.which() + "指标 " + c + " 不属于" + t.name() + "的 " + g.id() + " 版本");
                }
            }
            generations.put(t.id(), g);
        }
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (var t : generations.entrySet()) {
            schema.view(t.getKey(), t.getValue()).cells().stream().filter(c -> f.numbers().containsKey(c.code()))
                    .forEach(c -> values.put(c.code(), CellValue.of(f.numbers().get(c.code()))));
        }
        Report r = new Report(f.source(), "data", f.agency(), f.year(), f.published(), generations, values, List.of());
        return r.withProblems(validator.validate(r));
    }

    /** A year as a data file may hold it: four digits, or an error. */
    static Integer year(String text, String file, String which) throws CorruptFileException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (!s.matches("\\d{4}")) {
            throw new CorruptFileException(file, which + "年度应为四位数字，实际为：" + Quote.of(s));
        }
        return Integer.valueOf(s);
    }

    /** A publication date in ISO form, or nothing when absent or unreadable (it is informative only). */
    static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
