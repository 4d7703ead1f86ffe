package org.xxgk.consolidate;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.core.consolidate.Entry;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;

/**
 * The 图表 sheet: the region's applications by applicant type and by outcome, and the ten agencies
 * with most applications, as native Excel charts over data written beside them (no images).
 */
final class RegionCharts {

    static final String SHEET = "图表";
    private static final int CHART_ROWS = 18;

    private final Schema schema;

    RegionCharts(Schema schema) {
        this.schema = schema;
    }

    /** Adds the sheet to the (non-streaming) workbook; does nothing when the region has no 表三. */
    void add(XSSFWorkbook wb, Region region) {
        Generation g = region.summary().generations().get("t3");
        if (g == null) {
            return;
        }
        TableView t3 = schema.view("t3", g);
        XSSFSheet sheet = wb.createSheet(SHEET);
        sheet.setColumnWidth(0, 40 * 256);
        // Printed landscape and one page wide, so that each chart stays beside its numbers.
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int r = 0;
        List<Bar> applicants = t3.columns().stream().filter(c -> !c.key().equals("total"))
                .map(c -> new Bar(c.path().get(c.path().size() - 1), value(region, t3.code("new", c.key())))).toList();
        r = block(sheet, r, "本年新收申请数量（按申请人类型）", largestFirst(applicants));
        List<Bar> outcomes = t3.rows().stream().filter(x -> !List.of("new", "carried_in", "total", "carried_out").contains(x.key()))
                .map(x -> new Bar(outcomeLabel(x), value(region, t3.code(x.key(), "total")))).toList();
        r = block(sheet, r, "本年度办理结果（各项总计）", largestFirst(outcomes));
        List<Bar> top = RegionWorkbook.topByApplications(region, 10).stream()
                .map(e -> new Bar(e.report().agency() == null ? e.input().source() : e.report().agency(),
                        e.report().find("t3.new.total").orElse(BigDecimal.ZERO))).toList();
        block(sheet, r, "本年新收申请数量最多的十个机构", top);
    }

    /** One bar: its category's label and its number. */
    private record Bar(String label, BigDecimal value) {
    }

    /** Bars by their numbers, largest first; equal numbers keep the table's order. */
    private static List<Bar> largestFirst(List<Bar> bars) {
        return bars.stream().sorted(java.util.Comparator.comparing(Bar::value).reversed()).toList();
    }

    /** An outcome's label with its heading when it has one: （三）不予公开·1.属于国家秘密. */
    private static String outcomeLabel(TableView.Row row) {
        List<String> path = row.path();
        return path.size() > 2 ? path.get(path.size() - 2) + "·" + path.get(path.size() - 1) : row.node().label();
    }

    private static BigDecimal value(Region region, String code) {
        return region.summary().find(code).orElse(BigDecimal.ZERO);
    }

    /**
     * Writes the data in columns A and B and a bar chart beside it, as tall as its bars need (a row and a
     * half each, so that every category's label shows); returns the next free row.
     */
    private static int block(XSSFSheet sheet, int top, String title, List<Bar> bars) {
        sheet.createRow(top).createCell(0).setCellValue(title);
        for (int i = 0; i < bars.size(); i++) {
            Row row = sheet.createRow(top + 1 + i);
            row.createCell(0).setCellValue(bars.get(i).label());
            row.createCell(1).setCellValue(bars.get(i).value().doubleValue());
        }
        int height = Math.max(CHART_ROWS, bars.size() * 3 / 2 + 4);
        if (!bars.isEmpty()) {
            chart(sheet, title, top + 1, top + bars.size(), height);
        }
        return top + Math.max(bars.size() + 2, height + 2);
    }

    private static void chart(XSSFSheet sheet, String title, int first, int last, int height) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, first - 1, 13, first - 1 + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // One series: its name says nothing the title does not, so no legend.
        chart.deleteLegend();
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // The first (largest) category at the top, the value axis below the last one.
        categories.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);
        values.setMinimum(0);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, numbers);
        series.setTitle("件数", null);
        // An explicit fill: without one some spreadsheet programs draw the bars invisible.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }
}
