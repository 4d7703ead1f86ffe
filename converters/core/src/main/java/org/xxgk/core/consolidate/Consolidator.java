package org.xxgk.core.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.stream.Collectors;

import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.validate.Validator;

/**
 * Merges many agencies' reports into one region: decides the year, counts each agency once, sums the
 * cells that mean the same thing, keeps cells of another format generation apart, and answers the
 * roster. Pure: the same outcomes give the same region whatever order they arrive in.
 */
public final class Consolidator {

    /** Similarity from which a roster name and an agency name are offered as a match to confirm. */
    static final double FUZZY = 0.75;

    /**
     * @param year   the report year to sum, or {@code null} for the most common one
     * @param region the region's name, or {@code null}
     * @param roster   the agencies expected to report, in order; empty for no roster
     * @param previous last year's reports of the region's agencies, for the cross-year rules; may be empty
     * @param excludeInvalid leave reports that break an error-level rule out of the sums ({@link Status#EXCLUDED});
     *                 by default they are summed, and {@link Region#imbalances()} names them
     * @param office   the office that compiles the workbook, for its cover, or {@code null}
     */
    public record Options(Integer year, String region, List<String> roster, List<Report> previous,
                          boolean excludeInvalid, String office) {
        public Options {
            roster = roster == null ? List.of() : List.copyOf(roster);
            previous = previous == null ? List.of() : List.copyOf(previous);
        }

        public Options(Integer year, String region, List<String> roster, List<Report> previous) {
            this(year, region, roster, previous, false, null);
        }

        public Options(Integer year, String region, List<String> roster) {
            this(year, region, roster, List.of());
        }
    }

    private final Schema schema;

    public Consolidator(Schema schema) {
        this.schema = schema;
    }

    public Region consolidate(List<Outcome> outcomes, Options options) {
        List<Entry> entries = entries(outcomes);
        int year = options.year() != null ? options.year() : commonYear(entries);
        entries = markOtherYears(entries, year);
        entries = markDuplicates(entries);
        if (options.excludeInvalid()) {
            entries = excludeInvalid(entries);
        }
        List<Entry> counted = sortedByAgency(entries.stream().filter(e -> e.status().counted()).toList());
        Map<String, Generation> generations = majorityGenerations(counted);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, BigDecimal> others = new TreeMap<>();
        Map<String, Boolean> inSummary = new HashMap<>();
        for (Entry e : counted) {
            e.report().values().forEach((code, v) -> {
                boolean same = inSummary.computeIfAbsent(code, c -> {
                    String table = schema.findCell(c).orElseThrow().table();
                    return generations.containsKey(table) && schema.view(table, generations.get(table)).contains(c);
                });
                (same ? sums : others).merge(code, v.number(), BigDecimal::add);
            });
        }
        String name = options.region() != null ? options.region() : "汇总";
        Report summary = summary(name, year, generations, sums);
        // An agency whose report was left out of the sums did report: the roster matches it too.
        List<Entry> reported = sortedByAgency(entries.stream().filter(e -> e.status().counted() || e.status() == Status.EXCLUDED).toList());
        List<RosterMatch> roster = new RosterMatcher(options.roster(), reported).matches();
        List<Entry> matched = roster.stream().map(RosterMatch::entry).filter(java.util.Objects::nonNull).toList();
        List<Entry> offRoster = options.roster().isEmpty() ? List.of()
                : reported.stream().filter(e -> matched.stream().noneMatch(m -> m == e)).toList();
        return new Region(name, year, entries, counted, summary, others, roster, offRoster,
                crossYear(counted, options.previous()), options.excludeInvalid(), options.office());
    }

    /**
     * Reports that break an error-level rule leave the sums, each with the rules it breaks. Marked after the
     * duplicates, so that an agency's balanced report is the one kept whenever it sent one.
     */
    private static List<Entry> excludeInvalid(List<Entry> entries) {
        return entries.stream().map(e -> e.status() != Status.ERRORS ? e : e.withStatus(Status.EXCLUDED,
                "未计入汇总：" + e.report().problems().stream().filter(p -> p.severity() == Severity.ERROR)
                        .map(p -> p.rule() + (p.location().isEmpty() ? "" : "（" + p.location() + "）"))
                        .distinct().collect(Collectors.joining("；")))).toList();
    }

    /** By agency, then file; each agency's key made once (normalising names is the costly part of sorting). */
    private static List<Entry> sortedByAgency(List<Entry> entries) {
        Map<Entry, String> keys = new IdentityHashMap<>();
        entries.forEach(e -> keys.put(e, key(e)));
        return entries.stream().sorted(Comparator.comparing((Entry e) -> keys.get(e)).thenComparing(e -> e.input().source()))
                .toList();
    }

