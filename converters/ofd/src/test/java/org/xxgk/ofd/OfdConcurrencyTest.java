package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Document;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.testkit.Golden;

/** One reader on several threads at once, as a batch reads files on all cores: every file still gives its values. */
class OfdConcurrencyTest {

    @Test
    void readsOnSeveralThreadsGiveTheExpectedReports() throws Exception {
        OfdReportReader reader = new OfdReportReader();
        List<Path> files = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            files.addAll(Golden.cases("ofd", "ofd"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    Document doc;
                    try (InputStream in = Files.newInputStream(f)) {
                        doc = reader.read(in, f.getFileName().toString());
                    }
                    Golden.check(new Recognizer().recognize(doc), f);
                    return null;
                }));
            }
            for (Future<Void> d : done) {
                d.get();
            }
            assertEquals(files.size(), done.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
