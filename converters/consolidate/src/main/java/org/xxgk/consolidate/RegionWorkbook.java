package org.xxgk.consolidate;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.consolidate.RegionStyles.Role;
import org.xxgk.core.consolidate.Entry;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.RegionStatement;
import org.xxgk.core.consolidate.RosterMatch;
import org.xxgk.core.consolidate.Status;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.RegionWriter;
import org.xxgk.excel.CoverText;
import org.xxgk.excel.TemplateAnnex;
import org.xxgk.excel.TemplateFiller;

/**
 * The regional workbook: the official template filled with the region's sums under the region's own
 * cover (封面, 表二, 表三, 表四), then 汇总说明, 明细, 校验, 来源, 名单核对 and 图表, each set up to print.
 * The row sheets are streamed through POI's SXSSF, so that ten thousand agencies fit in bounded memory.
 */
public final class RegionWorkbook implements RegionWriter {

    static final String NOTES = "汇总说明";
    static final String DETAIL = "明细";
    static final String CHECKS = "校验";
    static final String SOURCES = "来源";
    static final String ROSTER = "名单核对";
    /** Rows kept in memory while streaming a sheet. */
    private static final int WINDOW = 200;
    /** The columns of 明细 before the codes. */
    private static final String[] DETAIL_FIXED = {"机构", "年度", "来源文件", "格式版本", "状态"};
    /** Width of a code's column in 明细, in characters. */
    private static final int CODE_WIDTH = 11;
    /** 明细 prints at this percentage: some eighteen codes a page across, some forty agencies down. */
    private static final int DETAIL_SCALE = 60;

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

