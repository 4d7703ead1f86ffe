package org.xxgk.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;

/**
 * Golden files: an input beside {@code NAME.expected.json} holding the agency, year, publication
 * date, generations, values and inferred codes that the report must give; or, for a file that holds
 * several reports, a JSON array of them in the order the file gives them.
 */
public final class Golden {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Golden() {
    }

    /** The repository's testdata folder (set by the build; the fallback serves runs from an IDE). */
    public static Path testdata() {
        String set = System.getProperty("xxgk.testdata");
        Path p = set != null ? Paths.get(set) : Paths.get("../../testdata");
        return Files.isDirectory(p) ? p : Paths.get("../testdata");
    }

    /** The inputs in a folder of testdata that have an expected file beside them. */
    public static List<Path> cases(String folder, String... extensions) throws IOException {
        try (Stream<Path> files = Files.list(testdata().resolve(folder))) {
            return files.filter(f -> List.of(extensions).stream().anyMatch(e -> f.toString().endsWith("." + e)))
                    .filter(f -> Files.exists(expectedOf(f))).sorted().toList();
        }
    }

    public static Path expectedOf(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }

    /** Compares a report with its expected file, naming the first difference of each kind. */
    public static void check(Report actual, Path input) throws IOException {
        checkAll(List.of(actual), input);
    }

    /**
     * Compares the reports read from a file with its expected file: one object for a file of one report,
     * an array for a file of several (as many reports, in order).
     */
    public static void checkAll(List<Report> actual, Path input) throws IOException {
        JsonNode e = JSON.readTree(expectedOf(input).toFile());
        String where = input.getFileName().toString();
        if (!e.isArray()) {
            assertEquals(1, actual.size(), where + ": number of reports");
            check(actual.get(0), e, where);
            return;
        }
        assertEquals(e.size(), actual.size(), where + ": number of reports (agencies "
                + actual.stream().map(Report::agency).toList() + ")");
        for (int i = 0; i < e.size(); i++) {
            check(actual.get(i), e.get(i), where + " report " + (i + 1));
        }
    }

    /**
     * Compares a report with the agency, year, generations and values of an input's expected file, for
     * outputs that carry the tables and their title only (a printed PDF has no publication date, flags or
     * problems).
     */
    public static void checkValues(Report actual, Path input) throws IOException {
        checkAllValues(List.of(actual), input);
    }

    /** {@link #checkValues} for the reports of a file: one, or as many as its expected array holds, in order. */
    public static void checkAllValues(List<Report> actual, Path input) throws IOException {
        JsonNode all = JSON.readTree(expectedOf(input).toFile());
        String name = input.getFileName().toString();
        List<JsonNode> expected = new java.util.ArrayList<>();
        all.forEach(expected::add);
        if (!all.isArray()) {
            expected = List.of(all);
        }
        assertEquals(expected.size(), actual.size(), name + ": number of reports (agencies "
                + actual.stream().map(Report::agency).toList() + ")");
        for (int i = 0; i < expected.size(); i++) {
            checkValues(actual.get(i), expected.get(i), expected.size() == 1 ? name : name + " report " + (i + 1));
        }
    }

    private static void checkValues(Report actual, JsonNode e, String where) {
        assertEquals(text(e, "agency"), actual.agency(), where + ": agency");
        assertEquals(e.get("year").isNull() ? null : e.get("year").asInt(), actual.year(), where + ": year");
        Map<String, String> generations = new LinkedHashMap<>();
        e.get("generations").fields().forEachRemaining(f -> generations.put(f.getKey(), f.getValue().asText()));
        Map<String, String> actualGenerations = new LinkedHashMap<>();
        actual.generations().forEach((k, v) -> actualGenerations.put(k, v.id()));
        assertEquals(generations, actualGenerations, where + ": generations");
        Map<String, String> expectedValues = new LinkedHashMap<>();
        e.get("values").fields().forEachRemaining(f -> expectedValues.put(f.getKey(), number(f.getValue().decimalValue())));
        assertSameValues(expectedValues, numbers(actual.values()), where);
    }

    private static void check(Report actual, JsonNode e, String where) {
        assertEquals(text(e, "agency"), actual.agency(), where + ": agency");
        assertEquals(e.get("year").isNull() ? null : e.get("year").asInt(), actual.year(), where + ": year");
        if (e.has("published")) {
            assertEquals(text(e, "published"), actual.published() == null ? null : actual.published().toString(),
                    where + ": published");
        }
        Map<String, String> generations = new LinkedHashMap<>();
        e.get("generations").fields().forEachRemaining(f -> generations.put(f.getKey(), f.getValue().asText()));
        Map<String, String> actualGenerations = new LinkedHashMap<>();
        actual.generations().forEach((k, v) -> actualGenerations.put(k, v.id()));
        assertEquals(generations, actualGenerations, where + ": generations");
        Map<String, String> expectedValues = new LinkedHashMap<>();
        e.get("values").fields().forEachRemaining(f -> expectedValues.put(f.getKey(), number(f.getValue().decimalValue())));
        assertSameValues(expectedValues, numbers(actual.values()), where);
        if (e.has("inferred")) {
            TreeSet<String> inferred = new TreeSet<>();
            e.get("inferred").forEach(c -> inferred.add(c.asText()));
            TreeSet<String> actualInferred = new TreeSet<>();
            actual.values().forEach((k, v) -> {
                if (v.has(CellValue.Flag.INFERRED)) {
                    actualInferred.add(k);
                }
            });
            assertEquals(inferred, actualInferred, where + ": inferred cells");
        }
        if (e.has("problems")) {
            List<String> rules = new ArrayList<>();
            e.get("problems").forEach(p -> rules.add(p.asText()));
            assertEquals(new TreeSet<>(rules), new TreeSet<>(actual.problems().stream().map(p -> p.severity().id() + " " + p.rule()).toList()),
                    where + ": problems (severity and rule)");
        }
    }

    /** Compares value maps, naming only the codes that differ (a whole map is unreadable in a failure). */
    public static void assertSameValues(Map<String, String> expected, Map<String, String> actual, String where) {
        List<String> differences = new ArrayList<>();
        expected.forEach((code, v) -> {
            if (!v.equals(actual.get(code))) {
                differences.add(code + ": expected " + v + ", got " + actual.get(code));
            }
        });
        actual.keySet().stream().filter(code -> !expected.containsKey(code)).forEach(code -> differences.add(code + ": not expected"));
        assertEquals(List.of(), differences, where + ": values");
    }

    /** Values as plain strings, so that 1.50 and 1.5 compare equal and a mismatch prints readably. */
    public static Map<String, String> numbers(Map<String, CellValue> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, number(v.number())));
        return out;
    }

    private static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
