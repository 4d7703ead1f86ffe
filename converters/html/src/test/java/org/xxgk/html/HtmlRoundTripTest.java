package org.xxgk.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** Random valid reports written as HTML and read back: the same numbers, generations, agency and year. */
class HtmlRoundTripTest {

    private final Recognizer recognizer = new Recognizer();

    static Stream<Arguments> reports() {
        return IntStream.rangeClosed(1, 30).boxed()
                .flatMap(seed -> Stream.of(Generation.values()).map(g -> Arguments.of(seed, g)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("reports")
    void writesAndReadsBack(int seed, Generation g) throws Exception {
        Report original = new RandomReports(seed).next(g);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter().write(List.of(original), html);

        Report back = recognizer.recognize(new HtmlReportReader()
                .read(new ByteArrayInputStream(html.toByteArray()), "round-trip.html"));

        String where = "seed " + seed + ", " + g.id();
        assertEquals(Golden.numbers(original.values()), Golden.numbers(back.values()), where + ": values");
        assertEquals(original.generations(), back.generations(), where + ": generations");
        assertEquals(original.agency(), back.agency(), where + ": agency");
        assertEquals(original.year(), back.year(), where + ": year");
    }
}
