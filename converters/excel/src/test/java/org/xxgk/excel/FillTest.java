package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** Filling by code: every code has its own cell, mixed generations keep every table, no reported number is lost. */
class FillTest {

    @Test
    void everyCodeHasItsOwnValidName() {
        Set<String> names = new HashSet<>();
        for (String code : Schema.official().allCodes()) {
            String name = Names.ofCode(code);
            assertTrue(name.matches("[A-Za-z_][A-Za-z0-9_]*"), name);
            assertTrue(names.add(name), "two codes share the name " + name);
        }
    }

    @Test
    void mixedGenerationsKeepEachTableInItsOwn() throws Exception {
        Report r2021 = new RandomReports(5).next(Generation.V2021);
        Report r2019 = new RandomReports(6).next(Generation.V2019);
        Map<String, CellValue> values = new LinkedHashMap<>();
        r2021.values().forEach((k, v) -> {
            if (!k.startsWith("t3.")) {
                values.put(k, v);
            }
        });
        r2019.values().forEach((k, v) -> {
            if (k.startsWith("t3.")) {
                values.put(k, v);
            }
        });
        Map<String, Generation> generations = new LinkedHashMap<>(r2021.generations());
        generations.put("t3", Generation.V2019);
        Report mixed = new Report("mixed", "data", r2021.agency(), r2021.year(), null, generations, values, List.of());
        Report back = Excel.report(Excel.bytes(TemplateFiller.official().fill(mixed)), "mixed.xlsx");
        assertEquals(Golden.numbers(values), Golden.numbers(back.values()));
        assertEquals(Generation.V2021, back.generations().get("t2"));
        assertEquals(Generation.V2019, back.generations().get("t3"));
    }

    @Test
    void aTotalThatIsNotTheSumKeepsTheReportsNumberInRed() throws Exception {
        Report valid = new RandomReports(9).next(Generation.V2021);
        Map<String, CellValue> values = new LinkedHashMap<>(valid.values());
        BigDecimal reported = valid.find("t3.granted.total").orElseThrow().add(BigDecimal.valueOf(5));
        values.put("t3.granted.total", CellValue.of(reported));
        Report broken = new Report("broken", "data", valid.agency(), valid.year(), null, valid.generations(), values, List.of());
        XSSFWorkbook wb = TemplateFiller.official().fill(broken);
        Cell cell = new NamedCells(wb).find(Names.ofCode("t3.granted.total")).orElseThrow().cell().orElseThrow();
        assertEquals(CellType.NUMERIC, cell.getCellType(), "the report's number replaces the formula");
        assertNotNull(cell.getCellComment(), "with a comment giving both numbers");
        Report back = Excel.report(Excel.bytes(wb), "broken.xlsx");
        assertEquals(Golden.numbers(values), Golden.numbers(back.values()));
        assertTrue(back.problems().stream().anyMatch(p -> p.rule().equals("t3.row_total")), back.problems()::toString);
    }
}
