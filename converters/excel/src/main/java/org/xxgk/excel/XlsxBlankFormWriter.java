package org.xxgk.excel;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.schema.Generation;
import org.xxgk.core.spi.BlankFormWriter;

/** {@code xxgk template}: the blank official template of a generation, as {@link TemplateWriter} lays it out. */
public final class XlsxBlankFormWriter implements BlankFormWriter {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void write(Generation generation, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = TemplateWriter.official().blank(generation)) {
            wb.write(out);
        }
    }
}
