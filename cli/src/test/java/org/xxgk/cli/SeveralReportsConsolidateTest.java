package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.consolidate.Entry;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.Status;
import org.xxgk.core.testkit.Golden;

/**
 * A file of two townships' reports one after the other, consolidated: each township is a row of its own
 * (明细), clean, and the region's sums are the two reports' values added, as their expected file gives
 * them — a value carried from one report into the other, or a report dropped, would change a sum.
 */
class SeveralReportsConsolidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pdf/two-townships.pdf", "pdf/two-townships-filled.pdf", "text/two-townships.txt",
            "text-tools/two-townships-filled.pdftotext-layout.txt", "html/two-townships.html"})
    void eachReportIsCountedOnItsOwn(String name) throws Exception {
        Path file = Golden.testdata().resolve(name);
        JsonNode expected = JSON.readTree(Golden.expectedOf(file).toFile());
        Region region = Xxgk.create().consolidate(List.of(file),
                ConsolidateOptions.builder().year(2023).region("测试区").build());

        List<String> agencies = new ArrayList<>();
        expected.forEach(r -> agencies.add(r.get("agency").asText()));
        List<Entry> counted = region.counted();
        assertEquals(agencies.stream().sorted().toList(), counted.stream().map(e -> e.report().agency()).sorted().toList(),
                name + ": agencies counted");
        counted.forEach(e -> assertEquals(Status.OK, e.status(), name + ": " + e.report().agency() + " " + e.detail()));
        assertEquals(2, region.counts().inputs(), name + ": one entry per report");
        assertEquals(1, region.counts().files(), name + ": from one file");
        assertEquals(2, region.counts().agencies(), name + ": agencies summed");

        assertEquals(sums(expected), Golden.numbers(region.summary().values()), name + ": the region's sums");
    }

    /** The expected reports' values added code by code, as the consolidator writes numbers. */
    private static Map<String, String> sums(JsonNode reports) throws IOException {
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (JsonNode r : reports) {
            r.get("values").fields().forEachRemaining(f -> sum.merge(f.getKey(), f.getValue().decimalValue(), BigDecimal::add));
        }
        Map<String, String> out = new LinkedHashMap<>();
        sum.forEach((k, v) -> out.put(k, v.stripTrailingZeros().toPlainString()));
        return out;
    }
}
