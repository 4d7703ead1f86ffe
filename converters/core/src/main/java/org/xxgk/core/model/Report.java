package org.xxgk.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xxgk.core.schema.Generation;

/**
 * One agency's report for one year: its numbers by code, where each came from, and its problems.
 *
 * @param source      the input as the user named it
 * @param format      the format it was read from ({@code text}, {@code html}, …), or {@code data}
 * @param agency      the publishing body as the report names it, or {@code null} when not found
 * @param year        the year the statistics cover, or {@code null} when not found
 * @param published   the publication date when the report gives one, or {@code null}
 * @param generations the format generation of each table found, by table id, in schema order
 * @param values      the numbers by code, in schema order; a table absent from the source has no codes here
 * @param problems    what the recognizer and the validator found, in the order found
 */
public record Report(String source, String format, String agency, Integer year, LocalDate published,
                     Map<String, Generation> generations, Map<String, CellValue> values,
                     List<Problem> problems) {

    public Report {
        generations = Collections.unmodifiableMap(new LinkedHashMap<>(generations));
        values = CodeMap.copyOf(values);
        problems = List.copyOf(problems);
    }

    public Optional<BigDecimal> find(String code) {
        CellValue v = values.get(code);
        return v == null ? Optional.empty() : Optional.of(v.number());
    }

    public Report withProblems(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Report(source, format, agency, year, published, generations, values, all);
    }

    /**
     * The report's title as agencies write it ({@code 临江市公安局2023年政府信息公开工作年度报告}), which is also
     * what the recognizer takes agency and year from; the writers that print a title use this one.
     */
    public String title() {
        return (agency == null ? "" : agency) + (year == null ? "" : year + "年") + "政府信息公开工作年度报告";
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
