package org.xxgk.core.consolidate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.TextDecoder;

/**
 * The list of agencies expected to report: the first column of a text or CSV file (one name a line, in
 * any charset the core decodes, quoted names with commas kept whole), or of a workbook's first sheet. A
 * header such as 单位名称 and blank lines are skipped; a name given twice counts once.
 */
public final class Roster {

    private static final Set<String> HEADERS = Set.of("单位", "单位名称", "机构", "机构名称", "名称", "部门", "部门名称", "name", "agency");

    private Roster() {
    }

    /** The names of a text or CSV roster; a line with tabs and no commas is split at tabs (copied from a sheet). */
    public static List<String> fromText(byte[] bytes, String source) throws XxgkException {
        String text = TextDecoder.require(bytes, null, source).text();
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> names = new ArrayList<>();
        try (CSVParser csv = format.parse(new StringReader(text))) {
            for (CSVRecord r : csv) {
                names.add(r.get(0));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CorruptFileException(source, "名单不是有效的 CSV：第" + (names.size() + 1) + "个名称附近的引号不成对", e);
        }
        return checked(names, source);
    }

    /** The names in the first column of a document's first table (a workbook's first sheet). */
    public static List<String> fromDocument(Document doc) throws XxgkException {
        List<String> names = new ArrayList<>();
        if (!doc.grids().isEmpty()) {
            Grid g = doc.grids().get(0);
            for (List<Cell> row : g.rows()) {
                if (!row.isEmpty() && !row.get(0).isCovered()) {
                    names.add(row.get(0).text());
                }
            }
        }
        return checked(names, doc.source());
    }

    private static List<String> checked(List<String> raw, String source) throws CorruptFileException {
        Set<String> out = new LinkedHashSet<>();
        for (String name : raw) {
            String s = name.strip();
            if (!s.isEmpty() && !HEADERS.contains(s.toLowerCase(Locale.ROOT))) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new CorruptFileException(source, "名单中没有机构名称（应为每行一个名称，或工作表第一列）");
        }
        return List.copyOf(out);
    }
}