    /** Writes the whole workbook; the stream is not closed. */
    @Override
    public void write(Region region, OutputStream out) throws IOException {
        LocalDate today = LocalDate.now();
        RegionStatement words = new RegionStatement(region);
        XSSFWorkbook template = new TemplateFiller(schema).fill(dated(region.summary(), today),
                new CoverText(words.title(), "汇总情况", words.coverLines(today)));
        for (String annex : List.of(NOTES, DETAIL, CHECKS, SOURCES, ROSTER, RegionCharts.SHEET)) {
            TemplateAnnex.mark(template, annex);
        }
        new RegionCharts(schema).add(template, region);
        template.forEach(RegionPrint::numbered);
        // The fastest deflate level: 明细 of 10,000 agencies is some 86 MB of XML, and the default level
        // took a third of the writing time (2.7 s against 1.7 s on 2 cores; 7.6 MB against 9.9 MB).
        SXSSFWorkbook wb = new SXSSFWorkbook(template, WINDOW) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream to) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(to);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
        try {
            RegionStyles styles = new RegionStyles(wb);
            notes(wb.createSheet(NOTES), region, words, styles);
            detail(wb.createSheet(DETAIL), region, styles);
            checks(wb.createSheet(CHECKS), region, styles);
            sources(wb.createSheet(SOURCES), region, styles);
            if (!region.roster().isEmpty()) {
                roster(wb.createSheet(ROSTER), region, styles);
            }
            // SXSSF closes the stream it writes to; the caller owns this one.
            wb.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The summary with the day the workbook was made as its date (the cover's 填报日期). */
    private static Report dated(Report r, LocalDate day) {
        return new Report(r.source(), r.format(), r.agency(), r.year(), day, r.generations(), r.values(), r.problems());
    }

    // ---------------------------------------------------------------- 汇总说明

    private void notes(Sheet sheet, Region region, RegionStatement words, RegionStyles styles) {
        int[] widths = {26, 6, 6, 44, 16, 10};
        widths(sheet, widths);
        int width = java.util.Arrays.stream(widths).sum();
        int r = 0;
        r = paragraph(sheet, r, widths.length, width, styles.get(Role.TITLE), words.title());
        List<String> lines = new ArrayList<>();
        lines.add(words.counted());
        lines.add(words.policy());
        lines.addAll(words.imbalances());
        lines.add("汇总口径：各表按多数报告所用的格式版本（" + String.join("、", region.summary().generations().entrySet().stream()
                .map(e -> schema.requireTable(e.getKey()).name() + " " + e.getValue().id() + " 版").toList())
                + "）汇总；含义相同的单元格（指标代码相同）跨版本相加，只在另一版本中存在的单元格不与任何单元格相加，单列在下方。");
        lines.add("同一机构同一年度有多份报告时只计一次：取勾稽错误最少、数据最全、发布日期最晚的一份，其余在“来源”表标为重复。");
        lines.add("其他年度的报告、无法读取的文件和不是年度报告的文件不计入汇总，均在“来源”表中列明原因。");
        if (!region.roster().isEmpty()) {
            lines.add(words.roster());
        }
        int n = 1;
        for (String line : lines) {
            r = paragraph(sheet, r, widths.length, width, styles.get(Role.NOTE), n++ + ". " + line);
        }
        r++;
        if (region.others().isEmpty()) {
            paragraph(sheet, r, widths.length, width, styles.get(Role.NOTE), "本次汇总没有只在其他格式版本中存在的单元格。");
        } else {
            others(sheet, r, region, widths, styles);
        }
        RegionPrint.list(sheet, false, 0);
    }

    private void others(Sheet sheet, int r, Region region, int[] widths, RegionStyles styles) {
        r = paragraph(sheet, r, widths.length, java.util.Arrays.stream(widths).sum(), styles.get(Role.SUBTITLE),
                "只在其他格式版本中存在的单元格（单独合计，未并入汇总表）");
        String[] titles = {"指标代码", "表", "版本", "行", "列", "合计"};
        Row head = sheet.createRow(r++);
        for (int i = 0; i < titles.length; i++) {
            text(head, i, titles[i], styles.get(Role.HEADER));
        }
        for (Map.Entry<String, BigDecimal> e : region.others().entrySet()) {
            CellSpec spec = schema.findCell(e.getKey()).orElseThrow();
            Row row = sheet.createRow(r++);
            text(row, 0, spec.code(), styles.get(Role.CODE));
            text(row, 1, schema.requireTable(spec.table()).name(), styles.get(Role.TEXT));
            text(row, 2, spec.generation().id(), styles.get(Role.TEXT));
            text(row, 3, spec.rowLabel(), styles.get(Role.WRAPPED));
            text(row, 4, spec.columnLabel(), styles.get(Role.WRAPPED));
            number(row, 5, e.getValue(), styles);
            fit(row, widths, "", "", "", spec.rowLabel(), spec.columnLabel());
        }
    }

    /** A line of text merged across the sheet's columns, its row as high as its wrapped lines need. */
    private static int paragraph(Sheet sheet, int r, int columns, int width, CellStyle style, String text) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns; c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        row.setHeightInPoints(Heights.points(Heights.lines(text, width * 0.95)) + (style.getFontIndex() > 0 ? 6 : 0));
        return r + 1;
    }

    // ---------------------------------------------------------------- 明细

    /** One row per counted agency under a row of codes and a row of labels, frozen, with filters. */
    private void detail(Sheet sheet, Region region, RegionStyles styles) {
        List<String> codes = detailCodes(region);
        int first = DETAIL_FIXED.length;
        Row codeRow = sheet.createRow(0);
        Row labelRow = sheet.createRow(1);
        int lines = 1;
        for (int i = 0; i < first; i++) {
            text(codeRow, i, DETAIL_FIXED[i], styles.get(Role.HEADER));
            text(labelRow, i, DETAIL_FIXED[i], styles.get(Role.HEADER));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, i, i));
        }
        for (int c = 0; c < codes.size(); c++) {
            CellSpec spec = schema.findCell(codes.get(c)).orElseThrow();
            String label = schema.requireTable(spec.table()).name() + "/" + spec.rowLabel()
                    + (spec.columnLabel().isEmpty() ? "" : "/" + spec.columnLabel());
            text(codeRow, first + c, spec.code(), styles.get(Role.CODE_HEADER));
            text(labelRow, first + c, label, styles.get(Role.HEADER));
            lines = Math.max(lines, Heights.lines(label, CODE_WIDTH));
            sheet.setColumnWidth(first + c, CODE_WIDTH * 256);
        }
        codeRow.setHeightInPoints(Heights.points(3));
        labelRow.setHeightInPoints(Heights.points(lines));
        int text = 0;
        int r = 2;
        for (Entry e : region.counted()) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.report().agency() == null ? "（未识别）" : e.report().agency(), styles.get(Role.TEXT));
            if (e.report().year() != null) {
                row.createCell(1).setCellValue(e.report().year());
            }
            text(row, 2, e.input().source(), styles.get(Role.TEXT));
            text(row, 3, generations(e), styles.get(Role.TEXT));
            text(row, 4, e.status().chinese(), styles.get(statusRole(e.status())));
            Map<String, CellValue> values = e.report().values();
            for (int c = 0; c < codes.size(); c++) {
                CellValue v = values.get(codes.get(c));
                if (v != null) {
                    number(row, first + c, v.number(), styles);
                }
            }
            text = Math.max(text, e.input().source().length());
        }
        int last = Math.max(1, r - 1);
        sheet.createFreezePane(1, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, last, 0, first + codes.size() - 1));
        widths(sheet, 24, 6, Math.min(40, Math.max(12, text / 2 + 2)), 16, 10);
        RegionPrint.wide(sheet, 2, DETAIL_SCALE);
    }

    /** Every code any counted report has, in schema order. */
    private List<String> detailCodes(Region region) {
        return schema.allCodes().stream()
                .filter(code -> region.counted().stream().anyMatch(e -> e.report().values().containsKey(code))).toList();
    }

    private String generations(Entry e) {
        return String.join("；", e.report().generations().entrySet().stream()
                .map(g -> schema.requireTable(g.getKey()).name() + " " + g.getValue().id()).toList());
    }

    // ---------------------------------------------------------------- 校验

    private void checks(Sheet sheet, Region region, RegionStyles styles) {
        String[] titles = {"机构", "文件", "严重程度", "规则", "表", "单元格", "原文位置", "说明", "左边", "右边"};
        int[] widths = {20, 24, 6, 14, 6, 22, 18, 56, 8, 8};
        header(sheet, titles, styles);
        int r = 1;
        for (Entry e : region.counted()) {
            for (Problem p : e.report().problems()) {
                r = problemRow(sheet, r, e, p, widths, styles);
            }
        }
        for (Entry e : region.entries()) {
            if (e.status() == Status.EXCLUDED) {
                for (Problem p : e.report().problems()) {
                    r = problemRow(sheet, r, e, p, widths, styles);
                }
            }
        }
        for (Region.Finding f : region.crossYear()) {
            r = problemRow(sheet, r, f.entry(), f.problem(), widths, styles);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, titles.length - 1));
        widths(sheet, widths);
        RegionPrint.list(sheet, true, 1);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }

    private int problemRow(Sheet sheet, int r, Entry e, Problem p, int[] widths, RegionStyles styles) {
        Row row = sheet.createRow(r);
        Role severity = p.severity() == Severity.ERROR ? Role.ERROR : p.severity() == Severity.WARNING ? Role.WARNING : Role.TEXT;
        String agency = e == null || e.report().agency() == null ? "" : e.report().agency();
        String file = e == null ? "" : e.input().source();
        String table = p.table() == null ? "" : schema.requireTable(p.table()).name();
        String cells = String.join(" ", p.cells());
        String where = place(p);
        text(row, 0, agency, styles.get(Role.WRAPPED));
        text(row, 1, file, styles.get(Role.WRAPPED));
        text(row, 2, p.severity().chinese(), styles.get(severity));
        text(row, 3, p.rule(), styles.get(Role.CODE));
        text(row, 4, table, styles.get(Role.WRAPPED));
        text(row, 5, cells, styles.get(Role.WRAPPED));
        text(row, 6, where, styles.get(Role.WRAPPED));
        text(row, 7, p.message(), styles.get(Role.WRAPPED));
        if (p.left() != null) {
            number(row, 8, p.left(), styles);
        }
        if (p.right() != null) {
            number(row, 9, p.right(), styles);
        }
        fit(row, widths, agency, file, "", p.rule(), table, cells, where, p.message());
        return r + 1;
    }

    /** Where a problem shows in its source: the structured place (page, sheet, cell) and the words of the table's row or column. */
    private static String place(Problem p) {
        String at = p.where() == null ? "" : p.where().describe();
        if (at.isEmpty() || p.location().contains(at)) {
            return p.location();
        }
        return p.location().isEmpty() ? at : at + "，" + p.location();
    }

    // ---------------------------------------------------------------- 来源

    private void sources(Sheet sheet, Region region, RegionStyles styles) {
        String[] titles = {"文件", "格式", "页数/工作表数", "状态", "说明", "机构", "年度"};
        int[] widths = {36, 7, 8, 14, 52, 24, 6};
        header(sheet, titles, styles);
        int r = 1;
        for (Entry e : region.entries()) {
            Row row = sheet.createRow(r++);
            String agency = e.report() == null || e.report().agency() == null ? "" : e.report().agency();
            text(row, 0, e.input().source(), styles.get(Role.WRAPPED));
            text(row, 1, e.format(), styles.get(Role.WRAPPED));
            if (e.pages() > 0) {
                row.createCell(2).setCellValue(e.pages());
            }
            text(row, 3, e.status().chinese(), styles.get(statusRole(e.status())));
            text(row, 4, e.detail(), styles.get(Role.WRAPPED));
            text(row, 5, agency, styles.get(Role.WRAPPED));
            if (e.report() != null && e.report().year() != null) {
                row.createCell(6).setCellValue(e.report().year());
            }
            fit(row, widths, e.input().source(), "", "", e.status().chinese(), e.detail(), agency);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, titles.length - 1));
        widths(sheet, widths);
        RegionPrint.list(sheet, true, 1);
    }

    private static Role statusRole(Status s) {
        return switch (s) {
            case FAILED, ERRORS, EXCLUDED -> Role.ERROR;
            case WARNINGS, NEEDS_CHECK, DUPLICATE, OTHER_YEAR, NOT_A_REPORT -> Role.WARNING;
            default -> Role.TEXT;
        };
    }

    // ---------------------------------------------------------------- 名单核对

    private void roster(Sheet sheet, Region region, RegionStyles styles) {
        String[] titles = {"名单中的机构", "报告中的机构", "匹配方式", "相似度", "文件"};
        int[] widths = {24, 24, 14, 7, 40};
        header(sheet, titles, styles);
        int r = 1;
        for (RosterMatch m : region.roster()) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.rosterName(), styles.get(Role.WRAPPED));
            Role role = m.kind() == RosterMatch.Kind.NONE ? Role.ERROR : m.kind() == RosterMatch.Kind.FUZZY ? Role.WARNING : Role.TEXT;
            text(row, 1, m.entry() == null ? "" : m.entry().report().agency(), styles.get(Role.WRAPPED));
            text(row, 2, m.kind().chinese(), styles.get(role));
            if (m.entry() != null) {
                row.createCell(3).setCellValue(Math.round(m.score() * 100) / 100.0);
                text(row, 4, m.entry().input().source(), styles.get(Role.WRAPPED));
                fit(row, widths, m.rosterName(), m.entry().report().agency(), "", "", m.entry().input().source());
            }
        }
        r++;
        Row title = sheet.createRow(r++);
        text(title, 0, "名单外：有报告但不在名单中的机构（" + region.offRoster().size() + " 个）", styles.get(Role.SUBTITLE));
        sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, titles.length - 1));
        for (Entry e : region.offRoster()) {
            Row row = sheet.createRow(r++);
            text(row, 0, "", styles.get(Role.WRAPPED));
            text(row, 1, e.report().agency(), styles.get(Role.WARNING));
            text(row, 2, "名单外", styles.get(Role.WARNING));
            text(row, 4, e.input().source(), styles.get(Role.WRAPPED));
            fit(row, widths, "", e.report().agency(), "", "", e.input().source());
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, widths);
        RegionPrint.list(sheet, false, 1);
    }

    // ---------------------------------------------------------------- cells

    /** Column widths in characters, from column A on. */
    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Makes a row as high as the longest of its wrapped texts needs (texts by column, from A). */
    private static void fit(Row row, int[] widths, String... texts) {
        int lines = 1;
        for (int i = 0; i < texts.length && i < widths.length; i++) {
            lines = Math.max(lines, Heights.lines(texts[i], widths[i]));
        }
        if (lines > 1) {
            row.setHeightInPoints(Heights.points(lines));
        }
    }

    private static void header(Sheet sheet, String[] titles, RegionStyles styles) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            text(head, i, titles[i], styles.get(Role.HEADER));
        }
        head.setHeightInPoints(Heights.points(2));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal n, RegionStyles styles) {
        Cell c = row.createCell(column);
        c.setCellValue(n.doubleValue());
        c.setCellStyle(styles.get(isDecimal(n) ? Role.DECIMAL : Role.NUMBER));
    }

    /** Whether a number has digits after the point that are not all zeros. */
    private static boolean isDecimal(BigDecimal n) {
        return n.scale() > 0 && n.stripTrailingZeros().scale() > 0;
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
