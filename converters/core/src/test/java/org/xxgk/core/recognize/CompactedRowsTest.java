package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Equations;

class CompactedRowsTest {

    private final Schema schema = Schema.official();
    private final TableView t3 = schema.view("t3", Generation.V2021);
    private final List<Equation> equations = Equations.of(schema, t3).stream().filter(e -> !e.needsPrevious()).toList();

    private CompactedRows.Row row(String key, long... values) {
        List<BigDecimal> v = new ArrayList<>();
        for (long n : values) {
            v.add(BigDecimal.valueOf(n));
        }
        return new CompactedRows.Row(t3.columns().stream().map(c -> t3.code(key, c.key())).toList(), v);
    }

    /** Every cell of the table at zero, so that the compacted rows are checked against a whole table. */
    private Map<String, BigDecimal> zeros() {
        Map<String, BigDecimal> out = new HashMap<>();
        t3.cells().forEach(c -> out.put(c.code(), BigDecimal.ZERO));
        return out;
    }

    @Test
    void twoEqualValuesAreAnApplicantAndTheTotal() {
        CompactedRows.Outcome o = CompactedRows.solve(List.of(row("new", 1, 1), row("granted", 1, 1), row("total", 1, 1)),
                zeros(), equations);
        assertArrayEquals(new int[] {0, 6}, o.positions().get(0), "natural persons first, then the total");
        assertTrue(o.consistent());
        assertTrue(o.ambiguous(), "any applicant column fits: the reading must be flagged");
    }

    @Test
    void theColumnRulesDecideWhenTheRowsAloneCannot() {
        // 自然人 3 is fixed by a complete row elsewhere: the compacted rows must put their 3 there too.
        Map<String, BigDecimal> fixed = zeros();
        fixed.remove(t3.code("new", "natural"));
        fixed.remove(t3.code("new", "total"));
        fixed.put(t3.code("granted", "commercial"), BigDecimal.valueOf(3));
        fixed.put(t3.code("granted", "total"), BigDecimal.valueOf(3));
        fixed.put(t3.code("total", "commercial"), BigDecimal.valueOf(3));
        fixed.put(t3.code("total", "total"), BigDecimal.valueOf(3));
        CompactedRows.Outcome o = CompactedRows.solve(List.of(row("new", 3, 3)), fixed, equations);
        assertArrayEquals(new int[] {1, 6}, o.positions().get(0));
        assertFalse(o.ambiguous());
        assertTrue(o.consistent());
    }

    @Test
    void zerosAreOneReading() {
        CompactedRows.Outcome o = CompactedRows.solve(List.of(row("carried_in", 0), row("carried_out", 0, 0)), zeros(), equations);
        assertFalse(o.ambiguous());
        assertEquals(1, o.positions().get(0).length);
    }

    @Test
    void aRowThatBreaksItsOwnRuleIsReadNaturallyAndNotConsistent() {
        CompactedRows.Outcome o = CompactedRows.solve(List.of(row("new", 3, 5)), zeros(), equations);
        assertArrayEquals(new int[] {0, 1}, o.positions().get(0));
        assertFalse(o.consistent());
    }
}
