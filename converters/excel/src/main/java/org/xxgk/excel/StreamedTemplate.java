package org.xxgk.excel;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.xxgk.core.model.Document;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.excel.StreamedReads.Fallback;

/**
 * The fast way to read an .xlsx that is our template: the parts read as they stand
 * ({@link StreamedWorkbook}) instead of the whole workbook loaded into POI's usermodel, which costs
 * ten times more (styles, validations, conditional formats, every cell as an object). The document is
 * made by the same {@link TemplateReader} as on the usermodel path, from the same cell texts, so it is
 * the same document.
 *
 * <p>It reads only what it can answer exactly: our template (the hidden {@code xxgk} sheet), every
 * formula with its cached value, no visible sheet beyond the template's tables and cover. Anything
 * else is declined for one of the reasons {@link StreamedReads.Fallback} names — a workbook that is not
 * our template, a file written without cached values, a table whose layout was edited (its sheet must
 * be read as it stands), a sheet added, an unusual cell or package, a part that is not well-formed —
 * and the caller reads the file through the usermodel, which evaluates, reads any sheet, and names
 * what is wrong with a bad file. Nothing else is caught: a failure of any other kind is a fault of this
 * reading, not a reason to read the file another way.
 */
final class StreamedTemplate {

    /** Why the streamed reading declines a file; never shown to a user (the usermodel path reads the file). */
    static final class Unsupported extends RuntimeException {
        private final Fallback reason;

        Unsupported(Fallback reason, String why) {
            super(why, null, false, false);
            this.reason = reason;
        }

        Fallback reason() {
            return reason;
        }
    }

    /** What the streamed reading gave: a document, or why the file must be read through the usermodel. */
    record Outcome(Optional<Document> document, Fallback fallback, String why) {

        static Outcome of(Document doc) {
            return new Outcome(Optional.of(doc), null, null);
        }

        static Outcome declined(Fallback reason, String why) {
            return new Outcome(Optional.empty(), reason, why);
        }
    }

    private StreamedTemplate() {
    }

    /**
     * The document of an .xlsx that is our template as written, or the reason to read it through the
     * usermodel.
     *
     * @throws XxgkException a zip bomb, refused here as the usermodel path would refuse it
     */
    static Outcome read(byte[] bytes, String source, Schema schema) throws XxgkException {
        if (!Workbooks.isZip(bytes)) {
            return Outcome.declined(Fallback.NOT_XLSX, "not a zip");
        }
        try (StreamedWorkbook book = new StreamedWorkbook(bytes, source)) {
            return read(book, source, schema);
        } catch (Unsupported e) {
            return Outcome.declined(e.reason(), e.getMessage());
        }
    }

    private static Outcome read(StreamedWorkbook book, String source, Schema schema) {
        SortedMap<Integer, List<String>> meta = metaRows(book);
        Optional<TemplatePlan> plan = MetaSheet.generations(meta).flatMap(g -> TemplatePlan.recorded(schema, g));
        if (plan.isEmpty()) {
            return Outcome.declined(Fallback.NOT_TEMPLATE, "no xxgk sheet recording a layout of the schema");
        }
        int sheets = book.sheets().size();
        Document doc = new TemplateReader(new StreamedCells(book), source).read(plan.get(),
                MetaSheet.annexes(meta), FormatDetector.XLSX, sheets, skip -> {
                    if (book.sheets().stream().anyMatch(s -> s.visible() && !skip.contains(s.name()))) {
                        throw new Unsupported(Fallback.EDITED, "a visible sheet to read as it stands");
                    }
                    return new Document(source, FormatDetector.XLSX, List.of(), List.of(), sheets);
                });
        return Outcome.of(doc);
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
                throw new Unsupported(Fallback.UNUSUAL_CELL, "meta cell of type str");
            }
            return "";
        }
        try {
            String s = "s".equals(cell.type()) ? (cell.value() == null ? "" : book.sharedString(Integer.parseInt(cell.value())))
                    : cell.inline() != null ? StreamedWorkbook.decode(cell.inline())
                    : cell.value() != null ? StreamedWorkbook.decode(cell.value()) : "";
            return s.strip();
        } catch (NumberFormatException e) {
            throw new Unsupported(Fallback.UNUSUAL_CELL, "meta cell unreadable");
        }
    }
}
