package org.xxgk.excel;

/**
 * The fields of the template's cover: who filled it, for which year, whom to call. The labels are the
 * template's own words, not the official tables'; 填报单位（盖章） is the form the recognizer's metadata
 * reader knows from the statistics tables.
 */
enum CoverField {
    AGENCY("agency", "填报单位（盖章）："),
    YEAR("year", "报告年度："),
    CONTACT("contact", "联系人："),
    PHONE("phone", "联系电话："),
    DATE("date", "填报日期：");

    private final String key;
    private final String label;

    CoverField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }
}
