package org.xxgk.core.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.xxgk.core.spi.CorruptFileException;

/** What the CSV readers share: the dialect (RFC 4180, as Excel and {@code extract} write it) and its limits. */
final class CsvText {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /** Rows a CSV may have: a region's long CSV of a thousand agencies is 230,000. */
    static final long MAX_RECORDS = 5_000_000;

    private CsvText() {
    }

    /** The first record's fields, trimmed: the header, when there is one. */
    static List<String> header(String text, String source) throws CorruptFileException {
        List<String> names = new ArrayList<>();
        try (CSVParser csv = parse(text, FORMAT, source)) {
            Iterator<CSVRecord> it = csv.iterator();
            if (next(it, csv, source)) {
                it.next().forEach(f -> names.add(f.strip()));
            }
        } catch (IOException e) {
            throw broken(source, 1, e);
        }
        return names;
    }

    static CSVParser parse(String text, CSVFormat format, String source) throws CorruptFileException {
        try {
            return format.parse(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw broken(source, 1, e);
        }
    }

    /**
     * Whether the parser has another record; commons-csv reports a broken quote while looking ahead, as an
     * unchecked exception, which becomes one line naming where the parser stood.
     */
    static boolean next(Iterator<CSVRecord> it, CSVParser csv, String source) throws CorruptFileException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw broken(source, csv.getCurrentLineNumber(), e);
        }
    }

    private static CorruptFileException broken(String source, long line, Exception cause) {
        return new CorruptFileException(source, "不是有效的 CSV：第" + Math.max(1, line) + "行附近的引号不成对或字段有误", cause);
    }
}