    /** The cross-year rules (warnings) of each agency against its own report of last year, found by name. */
    private List<Region.Finding> crossYear(List<Entry> counted, List<Report> previous) {
        Map<String, Report> lastYear = new HashMap<>();
        previous.stream().filter(r -> r.agency() != null)
                .forEach(r -> lastYear.putIfAbsent(AgencyName.abbreviate(AgencyName.normalise(r.agency())), r));
        Validator validator = new Validator(schema);
        List<Region.Finding> out = new ArrayList<>();
        for (Entry e : counted) {
            Report last = lastYear.get(key(e));
            if (last != null) {
                validator.validate(e.report(), last).stream()
                        .filter(p -> schema.rules().stream().anyMatch(r -> r.needsPrevious() && r.id().equals(p.rule())))
                        .forEach(p -> out.add(new Region.Finding(e, p)));
            }
        }
        return out;
    }

    private List<Entry> entries(List<Outcome> outcomes) {
        List<Entry> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            String format = o.format() == null ? "" : o.format();
            if (o.failed()) {
                Status s = o.failure() instanceof NotAReportException ? Status.NOT_A_REPORT : Status.FAILED;
                out.add(new Entry(o.input(), format, o.pages(), null, s, o.failure().getMessage()));
            } else {
                o.reports().forEach(r -> out.add(new Entry(o.input(), format, o.pages(), r, status(r), detail(r))));
            }
        }
        return out;
    }

    private static Status status(Report r) {
        if (r.hasErrors()) {
            return Status.ERRORS;
        }
        if (count(r, CellValue.Flag.INFERRED) + count(r, CellValue.Flag.UNSURE) > 0) {
            return Status.NEEDS_CHECK;
        }
        return r.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING) ? Status.WARNINGS : Status.OK;
    }

    /**
     * What a report's status needs said: a scan read by OCR and how many of its readings are unsure, and
     * how many values were inferred.
     */
    private static String detail(Report r) {
        List<String> parts = new ArrayList<>();
        if (count(r, CellValue.Flag.OCR) > 0) {
            long unsure = count(r, CellValue.Flag.UNSURE);
            parts.add("扫描件（OCR）" + (unsure == 0 ? "，识别结果都有把握" : "，" + unsure + " 个数识别不确定"));
        }
        long inferred = count(r, CellValue.Flag.INFERRED);
        if (inferred > 0) {
            parts.add(inferred + " 个数是按勾稽关系或版式推断的");
        }
        return parts.isEmpty() ? "" : String.join("；", parts)
                + (count(r, CellValue.Flag.UNSURE) + inferred > 0 ? "；已计入汇总，请对照原文核实" : "");
    }

    private static long count(Report r, CellValue.Flag flag) {
        return r.values().values().stream().filter(v -> v.has(flag)).count();
    }

    /** The flags a consolidation keeps of a value: those that say it needs checking, or how it was read. */
    private static final java.util.Set<CellValue.Flag> KEPT = java.util.EnumSet.of(CellValue.Flag.INFERRED,
            CellValue.Flag.UNSURE, CellValue.Flag.OCR);

    /** The year most reports cover; on a tie the later one. */
    private static int commonYear(List<Entry> entries) {
        Map<Integer, Long> counts = entries.stream().filter(e -> e.report() != null && e.report().year() != null)
                .collect(Collectors.groupingBy(e -> e.report().year(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(java.time.Year.now().getValue() - 1);
    }

    private static List<Entry> markOtherYears(List<Entry> entries, int year) {
        return entries.stream().map(e -> e.status().counted() && e.report().year() != null && e.report().year() != year
                ? e.withStatus(Status.OTHER_YEAR, "报告年度为 " + e.report().year() + "，不是 " + year) : e).toList();
    }

    /**
     * One report per agency and year. The rule, stated in the 来源 sheet: keep the report with the
     * fewest rule errors, then the most cells, then the latest publication date, then the first file
     * by path (then the content, for two reports in one file).
     */
    private List<Entry> markDuplicates(List<Entry> entries) {
        Map<String, List<Entry>> byAgency = entries.stream().filter(e -> e.status().counted())
                .collect(Collectors.groupingBy(Consolidator::key, LinkedHashMap::new, Collectors.toList()));
        Map<Entry, Entry> duplicateOf = new HashMap<>();
        for (List<Entry> same : byAgency.values()) {
            if (same.size() > 1) {
                Entry keep = same.stream().min(KEEP_FIRST).orElseThrow();
                same.stream().filter(e -> e != keep).forEach(e -> duplicateOf.put(e, keep));
            }
        }
        return entries.stream().map(e -> duplicateOf.containsKey(e) ? e.withStatus(Status.DUPLICATE,
                "与 " + duplicateOf.get(e).input().source() + " 为同一机构同一年度；按“错误最少、数据最全、发布最晚”只计一次")
                : e).toList();
    }

    /**
     * What a consolidation keeps of a report, for {@link org.xxgk.core.Xxgk#extractAll}:
     * every value's number without where it was read ({@link CellValue#numberOnly()}), and whether it
     * was inferred, read by OCR or unsure (the report's status says so). The problems
     * keep their own locations for 校验; the detail rows name the file. Ten thousand reports then
     * take a tenth of the memory, and the collector a tenth of the time.
     */
    public static Report numbersOnly(Report r) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        r.values().forEach((code, v) -> values.put(code, v.flags().stream().noneMatch(KEPT::contains) ? v.numberOnly()
                : new CellValue(v.number(), v.number().toPlainString(), null,
                        v.flags().stream().filter(KEPT::contains).collect(java.util.stream.Collectors.toSet()))));
        return new Report(r.source(), r.format(), r.agency(), r.year(), r.published(), r.generations(), values, r.problems());
    }

    private static final Comparator<Entry> KEEP_FIRST = Comparator
            .comparingLong((Entry e) -> e.report().problems().stream().filter(p -> p.severity() == Severity.ERROR).count())
            .thenComparing(e -> -e.report().values().size())
            .thenComparing(e -> e.report().published() == null ? java.time.LocalDate.MIN : e.report().published(),
                    Comparator.reverseOrder())
            .thenComparing(e -> e.input().source())
            // Two reports of one agency in one data file: the content decides, never the arrival order.
            .thenComparing(e -> e.report().values().toString());

    /** The agency as a key: its name normalised and abbreviated, or the file when the name is unknown. */
    static String key(Entry e) {
        String agency = e.report() == null ? null : e.report().agency();
        return agency == null ? "\uffff" + e.input().source() : AgencyName.abbreviate(AgencyName.normalise(agency));
    }

    /** Per table, the generation most counted reports use; on a tie the newer. */
    private Map<String, Generation> majorityGenerations(List<Entry> counted) {
        Map<String, Generation> out = new LinkedHashMap<>();
        for (TableSpec t : schema.tables()) {
            Map<Generation, Long> votes = new EnumMap<>(Generation.class);
            counted.forEach(e -> {
                Generation g = e.report().generations().get(t.id());
                if (g != null) {
                    votes.merge(g, 1L, Long::sum);
                }
            });
            votes.entrySet().stream()
                    .max(Map.Entry.<Generation, Long>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                    .ifPresent(w -> out.put(t.id(), w.getKey()));
        }
        if (out.containsKey("legacy") && out.size() > 1) {
            out.remove("legacy"); // pre-2019 tables among newer ones are summed apart, in the others block
        }
        return out;
    }

    private Report summary(String name, int year, Map<String, Generation> generations, Map<String, BigDecimal> sums) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        generations.forEach((t, g) -> schema.view(t, g).cells().stream().filter(c -> sums.containsKey(c.code()))
                .forEach(c -> values.put(c.code(), CellValue.of(sums.get(c.code())))));
        Report r = new Report(name, "region", name, year, null, generations, values, List.of());
        return r.withProblems(new Validator(schema).validate(r));
    }

    /** Matches roster names to agencies one to one: exact names first, then normalised, then close ones. */
    private static final class RosterMatcher {
        private final List<String> names;
        private final List<Entry> entries;
        private final Map<Integer, RosterMatch> byName = new TreeMap<>();
        private final List<Entry> taken = new ArrayList<>();

        RosterMatcher(List<String> names, List<Entry> entries) {
            this.names = names;
            this.entries = entries.stream().filter(e -> e.report().agency() != null).toList();
        }

        List<RosterMatch> matches() {
            pass(RosterMatch.Kind.EXACT, (a, b) -> AgencyName.normalise(a).equals(AgencyName.normalise(b)) ? 1.0 : 0.0, 1.0);
            pass(RosterMatch.Kind.NORMALISED, (a, b) -> {
                String x = AgencyName.abbreviate(AgencyName.normalise(a));
                String y = AgencyName.abbreviate(AgencyName.normalise(b));
                return x.endsWith(y) || y.endsWith(x) ? 1.0 : 0.0;
            }, 1.0);
            pass(RosterMatch.Kind.FUZZY, AgencyName::similarity, FUZZY);
            List<RosterMatch> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add(byName.getOrDefault(i, new RosterMatch(names.get(i), null, RosterMatch.Kind.NONE, 0)));
            }
            return out;
        }

        private void pass(RosterMatch.Kind kind, java.util.function.BiFunction<String, String, Double> score, double min) {
            for (int i = 0; i < names.size(); i++) {
                if (byName.containsKey(i)) {
                    continue;
                }
                String name = names.get(i);
                Entry best = null;
                double bestScore = 0;
                for (Entry e : entries) {
                    double s = taken.contains(e) ? 0 : score.apply(name, e.report().agency());
                    if (s >= min && s > bestScore) {
                        best = e;
                        bestScore = s;
                    }
                }
                if (best != null) {
                    taken.add(best);
                    byName.put(i, new RosterMatch(name, best, kind, bestScore));
                }
            }
        }
    }

}
