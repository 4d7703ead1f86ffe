package org.xxgk.excel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;


import org.xxgk.core.model.Document;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.FormatDetector;

/**
 * The fast way to read an .xlsx that is our template: the parts read as they stand
 * ({@link StreamedWorkbook}) instead of the whole workbook loaded into POI's usermodel, which costs
 * ten times more (styles, validations, conditional formats, every cell as an object). The document is
 * made by the same {@link TemplateReader} as on the usermodel path, from the same cell texts, so it is
 * the same document.
 *
 * <p>It reads only what it can answer exactly: our template (the hidden {@code xxgk} sheet), every
 * formula with its cached value, no visible sheet beyond the template's tables and cover. Anything
 * else — a file written without cached values, a table whose layout was edited (its sheet must be read
 * as it stands), a sheet added, a broken or foreign file — is declined, and the caller reads the file
 * through the usermodel, which evaluates, reads any sheet, and names what is wrong with a bad file.
 */
final class StreamedTemplate {

    /** Why the streamed reading declines a file; never shown to a user (the usermodel path reads the file). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private StreamedTemplate() {
    }

    /** The document of an .xlsx that is our template as written, or empty to read it through the usermodel. */
    static Optional<Document> read(byte[] bytes, String source, Schema schema) {
        if (!Workbooks.isZip(bytes)) {
            return Optional.empty();
        }
        Workbooks.limitZip();
        try {
            return read(new StreamedWorkbook(bytes), source, schema);
        } catch (Unsupported e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // Anything else the parts hold that this reading stumbles on (a relationship target that is
            // not a URI, a defined name POI's parser refuses): the usermodel path opens the file again
            // and reads it, or reports what is wrong with it in one line.
            return Optional.empty();
        }
    }

    private static Optional<Document> read(StreamedWorkbook book, String source, Schema schema) {
        SortedMap<Integer, List<String>> meta = metaRows(book);
        Optional<Map<String, Generation>> recorded = MetaSheet.generations(meta);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        int sheets = book.sheets().size();
        Document doc = new TemplateReader(new StreamedCells(book), source).read(TemplatePlan.recorded(schema, recorded.get()),
                MetaSheet.annexes(meta), FormatDetector.XLSX, sheets, skip -> {
                    if (book.sheets().stream().anyMatch(s -> s.visible() && !skip.contains(s.name()))) {
                        throw new Unsupported("a visible sheet to read as it stands");
                    }
                    return new Document(source, FormatDetector.XLSX, List.of(), List.of(), sheets);
                });
        return Optional.of(doc);
    }

    /** The hidden sheet's rows as {@link MetaSheet#rows} gives them: the text of columns A and B. */
    private static SortedMap<Integer, List<String>> metaRows(StreamedWorkbook book) {
        SortedMap<Integer, List<String>> out = new TreeMap<>();
        Optional<WorkbookFrame.SheetEntry> sheet = book.sheet(TemplatePlan.META_SHEET);
        if (sheet.isEmpty()) {
            return out;
        }
        StreamedSheet cells = book.cells(sheet.get());
        out.put(0, List.of("", ""));
        for (long key : cells.positions()) {
            int r = StreamedSheet.row(key);
            out.put(r, List.of(metaText(book, cells.cell(r, 0)), metaText(book, cells.cell(r, 1))));
        }
        return out;
    }

    /** Only text cells count, stripped (as {@link MetaSheet}). */
    private static String metaText(StreamedWorkbook book, StreamedSheet.Raw cell) {
        if (cell == null || cell.formula() || !"s".equals(cell.type()) && !"inlineStr".equals(cell.type())) {
            if (cell != null && "str".equals(cell.type()) && !cell.formula()) {
                throw new Unsupported("meta cell of type str");
            }
            return "";
        }
        try {
            String s = "s".equals(cell.type()) ? (cell.value() == null ? "" : book.sharedString(Integer.parseInt(cell.value())))
                    : cell.inline() != null ? StreamedWorkbook.decode(cell.inline())
                    : cell.value() != null ? StreamedWorkbook.decode(cell.value()) : "";
            return s.strip();
        } catch (NumberFormatException e) {
            throw new Unsupported("meta cell unreadable");
        }
    }
}
