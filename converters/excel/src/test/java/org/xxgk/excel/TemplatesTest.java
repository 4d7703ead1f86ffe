package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.Golden;

/**
 * The templates checked in under {@code templates/} are what the code generates. After a deliberate
 * change, regenerate them with {@code mvn -pl converters/excel -am test -Dtest=TemplatesTest
 * -Dxxgk.updateTemplates=true} (or {@code ./xxgk template --generation G -o templates/… --force}).
 */
class TemplatesTest {

    static Path checkedIn(Generation g) {
        return Golden.testdata().resolveSibling("templates").resolve("xxgk-template-" + g.id() + ".xlsx");
    }

    @ParameterizedTest
    @EnumSource(value = Generation.class, names = {"V2021", "V2019"})
    void checkedInTemplateIsWhatTheCodeGenerates(Generation g) throws IOException {
        Path file = checkedIn(g);
        if (Boolean.getBoolean("xxgk.updateTemplates")) {
            Files.createDirectories(file.getParent());
            try (Workbook wb = TemplateWriter.official().blank(g); OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertTrue(Files.exists(file), file + " is missing: regenerate with -Dxxgk.updateTemplates=true");
        try (Workbook fresh = TemplateWriter.official().blank(g); InputStream in = Files.newInputStream(file);
             Workbook stored = WorkbookFactory.create(in)) {
            assertEquals(String.join("\n", Fingerprint.of(fresh)), String.join("\n", Fingerprint.of(stored)),
                    file + " differs from the generated template: regenerate it (see this test's Javadoc)");
        }
    }
}
