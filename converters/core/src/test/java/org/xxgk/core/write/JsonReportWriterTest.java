package org.xxgk.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.CellValue.Flag;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Generation;

/** The cell flags of OCR readings and the engine's confidence in the JSON; cells read as written stay as they were. */
class JsonReportWriterTest {

    @Test
    void ocrCellsSayHowSureTheEngineWas() throws IOException {
        SourceLocation page = SourceLocation.ofFile("scan.pdf").withPage(2);
        Map<String, CellValue> values = new LinkedHashMap<>();
        values.put("t3.new.natural", new CellValue(BigDecimal.valueOf(75), "75", page, Set.of(Flag.OCR), 0.9649));
        values.put("t3.new.commercial", new CellValue(BigDecimal.valueOf(8), "8", page, Set.of(Flag.OCR, Flag.UNSURE), 0.5));
        values.put("t3.new.research", new CellValue(BigDecimal.valueOf(3), "3", page, Set.of()));
        Report r = new Report("scan.pdf", "scanned-pdf", "临江市民政局", 2023, null, Map.of("t3", Generation.V2021), values, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(List.of(r), out);
        JsonNode cells = new ObjectMapper().readTree(out.toByteArray()).get("cells");

        JsonNode sure = cells.get("t3.new.natural");
        assertEquals(true, sure.get("ocr").asBoolean());
        assertFalse(sure.has("unsure"));
        assertEquals(0.96, sure.get("confidence").asDouble());
        assertEquals(2, sure.get("page").asInt());
        JsonNode unsure = cells.get("t3.new.commercial");
        assertEquals(true, unsure.get("unsure").asBoolean());
        assertEquals(0.5, unsure.get("confidence").asDouble());
        JsonNode plain = cells.get("t3.new.research");
        assertFalse(plain.has("ocr") || plain.has("unsure") || plain.has("confidence"));
        assertEquals(false, plain.get("inferred").asBoolean());
    }
}
