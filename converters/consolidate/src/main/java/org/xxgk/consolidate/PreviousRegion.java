package org.xxgk.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.RegionReader;
import org.xxgk.core.spi.XxgkException;

/**
 * Last year's regional workbook, read back for the cross-year rules: the 明细 sheet that
 * {@link RegionWorkbook} writes, one agency per row under a row of codes.
 */
public final class PreviousRegion implements RegionReader {

    /** Columns before the codes in 明细: 机构, 年度, 来源文件, 格式版本, 状态. */
    private static final int FIXED_COLUMNS = 5;

    private final Schema schema;

    public PreviousRegion() {
        this(Schema.official());
    }

    public PreviousRegion(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Set<String> formats() {
        return Set.of(FormatDetector.XLSX);
    }

    @Override
    public List<Report> read(InputStream in, String source) throws XxgkException {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet detail = wb.getSheet(RegionWorkbook.DETAIL);
            if (detail == null) {
                throw new CorruptFileException(source, "不是 xxgk 生成的汇总工作簿：没有“" + RegionWorkbook.DETAIL + "”工作表");
            }
            Row codes = detail.getRow(0);
            List<Report> out = new ArrayList<>();
            for (int r = 2; r <= detail.getLastRowNum(); r++) {
                Row row = detail.getRow(r);
                if (row != null && row.getCell(0) != null) {
                    out.add(report(row, codes, schema, source));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(source, "无法读取上年汇总工作簿：" + e.getMessage(), e);
        }
    }

    private static Report report(Row row, Row codes, Schema schema, String source) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (int c = FIXED_COLUMNS; c < codes.getLastCellNum(); c++) {
            Cell code = codes.getCell(c);
            Cell value = row.getCell(c);
            if (code != null && value != null && value.getCellType() == CellType.NUMERIC) {
                values.put(code.getStringCellValue(), CellValue.of(BigDecimal.valueOf(value.getNumericCellValue()).stripTrailingZeros()));
            }
        }
        Map<String, Generation> generations = new LinkedHashMap<>();
        for (TableSpec t : schema.tables()) {
            t.generations().stream().filter(g -> values.keySet().stream().anyMatch(schema.view(t.id(), g)::contains))
                    .findFirst().ifPresent(g -> generations.put(t.id(), g));
        }
        Cell year = row.getCell(1);
        return new Report(source, "region", row.getCell(0).getStringCellValue(),
                year != null && year.getCellType() == CellType.NUMERIC ? (int) year.getNumericCellValue() : null,
                null, generations, values, List.of());
    }
}
