package org.xxgk.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.spi.Readers;
import org.xxgk.core.testkit.RandomReports;
import org.xxgk.core.write.JsonReportWriter;

class BatchExtractorTest {

    @TempDir
    Path dir;

    @Test
    void keepingPassesEveryReportThroughInInputOrder() throws IOException {
        RandomReports random = new RandomReports(11L);
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path f = dir.resolve(i + ".json");
            try (OutputStream out = Files.newOutputStream(f)) {
                new JsonReportWriter().write(List.of(random.next(Generation.V2021)), out);
            }
            inputs.add(new Input(f, f.getFileName().toString()));
        }
        List<Outcome> outcomes = new BatchExtractor(Readers.installed(), new Recognizer(), 3)
                .keeping(r -> new Report(r.source(), r.format(), "已处理", r.year(), r.published(), r.generations(), r.values(),
                        r.problems()))
                .extractAll(inputs, o -> { });
        assertEquals(inputs.size(), outcomes.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(inputs.get(i), outcomes.get(i).input());
            assertEquals("已处理", outcomes.get(i).reports().get(0).agency());
        }
    }
}
