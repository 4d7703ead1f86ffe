package org.xxgk.consolidate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.consolidate.Entry;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.RosterMatch;
import org.xxgk.core.consolidate.Status;
import org.xxgk.consolidate.RegionStyles.Role;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.RegionWriter;
import org.xxgk.excel.TemplateAnnex;
import org.xxgk.excel.TemplateFiller;

/**
 * The regional workbook: the official template filled with the region's sums (封面, 表二, 表三, 表四),
 * then 汇总说明, 明细, 校验, 来源, 名单核对 and 图表. The detail rows are streamed, so that ten thousand
 * agencies fit in bounded memory.
 */
public final class RegionWorkbook implements RegionWriter {

    static final String NOTES = "汇总说明";
    static final String DETAIL = "明细";
    static final String CHECKS = "校验";
    static final String SOURCES = "来源";
    static final String ROSTER = "名单核对";
    /** Rows kept in memory while streaming a sheet. */
    private static final int WINDOW = 200;

    private final Schema schema;

    public RegionWorkbook() {
        this(Schema.official());
    }

    public RegionWorkbook(Schema schema) {
        this.schema = schema;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    /**
     * Writes the whole workbook; the stream is not closed. POI writes every sheet but the rows of
     * 明细 into a temporary file, which is then copied to {@code out} with those rows streamed in
     * ({@link SheetSplice}).
     */
    @Override
    public void write(Region region, OutputStream out) throws IOException {
        XSSFWorkbook template = new TemplateFiller(schema).fill(region.summary());
        for (String annex : List.of(NOTES, DETAIL, CHECKS, SOURCES, ROSTER, RegionCharts.SHEET)) {
            TemplateAnnex.mark(template, annex);
        }
        new RegionCharts(schema).add(template, region);
        Path frame = Files.createTempFile("xxgk-region-", ".xlsx");
        try {
            SheetSplice.Rows detailRows;
            String detailPart;
            try (SXSSFWorkbook wb = new StreamingWorkbook(template, WINDOW); OutputStream o = Files.newOutputStream(frame)) {
                RegionStyles styles = new RegionStyles(wb);
                notes(wb.createSheet(NOTES), region, styles);
                detailRows = detail(wb.createSheet(DETAIL), region, styles);
                detailPart = wb.getXSSFWorkbook().getSheet(DETAIL).getPackagePart().getPartName().getName().substring(1);
                checks(wb.createSheet(CHECKS), region, styles);
                sources(wb.createSheet(SOURCES), region, styles);
                if (!region.roster().isEmpty()) {
                    roster(wb.createSheet(ROSTER), region, styles);
                }
                wb.write(o);
                wb.dispose();
            }
            SheetSplice.copy(frame, detailPart, detailRows, out);
        } finally {
            Files.deleteIfExists(frame);
        }
    }

    private void notes(Sheet sheet, Region region, RegionStyles styles) {
        int r = 0;
        r = line(sheet, r, styles.get(Role.HEADER), region.name() + region.year() + "年政府信息公开工作年度报告统计汇总");
        r = line(sheet, r, styles.get(Role.NOTE), "汇总了 " + region.counted().size() + " 个机构的报告；输入文件 "
                + region.entries().stream().map(e -> e.input().source()).distinct().count() + " 个，逐个列在“来源”表。");
        r = line(sheet, r, styles.get(Role.NOTE), "汇总口径：各表按多数报告所用的格式版本（"
                + String.join("、", region.summary().generations().entrySet().stream()
                        .map(e -> schema.requireTable(e.getKey()).name() + " " + e.getValue().id() + " 版").toList())
                + "）汇总；含义相同的单元格（指标代码相同）跨版本相加，只在另一版本中存在的单元格不与任何单元格相加，单列在下方。");
        r = line(sheet, r, styles.get(Role.NOTE), "同一机构同一年度有多份报告时只计一次：取勾稽错误最少、数据最全、发布日期最晚的一份，其余在“来源”表标为重复。");
        r = line(sheet, r, styles.get(Role.NOTE), "其他年度的报告、无法读取的文件和不是年度报告的文件不计入汇总，均在“来源”表中列明原因。");
        r++;
        if (region.others().isEmpty()) {
            line(sheet, r, styles.get(Role.NOTE), "本次汇总没有只在其他格式版本中存在的单元格。");
            sheet.setColumnWidth(0, 100 * 256);
            return;
        }
        r = line(sheet, r, styles.get(Role.HEADER), "只在其他格式版本中存在的单元格（单独合计，未并入汇总表）");
        Row head = sheet.createRow(r++);
        String[] titles = {"指标代码", "表", "格式版本", "行", "列", "合计"};
        for (int i = 0; i < titles.length; i++) {
            text(head, i, titles[i], styles.get(Role.HEADER));
        }
        for (Map.Entry<String, BigDecimal> e : region.others().entrySet()) {
            CellSpec spec = schema.findCell(e.getKey()).orElseThrow();
            Row row = sheet.createRow(r++);
            text(row, 0, spec.code(), styles.get(Role.CODE));
            text(row, 1, schema.requireTable(spec.table()).name(), styles.get(Role.TEXT));
            text(row, 2, spec.generation().id(), styles.get(Role.TEXT));
            text(row, 3, spec.rowLabel(), styles.get(Role.TEXT));
            text(row, 4, spec.columnLabel(), styles.get(Role.TEXT));
            number(row, 5, e.getValue(), styles);
        }
        widths(sheet, 28, 8, 10, 60, 30, 12);
    }

    /**
     * One row per counted agency; a row of codes and a row of labels above, frozen, with filters. The
     * sheet gets its two header rows here; the agencies' rows are returned, to be streamed into it.
     */
    private SheetSplice.Rows detail(Sheet sheet, Region region, RegionStyles styles) {
        List<String> codes = detailCodes(region);
        String[] fixed = {"机构", "年度", "来源文件", "格式版本", "状态"};
        Row codeRow = sheet.createRow(0);
        Row labelRow = sheet.createRow(1);
        for (int i = 0; i < fixed.length; i++) {
            text(codeRow, i, fixed[i], styles.get(Role.HEADER));
            text(labelRow, i, fixed[i], styles.get(Role.HEADER));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, i, i));
        }
        for (int c = 0; c < codes.size(); c++) {
            CellSpec spec = schema.findCell(codes.get(c)).orElseThrow();
            text(codeRow, fixed.length + c, spec.code(), styles.get(Role.CODE));
            text(labelRow, fixed.length + c, schema.requireTable(spec.table()).name() + "/" + spec.rowLabel()
                    + (spec.columnLabel().isEmpty() ? "" : "/" + spec.columnLabel()), styles.get(Role.HEADER));
        }
        int last = 1 + region.counted().size();
        sheet.createFreezePane(1, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, last, 0, fixed.length + codes.size() - 1));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 14 * 256);
        return new SheetSplice.Rows(new CellRangeAddress(0, last, 0, fixed.length + codes.size() - 1).formatAsString(),
                out -> detailRows(out, region, codes, fixed.length, styles));
    }

    private void detailRows(SheetRows out, Region region, List<String> codes, int first, RegionStyles styles) throws IOException {
        int text = styles.get(Role.TEXT).getIndex();
        int number = styles.get(Role.NUMBER).getIndex();
        int decimal = styles.get(Role.DECIMAL).getIndex();
        int r = 2;
        for (Entry e : region.counted()) {
            out.startRow(r++);
            out.text(0, e.report().agency() == null ? "（未识别）" : e.report().agency(), text);
            if (e.report().year() != null) {
                out.number(1, e.report().year(), 0);
            }
            out.text(2, e.input().source(), text);
            out.text(3, generations(e), text);
            out.text(4, e.status().chinese(), styles.get(e.status() == Status.ERRORS ? Role.ERROR
                    : e.status() == Status.WARNINGS || e.status() == Status.NEEDS_CHECK ? Role.WARNING : Role.TEXT).getIndex());
            Map<String, CellValue> values = e.report().values();
            for (int c = 0; c < codes.size(); c++) {
                CellValue v = values.get(codes.get(c));
                if (v != null) {
                    BigDecimal n = v.number();
                    out.number(first + c, n, isDecimal(n) ? decimal : number);
                }
            }
            out.endRow();
        }
    }

    /** Whether a number has digits after the point that are not all zeros. */
    private static boolean isDecimal(BigDecimal n) {
        return n.scale() > 0 && n.stripTrailingZeros().scale() > 0;
    }

    /** Every code any counted report has, in schema order (most are found in the first report asked). */
    private List<String> detailCodes(Region region) {
        return schema.allCodes().stream()
                .filter(code -> region.counted().stream().anyMatch(e -> e.report().values().containsKey(code))).toList();
    }

    private String generations(Entry e) {
        return String.join("；", e.report().generations().entrySet().stream()
                .map(g -> schema.requireTable(g.getKey()).name() + " " + g.getValue().id()).toList());
    }

    private void checks(Sheet sheet, Region region, RegionStyles styles) {
        String[] titles = {"机构", "文件", "严重程度", "规则", "单元格", "位置", "说明", "应为", "实为"};
        header(sheet, titles, styles);
        int r = 1;
        for (Entry e : region.counted()) {
            for (Problem p : e.report().problems()) {
                r = problemRow(sheet, r, e, p, styles);
            }
        }
        for (Region.Finding f : region.crossYear()) {
            r = problemRow(sheet, r, f.entry(), f.problem(), styles);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, titles.length - 1));
        widths(sheet, 28, 36, 8, 18, 30, 24, 80, 24, 24);
    }

    private int problemRow(Sheet sheet, int r, Entry e, Problem p, RegionStyles styles) {
        Row row = sheet.createRow(r);
        Role severity = p.severity() == Severity.ERROR ? Role.ERROR : p.severity() == Severity.WARNING ? Role.WARNING : Role.TEXT;
        text(row, 0, e == null || e.report().agency() == null ? "" : e.report().agency(), styles.get(Role.TEXT));
        text(row, 1, e == null ? "" : e.input().source(), styles.get(Role.TEXT));
        text(row, 2, p.severity().chinese(), styles.get(severity));
        text(row, 3, p.rule(), styles.get(Role.CODE));
        text(row, 4, String.join(" ", p.cells()), styles.get(Role.CODE));
        text(row, 5, p.location(), styles.get(Role.TEXT));
        text(row, 6, p.message(), styles.get(Role.TEXT));
        text(row, 7, p.expected(), styles.get(Role.TEXT));
        text(row, 8, p.actual(), styles.get(Role.TEXT));
        return r + 1;
    }

    private void sources(Sheet sheet, Region region, RegionStyles styles) {
        String[] titles = {"文件", "格式", "页数/工作表数", "状态", "说明", "机构", "年度"};
        header(sheet, titles, styles);
        int r = 1;
        for (Entry e : region.entries()) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.input().source(), styles.get(Role.TEXT));
            text(row, 1, e.format(), styles.get(Role.TEXT));
            if (e.pages() > 0) {
                row.createCell(2).setCellValue(e.pages());
            }
            Role role = switch (e.status()) {
                case FAILED, ERRORS -> Role.ERROR;
                case WARNINGS, DUPLICATE, OTHER_YEAR, NOT_A_REPORT -> Role.WARNING;
                default -> Role.TEXT;
            };
            text(row, 3, e.status().chinese(), styles.get(role));
            text(row, 4, e.detail(), styles.get(Role.TEXT));
            text(row, 5, e.report() == null || e.report().agency() == null ? "" : e.report().agency(), styles.get(Role.TEXT));
            if (e.report() != null && e.report().year() != null) {
                row.createCell(6).setCellValue(e.report().year());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, titles.length - 1));
        widths(sheet, 50, 8, 12, 16, 70, 30, 8);
    }

    private void roster(Sheet sheet, Region region, RegionStyles styles) {
        String[] titles = {"名单中的机构", "报告中的机构", "匹配方式", "相似度", "文件"};
        header(sheet, titles, styles);
        int r = 1;
        for (RosterMatch m : region.roster()) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.rosterName(), styles.get(Role.TEXT));
            Role role = m.kind() == RosterMatch.Kind.NONE ? Role.ERROR : m.kind() == RosterMatch.Kind.FUZZY ? Role.WARNING : Role.TEXT;
            text(row, 1, m.entry() == null ? "" : m.entry().report().agency(), styles.get(Role.TEXT));
            text(row, 2, m.kind().chinese(), styles.get(role));
            if (m.entry() != null) {
                row.createCell(3).setCellValue(Math.round(m.score() * 100) / 100.0);
                text(row, 4, m.entry().input().source(), styles.get(Role.TEXT));
            }
        }
        r++;
        r = line(sheet, r, styles.get(Role.HEADER), "名单外：有报告但不在名单中的机构（" + region.offRoster().size() + " 个）");
        for (Entry e : region.offRoster()) {
            Row row = sheet.createRow(r++);
            text(row, 0, "", styles.get(Role.TEXT));
            text(row, 1, e.report().agency(), styles.get(Role.WARNING));
            text(row, 2, "名单外", styles.get(Role.WARNING));
            text(row, 4, e.input().source(), styles.get(Role.TEXT));
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 30, 30, 16, 8, 50);
    }

    /** Column widths in characters, from column A on. */
    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    private static void header(Sheet sheet, String[] titles, RegionStyles styles) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            text(head, i, titles[i], styles.get(Role.HEADER));
        }
    }

    private static int line(Sheet sheet, int r, org.apache.poi.ss.usermodel.CellStyle style, String text) {
        text(sheet.createRow(r), 0, text, style);
        return r + 1;
    }

    private static void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal n, RegionStyles styles) {
        Cell c = row.createCell(column);
        c.setCellValue(n.doubleValue());
        c.setCellStyle(styles.get(isDecimal(n) ? Role.DECIMAL : Role.NUMBER));
    }

    static List<Entry> topByApplications(Region region, int n) {
        Map<Entry, BigDecimal> applications = new IdentityHashMap<>();
        region.counted().forEach(e -> applications.put(e, e.report().find("t3.new.total").orElse(BigDecimal.ZERO)));
        List<Entry> out = new ArrayList<>(region.counted());
        out.sort(Comparator.comparing((Entry e) -> applications.get(e), Comparator.reverseOrder())
                .thenComparing(e -> e.input().source()));
        return out.subList(0, Math.min(n, out.size()));
    }

}
