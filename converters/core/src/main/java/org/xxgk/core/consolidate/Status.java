package org.xxgk.core.consolidate;

/** What became of one input in a consolidation, as the 来源 sheet shows it. */
public enum Status {
    OK("正常"),
    WARNINGS("有警告"),
    /** Some value was inferred (a guessed column, an uncertain reading): summed, but to be checked against the source. */
    NEEDS_CHECK("需核实"),
    ERRORS("违反勾稽关系"),
    /** Broke an error-level rule and was left out of the sums, by the user's choice ({@code --exclude-invalid}). */
    EXCLUDED("未计入（违反勾稽关系）"),
    DUPLICATE("重复（只计一次）"),
    OTHER_YEAR("其他年度（未汇总）"),
    NOT_A_REPORT("不是年度报告"),
    FAILED("无法读取");

    private final String chinese;

    Status(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Whether the report's numbers are in the region's sums. */
    public boolean counted() {
        return this == OK || this == WARNINGS || this == NEEDS_CHECK || this == ERRORS;
    }
}
