package org.xxgk.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.model.Report;
import org.xxgk.core.spi.ReportWriter;

/**
 * {@code extract --format xlsx}: the report in the official template, filled by {@link TemplateFiller}.
 * One report per workbook.
 */
public final class XlsxReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public boolean singleReport() {
        return true;
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        if (reports.size() != 1) {
            throw new IllegalArgumentException("xlsx holds one report, got " + reports.size());
        }
        try (XSSFWorkbook wb = TemplateFiller.official().fill(reports.get(0))) {
            wb.write(out);
        }
    }
}
