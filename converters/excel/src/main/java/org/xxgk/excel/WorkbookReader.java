package org.xxgk.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.CorruptFileException;
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
 * consolidated in seconds. Anything else goes through POI's usermodel, counted by reason in
 * {@link StreamedReads}.
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
            StreamedTemplate.Outcome streamed = StreamedTemplate.read(bytes, source, schema);
            if (streamed.document().isPresent()) {
                StreamedReads.countStreamed();
                return streamed.document().get();
            }
            StreamedReads.count(streamed.fallback());
            return throughUserModel(bytes, source);
        } catch (SheetReader.TooLarge e) {
            throw e.toException();
        } catch (RuntimeException | StackOverflowError e) {
            throw Workbooks.damaged(source, e);
        }
    }

    /** The workbook loaded whole by POI: any .xlsx or .xls, formulas evaluated where the file holds no values. */
    Document throughUserModel(byte[] bytes, String source) throws XxgkException, IOException {
        try (Workbook wb = Workbooks.open(bytes, source)) {
            return throughUserModel(wb, source);
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // What POI throws, as it opens a workbook, on content it finds broken only when it reads it:
            // XMLBeans checks a value's type when asked for it (a cell type t="0", a boolean "t'ue"), a cell
            // whose value does not fit its type refuses to give it.
            throw new CorruptFileException(source, "工作簿已损坏：其中有不合规的内容（如单元格的类型与值不符），请在 Excel 或 WPS 中打开并另存后再读取", e);
        }
    }

    private Document throughUserModel(Workbook wb, String source) {
        String format = wb instanceof HSSFWorkbook ? FormatDetector.XLS : FormatDetector.XLSX;
        CellText text = new CellText(wb);
        SortedMap<Integer, List<String>> meta = MetaSheet.rows(wb);
        Optional<TemplatePlan> plan = MetaSheet.generations(meta).flatMap(g -> TemplatePlan.recorded(schema, g));
        Document doc = plan.isEmpty() ? sheets(wb, text, source, format, Set.of())
                : new TemplateReader(new UserModelCells(wb, text), source).read(plan.get(),
                        MetaSheet.annexes(meta), format, wb.getNumberOfSheets(), skip -> sheets(wb, text, source, format, skip));
        return withProblems(doc, text.problems());
    }

    /** The document with the formulas that could not be evaluated named among its problems. */
    private static Document withProblems(Document doc, List<Problem> more) {
        if (more.isEmpty()) {
            return doc;
        }
        List<Problem> all = new ArrayList<>(doc.problems());
        all.addAll(more);
        return new Document(doc.source(), doc.format(), doc.grids(), doc.lines(), doc.pages(), all, doc.parts());
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
