package org.xxgk.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows streamed into a sheet POI wrote read back through POI as the cells they were written as. */
class SheetSpliceTest {

    @TempDir
    Path dir;

    @Test
    void streamedRowsReadBackThroughPoi() throws IOException {
        Path frame = frame();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetSplice.copy(frame, "xl/worksheets/sheet1.xml", new SheetSplice.Rows("A1:D3", rows -> {
            rows.startRow(1);
            rows.text(0, "临江市<住建局> & “办公室”", 0);
            rows.text(1, "  两端空格 ", 0);
            rows.text(2, "控制\u0001字符\r\n换行\uD83D\uDE00孤\uD800", 0);
            rows.number(3, new BigDecimal("251000"), 0);
            rows.endRow();
            rows.startRow(2);
            rows.number(0, new BigDecimal("12.50"), 0);
            rows.number(1, new BigDecimal("-3"), 0);
            rows.number(2, new BigDecimal("1E+3"), 0);
            rows.number(3, 2024L, 0);
            rows.endRow();
        }), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet("明细");
            assertEquals("机构", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("临江市<住建局> & “办公室”", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("  两端空格 ", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("控制字符\r\n换行\uD83D\uDE00孤", s.getRow(1).getCell(2).getStringCellValue());
            assertEquals(251000, s.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(12.5, s.getRow(2).getCell(0).getNumericCellValue());
            assertEquals(-3, s.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(1000, s.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(2).getCell(3).getCellType());
            assertEquals("A1:D3", s.getCTWorksheet().getDimension().getRef());
            assertEquals(2, s.getLastRowNum());
        }
    }

    @Test
    void aSheetPartThatIsNotThereIsAnError() throws IOException {
        Path frame = frame();
        assertThrows(IllegalStateException.class, () -> SheetSplice.copy(frame, "xl/worksheets/sheet9.xml",
                new SheetSplice.Rows("A1", rows -> { }), OutputStream.nullOutputStream()));
    }

    private Path frame() throws IOException {
        Path frame = dir.resolve("frame.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(frame)) {
            wb.createSheet("明细").createRow(0).createCell(0).setCellValue("机构");
            wb.write(o);
        }
        return frame;
    }
}
