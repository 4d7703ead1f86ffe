package org.xxgk.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaTest {

    private final Schema schema = Schema.official();

    @ParameterizedTest(name = "{0} {1} has {2} cells")
    @CsvSource({"t2,2021,10", "t3,2021,175", "t4,2021,15", "t3,2019,161", "t4,2019,15", "t2,2019,22", "legacy,legacy,58"})
    void cellCountsMatchTheOfficialFormats(String table, String generation, int cells) {
        assertEquals(cells, schema.view(table, Generation.require(generation)).cells().size());
    }

    @Test
    void codesFollowTheContract() {
        TableView t3 = schema.view("t3", Generation.V2021);
        assertEquals("t3.new.natural", t3.cells().get(0).code());
        assertEquals("t3.carried_out.total", t3.cells().get(t3.cells().size() - 1).code());
        assertTrue(t3.contains("t3.other_3.legal_service"));
        assertFalse(t3.contains("t3.other.natural"));
        assertTrue(schema.view("t3", Generation.V2019).contains("t3.other.natural"));
        assertEquals(List.of("t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending", "t4.review.total"),
                schema.view("t4", Generation.V2021).cells().subList(0, 5).stream().map(CellSpec::code).toList());
        assertTrue(schema.view("t2", Generation.V2019).contains("t2.procurement.amount"));
        assertTrue(schema.view("legacy", Generation.LEGACY).contains("l3.answered.denied.not_gov_info"));
    }

    @Test
    void codesAreUniqueWithinEveryView() {
        for (TableSpec t : schema.tables()) {
            for (Generation g : t.generations()) {
                List<CellSpec> cells = schema.view(t.id(), g).cells();
                Set<String> codes = new HashSet<>();
                cells.forEach(c -> assertTrue(codes.add(c.code()), "duplicate " + c.code()));
            }
        }
    }

    @Test
    void cellsCarryUnitsTypesAndLabelPaths() {
        CellSpec fees = schema.view("t2", Generation.V2021).find("t2.fees.amount").orElseThrow();
        assertEquals("万元", fees.unit());
        assertEquals(ValueType.AMOUNT, fees.type());
        assertEquals(ValueType.SIGNED, schema.view("t2", Generation.V2019).find("t2.licensing.change").orElseThrow().type());
        CellSpec secret = schema.view("t3", Generation.V2021).find("t3.withheld_1.commercial").orElseThrow();
        assertEquals("三、本年度办理结果/（三）不予公开/1.属于国家秘密", secret.rowLabel());
        assertEquals("申请人情况/法人或其他组织/商业企业", secret.columnLabel());
        assertEquals("第二十条第（一）项/规章", schema.view("t2", Generation.V2021).find("t2.rules.issued").orElseThrow().rowLabel());
        assertEquals("人次", schema.view("legacy", Generation.LEGACY).find("l9.trainees").orElseThrow().unit());
    }

    @Test
    void everyRuleNamesATableThatExists() {
        schema.rules().forEach(r -> assertTrue(schema.findTable(r.table()).isPresent(), r.id()));
    }
}
