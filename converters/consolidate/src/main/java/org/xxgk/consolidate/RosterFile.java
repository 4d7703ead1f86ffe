package org.xxgk.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.text.TextDecoder;

/**
 * The list of agencies expected to report: one name per line of a text or CSV file (the first column),
 * or the first column of a workbook's first sheet. A header such as 单位名称 and blank lines are skipped.
 */
public final class RosterFile {

    private static final Set<String> HEADERS = Set.of("单位", "单位名称", "机构", "机构名称", "名称", "部门", "部门名称", "name", "agency");

    private RosterFile() {
    }

    public static List<String> read(Path file) throws XxgkException {
        String source = file.toString();
        try {
            String format = FormatDetector.installed().detect(file.getFileName().toString(), Files.readAllBytes(file));
            List<String> names = FormatDetector.XLSX.equals(format) || FormatDetector.XLS.equals(format)
                    ? fromWorkbook(file) : fromText(Files.readAllBytes(file));
            if (names.isEmpty()) {
                throw new CorruptFileException(source, "名单中没有机构名称（应为每行一个名称，或工作表第一列）");
            }
            return names;
        } catch (IOException e) {
            throw new XxgkException(source, "无法读取名单：" + e.getMessage(), e);
        }
    }

    private static List<String> fromText(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (String line : TextDecoder.decode(bytes).text().split("\\R")) {
            String first = line.split("[,\\t，]", 2)[0].replace("\"", "").strip();
            add(out, first);
        }
        return dedupe(out);
    }

    private static List<String> fromWorkbook(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() != CellType.BLANK) {
                    add(out, format.formatCellValue(c).strip());
                }
            }
        }
        return dedupe(out);
    }

    private static void add(List<String> out, String name) {
        if (!name.isEmpty() && !HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            out.add(name);
        }
    }

    private static List<String> dedupe(List<String> names) {
        return List.copyOf(new LinkedHashSet<>(names));
    }
}
