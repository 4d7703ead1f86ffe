package org.xxgk.html;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Golden;

/** Every page in testdata/html/ beside its expected file, read the way {@code xxgk extract} reads it. */
class HtmlGoldenTest {

    static List<Path> pages() throws Exception {
        return Golden.cases("html", "html", "htm");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsAsExpected(Path page) throws Exception {
        Golden.checkAll(Xxgk.create().read(page), page);
    }
}
