package org.xxgk.core.consolidate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;

/**
 * What a region's cover and 汇总说明 say about it, in Chinese sentences: what was counted, the policy for
 * broken reports, why a column does not balance. Every writer of a region (the workbook, the PDF, the web
 * workbench) says the same words from the same numbers.
 */
public final class RegionStatement {

    private final Region region;
    private final Counts counts;

    public RegionStatement(Region region) {
        this.region = region;
        this.counts = region.counts();
    }

    /** The cover's title: 临江市2023年度政府信息公开工作年度报告统计汇总. */
    public String title() {
        return region.name() + region.year() + "年度政府信息公开工作年度报告统计汇总";
    }

    /** The lines of the cover, below its fields. */
    public List<String> coverLines(LocalDate compiled) {
        List<String> out = new ArrayList<>();
        out.add(counted());
        out.add(policy());
        out.addAll(imbalances());
        if (!region.roster().isEmpty()) {
            out.add(roster());
        }
        out.add("各机构的数字见“明细”表，每个输入文件的处理结果见“来源”表，全部问题见“校验”表，汇总口径见“汇总说明”表。");
        out.add((region.office() == null ? "编制日期：" : "编制：" + region.office() + "，")
                + compiled.getYear() + "年" + compiled.getMonthValue() + "月" + compiled.getDayOfMonth() + "日");
        return out;
    }

    /** How many agencies were counted and what became of every input. */
    public String counted() {
        return "本汇总计入 " + counts.agencies() + " 个机构的 " + region.year() + " 年度报告。共 " + counts.inputs() + " 个输入（"
                + counts.files() + " 个文件）：" + counts.describe() + "；计入汇总的报告共有警告 " + counts.warnings() + " 条。";
    }

    /** The policy for reports that break an error-level rule, as chosen for this region. */
    public String policy() {
        if (region.excludeInvalid()) {
            int n = counts.of(Status.EXCLUDED);
            return "违反勾稽关系（错误级别）的报告不计入汇总" + (n == 0 ? "；本次没有这样的报告。"
                    : "，共 " + n + " 份，在“来源”表中标为“未计入”：" + excluded() + "。");
        }
        int n = counts.of(Status.ERRORS);
        return "违反勾稽关系（错误级别）的报告照常计入汇总" + (n == 0 ? "；本次没有这样的报告。"
                : "（共 " + n + " 份），汇总表因此可能不平衡；如不计入这些报告，汇总时选择“不计入违反勾稽关系的报告”。");
    }

    /** The agencies left out, each with the rules it breaks. */
    private String excluded() {
        return region.entries().stream().filter(e -> e.status() == Status.EXCLUDED)
                .map(e -> agency(e) + "（" + e.report().problems().stream().filter(p -> p.severity() == Severity.ERROR)
                        .map(RegionStatement::where).distinct().collect(Collectors.joining("、")) + "）")
                .collect(Collectors.joining("；"));
    }

    /** One line per regional column that does not balance, naming the agencies behind it; empty when all balance. */
    public List<String> imbalances() {
        List<String> out = new ArrayList<>();
        for (Region.Imbalance i : region.imbalances()) {
            Problem p = i.problem();
            String sides = p.left() != null && p.right() != null
                    ? "：左边合计 " + plain(p.left()) + "，右边合计 " + plain(p.right()) + "，相差 " + plain(p.left().subtract(p.right()).abs())
                    : "";
            String who = i.agencies().isEmpty() ? "没有哪个机构的报告本身在此处不平衡（可能是不同格式版本的报告相加所致），请核对“明细”表"
                    : "原因是以下机构的报告本身在此处不平衡：" + i.agencies().stream().map(RegionStatement::agency)
                    .collect(Collectors.joining("、"));
            out.add("汇总数" + where(p) + "不平衡" + sides + "；" + who + "。");
        }
        return out;
    }

    /** The roster's answer in one line. */
    public String roster() {
        int listed = region.roster().size();
        return "应报送名单共 " + listed + " 个机构：已报送 " + (listed - counts.notReported()) + " 个，未报送 "
                + counts.notReported() + " 个；名单外的报告 " + counts.offRoster() + " 个（见“名单核对”表）。";
    }

    private static String where(Problem p) {
        return p.location().isEmpty() ? p.rule() : p.location();
    }

    static String agency(Entry e) {
        return e.report() != null && e.report().agency() != null ? e.report().agency() : e.input().source();
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
