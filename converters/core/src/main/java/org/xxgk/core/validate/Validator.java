package org.xxgk.core.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;

/**
 * Checks a report against the 勾稽关系: every rule of the schema for the tables the report has, and
 * that every cell holds what its type allows. Problems name the rule, the cells, both sides of the
 * equation and where the cells stand in the source.
 */
public final class Validator {

    private final Schema schema;

    public Validator(Schema schema) {
        this.schema = schema;
    }

    /** The problems of one report on its own. */
    public List<Problem> validate(Report report) {
        return validate(report, null);
    }

    /** The problems of one report, with the cross-year rules when last year's report is given. */
    public List<Problem> validate(Report report, Report previous) {
        List<Problem> out = new ArrayList<>(checkValues(report));
        for (Map.Entry<String, Generation> table : report.generations().entrySet()) {
            TableView view = schema.view(table.getKey(), table.getValue());
            for (Equation e : Equations.of(schema, view)) {
                check(e, report, previous).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Problem> check(Equation e, Report report, Report previous) {
        if (e.needsPrevious() && previous == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> left = sum(e.left(), report, previous);
        Optional<BigDecimal> right = sum(e.right(), report, previous);
        if (left.isEmpty() || right.isEmpty() || left.get().compareTo(right.get()) == 0) {
            return Optional.empty();
        }
        boolean byColumn = inOneRow(e);
        String leftText = side(e.left(), report, previous, left.get(), byColumn);
        String rightText = side(e.right(), report, previous, right.get(), byColumn);
        String where = locate(e, report);
        String message = e.description() + "，但左边" + leftText + "，右边" + rightText;
        return Optional.of(new Problem(e.rule().severity(), e.rule().id(), e.codes(), rightText, leftText, where, message)
                .inTable(table(e.codes())).at(firstLocated(e.codes(), report)).withSides(left.get(), right.get()));
    }

    /** The sum of the terms, or empty when a cell is missing (a torn table: nothing to compare). */
    private static Optional<BigDecimal> sum(List<Term> terms, Report report, Report previous) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            Optional<BigDecimal> v = (t.previous() ? previous : report).find(t.code());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total = t.negative() ? total.subtract(v.get()) : total.add(v.get());
        }
        return Optional.of(total);
    }

    private String side(List<Term> terms, Report report, Report previous, BigDecimal total, boolean byColumn) {
        String parts = terms.stream().map(t -> label(t, byColumn) + (t.negative() ? "（减）" : "") + " "
                + (t.previous() ? previous : report).find(t.code()).orElseThrow().toPlainString())
                .collect(Collectors.joining(" + "));
        return terms.size() == 1 ? parts : parts + " = " + total.toPlainString();
    }

    /** Terms are named by what tells them apart: the column in a row's equation, else the row. */
    private String label(Term t, boolean byColumn) {
        String name = schema.findCell(t.code())
                .map(c -> byColumn || c.rowName().isEmpty() ? c.columnName() : c.rowName())
                .orElse(t.code());
        return (t.previous() ? "上年" : "") + name;
    }

    /** True when all the equation's cells stand in one row, so that their columns tell them apart. */
    private boolean inOneRow(Equation e) {
        return e.codes().stream().map(code -> schema.findCell(code).map(CellSpec::rowLabel).orElse(code)).distinct().count() == 1;
    }

    /** The table and column (or row) in words, with the source position of the first cell that has one. */
    private static String locate(Equation e, Report report) {
        SourceLocation first = firstLocated(e.codes(), report);
        String source = first == null ? "" : first.describe();
        return source.isEmpty() ? e.place() : source + "，" + e.place();
    }

    /** Where the first of the cells that has a place in the source stands, or {@code null}. */
    private static SourceLocation firstLocated(List<String> codes, Report report) {
        return codes.stream().map(report.values()::get).filter(v -> v != null && v.location() != null)
                .map(CellValue::location).filter(l -> !l.describe().isEmpty()).findFirst().orElse(null);
    }

    /** The table the cells belong to. */
    private String table(List<String> codes) {
        return codes.isEmpty() ? null : schema.findCell(codes.get(0)).map(CellSpec::table).orElse(null);
    }

    /** Negative counts and fractions where whole numbers belong, for reports that did not come through the recognizer. */
    private List<Problem> checkValues(Report report) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, CellValue> v : report.values().entrySet()) {
            Optional<CellSpec> spec = schema.findCell(v.getKey());
            if (spec.isEmpty()) {
                continue;
            }
            BigDecimal n = v.getValue().number();
            if (n.signum() < 0 && !spec.get().type().allowsNegative()) {
                out.add(new Problem(Severity.ERROR, "nonnegative", List.of(v.getKey()), "≥ 0", n.toPlainString(), where(v.getValue()),
                        describe(spec.get()) + "不能为负数，填的是 " + n.toPlainString()).inTable(spec.get().table()).at(v.getValue().location()));
            } else if (!spec.get().type().allowsDecimals() && n.stripTrailingZeros().scale() > 0) {
                out.add(new Problem(Severity.ERROR, "integer", List.of(v.getKey()), "整数", n.toPlainString(), where(v.getValue()),
                        describe(spec.get()) + "应为整数，填的是 " + n.toPlainString()).inTable(spec.get().table()).at(v.getValue().location()));
            }
        }
        return out;
    }

    private static String where(CellValue v) {
        return v.location() == null ? "" : v.location().describe();
    }

    /** A cell in words: {@code 表三“一、本年新收政府信息公开申请数量”行“自然人”列}. */
    public String describe(CellSpec c) {
        String table = schema.requireTable(c.table()).name();
        String row = c.rowName().isEmpty() ? "" : "“" + c.rowName() + "”行";
        String column = c.columnName().isEmpty() || c.columnPath().size() == 1 && c.table().equals("legacy")
                ? "" : "“" + c.columnLabel() + "”列";
        return table + row + column;
    }
}
