package org.xxgk.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.CellLines;
import org.xxgk.core.text.TextDecoder;

/**
 * A CSV that is a table saved from a spreadsheet (Excel's 另存为 CSV, in GBK or UTF-8), not the toolkit's
 * data: one grid whose cells keep their places (a merged cell's text stands in its first field, the
 * covered ones are empty), each cell located by line and by its spreadsheet reference ({@code B7}),
 * and the cells' text as lines for the title and signature, as a workbook's sheet gives them.
 */
public final class CsvTableReader implements DocumentReader {

    /** Fields a record may have: an official table has fewer than twenty columns. */
    static final int MAX_FIELDS = 256;

    @Override
    public Set<String> formats() {
        return Set.of(FormatDetector.CSV);
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        String text = TextDecoder.require(in.readAllBytes(), null, source).text();
        List<List<Cell>> rows = new ArrayList<>();
        CellLines lines = new CellLines();
        SourceLocation file = SourceLocation.ofFile(source);
        try (CSVParser csv = CsvText.parse(text, CsvText.FORMAT, source)) {
            Iterator<CSVRecord> it = csv.iterator();
            while (CsvText.next(it, csv, source)) {
                CSVRecord r = it.next();
                if (rows.size() >= CsvText.MAX_RECORDS || r.size() > MAX_FIELDS) {
                    throw new CorruptFileException(source, "第" + csv.getCurrentLineNumber() + "行：CSV 的行数或列数超出上限（至多 "
                            + MAX_FIELDS + " 列）");
                }
                int row = rows.size() + 1;
                int line = (int) Math.min(Integer.MAX_VALUE, csv.getCurrentLineNumber());
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < r.size(); c++) {
                    cells.add(Cell.of(r.get(c), file.withLine(line).withCell(row, c + 1, ref(row, c))));
                    lines.add(r.get(c));
                }
                rows.add(cells);
                lines.endRow();
            }
        }
        if (rows.isEmpty()) {
            throw new CorruptFileException(source, "CSV 中没有任何内容");
        }
        return new Document(source, FormatDetector.CSV, List.of(new Grid(rows, true)), lines.lines(), 0);
    }

    /** The spreadsheet reference of a 1-based row and a 0-based column: {@code A1}, {@code AB12}. */
    static String ref(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }
}
