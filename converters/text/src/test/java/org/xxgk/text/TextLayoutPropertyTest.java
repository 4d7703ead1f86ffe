package org.xxgk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;
import org.xxgk.core.testkit.TextLayouts;
import org.xxgk.core.testkit.TextLayouts.Layout;
import org.xxgk.core.write.MarkdownReportWriter;

/** Random valid reports, rendered to every pasted-text layout, read back to the same report. */
class TextLayoutPropertyTest {

    private static final Recognizer RECOGNIZER = new Recognizer();
    private static final int SEEDS = 20;

    static Stream<Arguments> exactLayouts() {
        List<Arguments> out = new ArrayList<>();
        for (Generation g : Generation.values()) {
            for (Layout layout : List.of(Layout.PIPES, Layout.CELL_PER_LINE, Layout.TABS)) {
                for (long seed = 1; seed <= SEEDS; seed++) {
                    out.add(Arguments.of(g, layout, seed));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("exactLayouts")
    void everyValueComesBack(Generation g, Layout layout, long seed) throws Exception {
        Report original = new RandomReports(seed).next(g);
        Report read = RECOGNIZER.recognize(TextReportReader.parse(TextLayouts.render(original, layout), "random.txt"));
        assertSame(original, read);
        assertEquals(List.of(), read.problems(), "a valid report read back has no problems");
    }

    static Stream<Arguments> generationsAndSeeds() {
        List<Arguments> out = new ArrayList<>();
        for (Generation g : Generation.values()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                out.add(Arguments.of(g, seed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("generationsAndSeeds")
    void markdownWrittenByTheToolReadsBack(Generation g, long seed) throws Exception {
        Report original = new RandomReports(seed).next(g);
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        new MarkdownReportWriter().write(List.of(original), md);
        Report read = RECOGNIZER.recognize(TextReportReader.parse(md.toString(StandardCharsets.UTF_8), "random.md"));
        assertSame(original, read);
    }

    /**
     * Text that lost its empty cells cannot always be read back as it was (several readings may fit).
     * For sparse reports like the real ones that lose cells (a few non-zero rows) the reading keeps every row's numbers in order, satisfies every
     * rule and flags the cells it placed.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("generationsAndSeeds")
    void compactedSparseTextKeepsEachRowsNumbersAndTheRules(Generation g, long seed) throws Exception {
        Report read = readCompacted(new RandomReports(seed, 0.06).next(g), g);
        assertTrue(read.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), () -> errors(read));
        assertTrue(read.values().values().stream().anyMatch(v -> v.has(CellValue.Flag.INFERRED)) || g == Generation.LEGACY);
    }

    static Stream<Arguments> fewSeeds() {
        return generationsAndSeeds().filter(a -> (long) a.get()[1] <= 5);
    }

    /**
     * Dense tables may defeat the search (it has a budget, so that a batch never hangs on one file);
     * then the report must say so rather than be silently wrong.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("fewSeeds")
    void compactedDenseTextIsRightOrSaysItIsUnsure(Generation g, long seed) throws Exception {
        Report read = readCompacted(new RandomReports(seed).next(g), g);
        boolean unsure = read.problems().stream().anyMatch(p -> p.rule().startsWith("compacted."));
        assertTrue(unsure || read.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), () -> errors(read));
    }

    private static Report readCompacted(Report original, Generation g) throws Exception {
        Report read = RECOGNIZER.recognize(TextReportReader.parse(TextLayouts.render(original, Layout.PIPES_COMPACTED), "random.txt"));
        assertEquals(original.values().keySet(), read.values().keySet());
        for (var table : read.generations().entrySet()) {
            TableLayout layout = OfficialLayout.of(Schema.official().view(table.getKey(), table.getValue()));
            for (int r = 0; r < layout.height(); r++) {
                assertEquals(nonZero(layout, r, original.values()), nonZero(layout, r, read.values()), "row " + r);
            }
        }
        return read;
    }

    private static List<BigDecimal> nonZero(TableLayout layout, int row, Map<String, CellValue> values) {
        return layout.row(row).stream().filter(c -> c.code() != null).map(c -> values.get(c.code()).number())
                .filter(n -> n.signum() != 0).map(BigDecimal::stripTrailingZeros).toList();
    }

    private static String errors(Report r) {
        return r.problems().stream().map(Problem::message).toList().toString();
    }

    private static void assertSame(Report original, Report read) {
        assertEquals(Golden.numbers(original.values()), Golden.numbers(read.values()));
        assertEquals(original.generations(), read.generations());
        assertEquals(original.agency(), read.agency());
        assertEquals(original.year(), read.year());
    }
}
