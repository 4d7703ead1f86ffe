package org.xxgk.core.consolidate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xxgk.core.model.Report;

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
 */
public record Region(String name, int year, List<Entry> entries, List<Entry> counted, Report summary,
                     Map<String, BigDecimal> others, List<RosterMatch> roster, List<Entry> offRoster,
                     List<Finding> crossYear) {

    /** A problem and the agency's entry it belongs to. */
    public record Finding(Entry entry, org.xxgk.core.model.Problem problem) {
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

    /** True when some input failed or some counted report breaks an error-level rule: exit code 3. */
    public boolean hasFailures() {
        return entries.stream().anyMatch(e -> e.status() == Status.FAILED || e.status() == Status.ERRORS);
    }
}
