package org.xxgk.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
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
        try (Workbook wb = Workbooks.open(in, source)) {
            String format = wb instanceof HSSFWorkbook ? FormatDetector.XLS : FormatDetector.XLSX;
            CellText text = new CellText(wb);
            Optional<Map<String, Generation>> recorded = MetaSheet.read(wb);
            return recorded.isPresent()
                    ? template(wb, TemplatePlan.recorded(schema, recorded.get()), text, source, format)
                    : sheets(wb, text, source, format, Set.of());
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

    private Document template(Workbook wb, TemplatePlan plan, CellText text, String source, String format) {
        NamedCells names = new NamedCells(wb);
        TemplateReader reader = new TemplateReader(names, text, source);
        List<Grid> grids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        for (SheetPlan s : plan.sheets()) {
            List<String> differences = reader.differences(s);
            if (differences.isEmpty()) {
                grids.add(reader.grid(s));
                names.find(Names.ofArea(s.table().id())).ifPresent(t -> exact.add(t.sheet().getSheetName()));
            } else {
                problems.add(Problem.of(Severity.WARNING, "template.layout_changed", List.of(), "工作表“" + s.sheetName() + "”",
                        TemplateReader.note(s, differences)));
            }
        }
        List<String> lines = new ArrayList<>(reader.coverLines());
        Set<String> skip = new HashSet<>(exact);
        skip.addAll(MetaSheet.annexes(wb));
        if (!lines.isEmpty()) {
            skip.add(TemplatePlan.COVER_SHEET);
        }
        Document rest = sheets(wb, text, source, format, skip);
        grids.addAll(rest.grids());
        lines.addAll(rest.lines());
        return new Document(source, format, grids, lines, wb.getNumberOfSheets(), problems);
    }
}
