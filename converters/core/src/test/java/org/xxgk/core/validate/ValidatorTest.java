package org.xxgk.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.RandomReports;

class ValidatorTest {

    private final Validator validator = new Validator(Schema.official());

    @Test
    void randomValidReportsHaveNoProblems() {
        for (Generation g : Generation.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                Report r = new RandomReports(seed).next(g);
                assertEquals(List.of(), validator.validate(r), g + " seed " + seed);
            }
        }
    }

    @Test
    void theBalanceNamesTheColumnBothSidesAndTheCells() {
        Report r = change(new RandomReports(7).next(Generation.V2021), "t3.new.natural", 1);
        List<Problem> problems = validator.validate(r);
        Problem balance = problems.stream().filter(p -> p.rule().equals("t3.balance")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, balance.severity());
        assertTrue(balance.location().contains("自然人列"), balance.location());
        assertTrue(balance.cells().containsAll(List.of("t3.new.natural", "t3.carried_in.natural", "t3.total.natural",
                "t3.carried_out.natural")));
        assertTrue(balance.message().contains("第一项加第二项之和"), balance.message());
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("t3.row_total")), "the row total breaks too");
    }

    @Test
    void negativeCountsAndFractionsAreErrorsButASignedChangeIsNot() {
        Report r = change(new RandomReports(3).next(Generation.V2019), "t2.rules.made", -1000);
        r = set(r, "t2.licensing.change", new BigDecimal("-4"));
        r = set(r, "t2.penalty.decisions", new BigDecimal("2.5"));
        List<String> rules = validator.validate(r).stream().map(Problem::rule).toList();
        assertTrue(rules.contains("nonnegative"));
        assertTrue(rules.contains("integer"));
        assertEquals(1, rules.stream().filter("nonnegative"::equals).count(), rules.toString());
    }

    @Test
    void crossYearRulesNeedLastYearsReport() {
        Report last = new RandomReports(11).next(Generation.V2021);
        Report now = new RandomReports(12).next(Generation.V2021);
        assertTrue(validator.validate(now).isEmpty());
        List<Problem> problems = validator.validate(now, last);
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("t3.carry_over") && p.severity() == Severity.WARNING));
    }

    @Test
    void aTornTableIsNotComparedOnCellsItLacks() {
        Report r = new RandomReports(5).next(Generation.V2021);
        Map<String, CellValue> values = new LinkedHashMap<>(r.values());
        values.remove("t3.carried_out.natural");
        values.put("t3.new.natural", CellValue.of(values.get("t3.new.natural").number().add(BigDecimal.ONE)));
        Report torn = new Report(r.source(), r.format(), r.agency(), r.year(), null, r.generations(), values, List.of());
        assertTrue(validator.validate(torn).stream().noneMatch(p -> p.rule().equals("t3.balance") && p.location().contains("自然人")));
    }

    static Report change(Report r, String code, long delta) {
        return set(r, code, r.values().get(code).number().add(BigDecimal.valueOf(delta)));
    }

    static Report set(Report r, String code, BigDecimal n) {
        Map<String, CellValue> values = new LinkedHashMap<>(r.values());
        values.put(code, CellValue.of(n));
        return new Report(r.source(), r.format(), r.agency(), r.year(), r.published(), r.generations(), values, List.of());
    }
}
