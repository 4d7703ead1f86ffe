package org.xxgk.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads .xlsx and .xls workbooks. Our own template is read by its names and layout description
 * ({@link TemplateReader}); any other workbook, and any table of ours whose layout was edited, is read
 * sheet by sheet as it stands ({@link SheetReader}) for the recognizer to find the tables in. Hidden
 * sheets are skipped: they hold lookups and old copies, not the report.
 *
 * <p>An .xlsx that is our template exactly as written (every table's layout intact, formulas with
 * their values, no other visible sheet) is streamed from its XML instead ({@link StreamedTemplate}):
 * the same document, many times faster, which is what lets a region's thousands of workbooks be
 * consolidated in seconds. Anything else goes through POI's usermodel.
 */
public final class WorkbookReader implements DocumentReader {

    private final Schema schema;

    public WorkbookReader() {
        this(Schema.official());
    }

    public WorkbookReader(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Set<String> formats() {
        return Set.of(FormatDetector.XLSX, FormatDetector.XLS);
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = Workbooks.read(in, source);
        try {
            Optional<Document> streamed = StreamedTemplate.read(bytes, source, schema);
            return streamed.isPresent() ? streamed.get() : throughUserModel(bytes, source);
        } catch (SheetReader.TooLarge e) {
            throw e.toException();
        } catch (RuntimeException | StackOverflowError e) {
            throw Workbooks.damaged(source, e);
        }
    }

    /** The workbook loaded whole by POI: any .xlsx or .xls, formulas evaluated where the file holds no values. */
    Document throughUserModel(byte[] bytes, String source) throws XxgkException, IOException {
        try (Workbook wb = Workbooks.open(bytes, source)) {
            String format = wb instanceof HSSFWorkbook ? FormatDetector.XLS : FormatDetector.XLSX;
            CellText text = new CellText(wb);
            SortedMap<Integer, List<String>> meta = MetaSheet.rows(wb);
            Optional<Map<String, Generation>> recorded = MetaSheet.generations(meta);
            if (recorded.isEmpty()) {
                return sheets(wb, text, source, format, Set.of());
            }
            return new TemplateReader(new UserModelCells(wb, text), source).read(TemplatePlan.recorded(schema, recorded.get()),
                    MetaSheet.annexes(meta), format, wb.getNumberOfSheets(), skip -> sheets(wb, text, source, format, skip));
        }
    }

    /** Every visible sheet as it stands, except those named, each sheet's content kept apart. */
    static List<SheetContent> contents(Workbook wb, CellText text, String source, Set<String> except) {
        SheetReader reader = new SheetReader(text, source);
        List<SheetContent> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i) && !except.contains(s.getSheetName())) {
                out.add(reader.read(s));
            }
        }
        return out;
    }

    private static Document sheets(Workbook wb, CellText text, String source, String format, Set<String> except) {
        List<Grid> grids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Document.Part> parts = new ArrayList<>();
        for (SheetContent c : contents(wb, text, source, except)) {
            grids.add(c.grid());
            lines.addAll(c.lines());
            parts.add(new Document.Part(c.sheet(), List.of(c.grid()), c.lines()));
        }
        // Each sheet is also offered as a part: cities keep one agency per sheet.
        return new Document(source, format, grids, lines, wb.getNumberOfSheets(), List.of(), parts);
    }
}
