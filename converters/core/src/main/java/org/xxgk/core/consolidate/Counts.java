package org.xxgk.core.consolidate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xxgk.core.model.Severity;

/**
 * What became of every input of a consolidation, counted so that the parts add up to the whole: each
 * entry has exactly one status, and the warnings are counted apart. The summary line of the command, the
 * cover of the workbook and the web workbench all show these numbers.
 *
 * @param inputs     entries: one per report read, one per file that gave none
 * @param files      distinct input files
 * @param byStatus   entries per status, every status present (0 where none)
 * @param warnings   warning-level problems of the counted reports and the cross-year findings
 * @param agencies   agencies whose numbers are summed
 * @param notReported roster names no report answers to (0 without a roster)
 * @param offRoster  counted agencies not on the roster
 */
public record Counts(int inputs, int files, Map<Status, Integer> byStatus, int warnings, int agencies,
                     int notReported, int offRoster) {

    public Counts {
        byStatus = Map.copyOf(byStatus);
    }

    /** The counts of a region. */
    static Counts of(Region r) {
        Map<Status, Integer> by = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            by.put(s, 0);
        }
        r.entries().forEach(e -> by.merge(e.status(), 1, Integer::sum));
        int warnings = (int) (r.counted().stream().flatMap(e -> e.report().problems().stream())
                .filter(p -> p.severity() == Severity.WARNING).count()
                + r.crossYear().stream().filter(f -> f.problem().severity() == Severity.WARNING).count());
        int files = (int) r.entries().stream().map(e -> e.input().source()).distinct().count();
        int missing = (int) r.roster().stream().filter(m -> m.entry() == null).count();
        return new Counts(r.entries().size(), files, by, warnings, r.counted().size(), missing, r.offRoster().size());
    }

    /** Entries with a status. */
    public int of(Status s) {
        return byStatus.get(s);
    }

    /** Entries that held a report (whatever became of it). */
    public int reports() {
        return inputs - of(Status.FAILED) - of(Status.NOT_A_REPORT);
    }

    /**
     * Every status with its count, in the order of {@link Status}, the ones of count 0 left out except
     * the three of counted reports: {@code 正常 25，有警告 3，违反勾稽关系 1，重复（只计一次） 1，…}.
     */
    public String describe() {
        List<Status> always = List.of(Status.OK, Status.WARNINGS, Status.ERRORS);
        return java.util.Arrays.stream(Status.values()).filter(s -> always.contains(s) || of(s) > 0)
                .map(s -> s.chinese() + " " + of(s)).collect(Collectors.joining("，"));
    }
}
