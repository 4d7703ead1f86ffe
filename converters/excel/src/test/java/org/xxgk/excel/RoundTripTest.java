package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** Random valid reports, filled into the template and read back, give back every value. */
class RoundTripTest {

    static List<Arguments> reports() {
        List<Arguments> out = new ArrayList<>();
        for (Generation g : Generation.values()) {
            RandomReports random = new RandomReports(20250101L + g.ordinal());
            for (int i = 0; i < 8; i++) {
                out.add(Arguments.of(g, random.next(g)));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("reports")
    void fillThenExtractGivesBackEveryValue(Generation g, Report original) throws Exception {
        Report back = Excel.report(Excel.bytes(TemplateFiller.official().fill(original)), "filled.xlsx");
        assertEquals(Golden.numbers(original.values()), Golden.numbers(back.values()));
        assertEquals(original.agency(), back.agency());
        assertEquals(original.year(), back.year());
        assertEquals(generationIds(original.generations()), generationIds(back.generations()));
        assertTrue(back.problems().stream().noneMatch(p -> p.severity() != Severity.INFO),
                () -> "unexpected problems: " + back.problems());
    }

    private static Map<String, String> generationIds(Map<String, Generation> g) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        g.forEach((k, v) -> out.put(k, v.id()));
        return out;
    }
}
