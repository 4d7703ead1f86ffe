package org.xxgk.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;

class MetadataTest {

    private static final List<String> SIGNED = List.of("六、其他需要报告的事项", "本机关未收取信息处理费。",
            "临江市人力资源和社会保障局", "2024年1月20日");

    private static List<String> report(String... head) {
        List<String> lines = new java.util.ArrayList<>(List.of(head));
        lines.add("一、总体情况");
        lines.addAll(SIGNED);
        return lines;
    }

    @Test
    void aTitleWrappedAfterTheCityKeepsTheCity() {
        Metadata m = Metadata.of(report("临江", "市人力资源和社会保障局2023年政府信息公开工作年度报告"));
        assertEquals("临江市人力资源和社会保障局", m.agency());
        assertEquals(2023, m.year());
        assertEquals(List.of(), m.problems());
    }

    @Test
    void aTitleWrappedInsideItsWordsIsReadOverTheLines() {
        Metadata m = Metadata.of(report("临江市人力资源和社会保障局2023年政府信息公开工作", "年度报告"));
        assertEquals("临江市人力资源和社会保障局", m.agency());
        assertEquals(2023, m.year());
    }

    @Test
    void aTitleOverThreeLines() {
        Metadata m = Metadata.of(report("临江市经济技术开发区管理委员会人力资源", "和社会保障局2023年政府信息公开工作年度", "报告"));
        assertEquals("临江市经济技术开发区管理委员会人力资源和社会保障局", m.agency());
    }

    @Test
    void aTitleStartingWithTheYearTakesTheAgencyFromTheLineAbove() {
        Metadata m = Metadata.of(report("临江市人力资源和社会保障局", "2023年政府信息公开工作年度报告"));
        assertEquals("临江市人力资源和社会保障局", m.agency());
    }

    @Test
    void aSiteNameAboveAWholeTitleIsNotPartOfTheAgency() {
        Metadata m = Metadata.of(report("临江市人民政府门户网站", "临江市人力资源和社会保障局2023年政府信息公开工作年度报告"));
        assertEquals("临江市人力资源和社会保障局", m.agency());
    }

    @Test
    void aTitlePropertyThatDisagreesIsAWarningNamingBoth() {
        Metadata m = Metadata.of(report("临江市人力资源和社会保障局2023年政府信息公开工作年度报告"),
                "临江市人力资源和社会保障局2022年政府信息公开工作年度报告");
        assertEquals(2023, m.year());
        Problem p = m.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("metadata_conflict", p.rule());
        assertTrue(p.message().contains("2023") && p.message().contains("2022"), p.message());
    }

    @Test
    void aTitlePropertyStandsInForATitleTheTextLacks() {
        Metadata m = Metadata.of(report("本报告根据《中华人民共和国政府信息公开条例》编制。"),
                "临江市人力资源和社会保障局2023年政府信息公开工作年度报告");
        assertEquals("临江市人力资源和社会保障局", m.agency());
        assertEquals(2023, m.year());
        assertEquals(List.of(), m.problems());
    }

    @Test
    void aTitlePropertyThatIsNoTitleIsIgnored() {
        Metadata m = Metadata.of(report("临江市人力资源和社会保障局2023年政府信息公开工作年度报告"), "Microsoft Word - 文档1.docx");
        assertEquals(List.of(), m.problems());
    }

    @Test
    void aCutTitleThatTheSignatureContradictsIsAWarning() {
        // A title whose city stands on a line the text lost: the signature names the whole agency.
        Metadata m = Metadata.of(report("市人力资源和社会保障局2023年政府信息公开工作年度报告"));
        assertEquals("metadata_conflict", m.problems().get(0).rule());
        assertTrue(m.problems().get(0).message().contains("临江市人力资源和社会保障局"), m.problems().get(0).message());
    }

    @Test
    void thePublisherFieldIsTrustedBelowTheTitle() {
        Metadata m = Metadata.of(report("发布机构：临江市人社局", "临江市人力资源和社会保障局2023年政府信息公开工作年度报告"));
        assertEquals("临江市人力资源和社会保障局", m.agency());
        assertEquals(1, m.problems().size());
    }

    @Test
    void aYearOrAFieldAboveTheLastDateIsNoSignature() {
        // The regional workbook's cover ends with its year and the date it was compiled.
        Metadata m = Metadata.of(List.of("临江市2023年度政府信息公开工作年度报告统计汇总", "填报单位：临江市", "报告年度：", "2023年度",
                "2026年12月2日"));
        assertEquals("临江市", m.agency());
        assertEquals(List.of(), m.problems());
        Metadata field = Metadata.of(List.of("临江市教育局2023年政府信息公开工作年度报告", "编制单位：临江市政务公开办", "2026年12月2日"));
        assertEquals(List.of(), field.problems());
    }
}
