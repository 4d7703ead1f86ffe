package org.xxgk.core.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;

/**
 * A consolidated region: every input with what became of it, the counted reports in a stable order,
 * the regional sums as a report of their own, and the roster's answer.
 *
 * @param name     the region's name (the 汇总's 填报单位)
 * @param year     the report year summed
 * @param entries  every input, one row each, in input order (the 来源 sheet)
 * @param counted  the entries whose numbers are summed, sorted by agency then file (the 明细 sheet)
 * @param summary  the sums in the majority generation of each table, as a report (the 汇总 sheet)
 * @param others   sums of cells that exist only in another generation than the summary's, by code, in code order
 * @param roster   one match per roster name, in roster order; empty without a roster
 * @param offRoster counted entries that answer to no roster name (名单外)
 * @param crossYear problems of the cross-year rules, against last year's reports (with --previous)
 * @param excludeInvalid whether reports breaking an error-level rule were left out of the sums ({@link Status#EXCLUDED})
 * @param office   the office that compiled the region's workbook, or {@code null}
 */
public record Region(String name, int year, List<Entry> entries, List<Entry> counted, Report summary,
                     Map<String, BigDecimal> others, List<RosterMatch> roster, List<Entry> offRoster,
                     List<Finding> crossYear, boolean excludeInvalid, String office) {

    /** A problem and the agency's entry it belongs to. */
    public record Finding(Entry entry, org.xxgk.core.model.Problem problem) {
    }

    /**
     * An error-level rule the region's sums break (a column of 表三 that does not balance), and the counted
     * agencies whose own reports break the same rule in the same cells: the reason a person looks for.
     */
    public record Imbalance(Problem problem, List<Entry> agencies) {
        public Imbalance {
            agencies = List.copyOf(agencies);
        }
    }

    public Region {
        entries = List.copyOf(entries);
        counted = List.copyOf(counted);
        // In code order, as the consolidator sums them: Map.copyOf would iterate in an order that changes
        // from run to run, and so would the 汇总说明 sheet.
        others = Collections.unmodifiableMap(new TreeMap<>(others));
        roster = List.copyOf(roster);
        offRoster = List.copyOf(offRoster);
        crossYear = List.copyOf(crossYear);
    }

    /** True when some input failed or some report breaks an error-level rule (summed or not): exit code 3. */
    public boolean hasFailures() {
        return entries.stream().anyMatch(e -> e.status() == Status.FAILED || e.status() == Status.ERRORS
                || e.status() == Status.EXCLUDED);
    }

    /** What became of the inputs, counted so that the parts add up. */
    public Counts counts() {
        return Counts.of(this);
    }

    /**
     * Each error-level rule the sums break, with the agencies behind it. Empty when the region balances
     * (as it does when the broken reports are excluded and every summed report balances).
     */
    public List<Imbalance> imbalances() {
        List<Imbalance> out = new ArrayList<>();
        for (Problem p : summary.problems()) {
            if (p.severity() == Severity.ERROR) {
                out.add(new Imbalance(p, counted.stream().filter(e -> breaksTheSame(e.report(), p)).toList()));
            }
        }
        return out;
    }

    private static boolean breaksTheSame(Report r, Problem regional) {
        return r.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR && p.rule().equals(regional.rule())
                && p.cells().stream().anyMatch(regional.cells()::contains));
    }

    /**
     * Why this region should not be written, in one Chinese line, or empty: no input held a report
     * (every file failed, or none is an annual report), so a workbook would only hold zeros.
     */
    public Optional<String> nothingToSum() {
        Counts c = counts();
        if (c.reports() > 0) {
            return Optional.empty();
        }
        return Optional.of("输入中没有年度报告（共 " + c.files() + " 个文件：" + c.describe() + "），未写出汇总工作簿");
    }
}
