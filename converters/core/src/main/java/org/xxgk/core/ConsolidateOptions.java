package org.xxgk.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.Report;

/**
 * How {@link Xxgk#consolidate} merges a region's reports. Immutable; made by {@link #builder()}, which
 * checks what it is given:
 *
 * <pre>{@code
 * ConsolidateOptions options = ConsolidateOptions.builder()
 *         .region("临江市").year(2023)
 *         .roster(Path.of("名单.csv"))
 *         .previous(Path.of("临江市2022年汇总.xlsx"))
 *         .listener(outcome -> bar.step())
 *         .build();
 * }</pre>
 *
 * @param year            the report year to sum, or {@code null} for the year most reports cover
 * @param region          the region's name for the cover, or {@code null}
 * @param roster          a roster file (csv, txt or a workbook: the first column), or {@code null}
 * @param rosterNames     the roster as names, used when no roster file is given
 * @param previous        last year's regional workbook written by xxgk, for the cross-year rules, or {@code null}
 * @param previousReports last year's agencies' reports, used when no previous workbook is given
 * @param skip            files among the inputs that are not reports (the output, the roster): never read
 * @param listener        told of each input's outcome as it is read (from reading threads)
 * @param excludeInvalid  leave reports that break an error-level rule out of the sums (listed as 未计入 with
 *                        their rules); by default they are summed and the region names them beside each
 *                        column they unbalance
 * @param office          the office that compiles the regional workbook (its cover), or {@code null}
 */
public record ConsolidateOptions(Integer year, String region, Path roster, List<String> rosterNames, Path previous,
                                 List<Report> previousReports, List<Path> skip, Consumer<Outcome> listener,
                                 boolean excludeInvalid, String office) {

    public ConsolidateOptions {
        rosterNames = List.copyOf(rosterNames);
        previousReports = List.copyOf(previousReports);
        skip = List.copyOf(skip);
        Objects.requireNonNull(listener, "listener");
    }

    /** No roster, no previous year, the most common year, no name. */
    public static ConsolidateOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ConsolidateOptions}; each setter checks its argument. */
    public static final class Builder {
        private Integer year;
        private String region;
        private Path roster;
        private List<String> rosterNames = List.of();
        private Path previous;
        private List<Report> previousReports = List.of();
        private final List<Path> skip = new ArrayList<>();
        private Consumer<Outcome> listener = o -> { };
        private boolean excludeInvalid;
        private String office;

        private Builder() {
        }

        /** The report year to sum; reports of other years are listed, not summed. */
        public Builder year(int reportYear) {
            if (reportYear < 1990 || reportYear > 2999) {
                throw new IllegalArgumentException("报告年度应为四位年份：" + reportYear);
            }
            this.year = reportYear;
            return this;
        }

        /** The region's name, written on the cover as the 填报单位 of the 汇总. */
        public Builder region(String name) {
            this.region = name == null || name.isBlank() ? null : name.strip();
            return this;
        }

        /** A roster file: one name a line (csv/txt, any charset), or a workbook's first column. */
        public Builder roster(Path file) {
            this.roster = Objects.requireNonNull(file, "roster");
            return this;
        }

        /** The roster as names (when it comes from elsewhere than a file). */
        public Builder roster(List<String> names) {
            this.rosterNames = List.copyOf(names);
            return this;
        }

        /** Last year's regional workbook, as xxgk wrote it, for the cross-year rules. */
        public Builder previous(Path workbook) {
            this.previous = Objects.requireNonNull(workbook, "previous");
            return this;
        }

        /** Last year's agencies' reports (when they come from elsewhere than a workbook). */
        public Builder previous(List<Report> reports) {
            this.previousReports = List.copyOf(reports);
            return this;
        }

        /** A file that may sit among the inputs but is not a report (the output workbook, the roster). */
        public Builder skip(Path file) {
            this.skip.add(Objects.requireNonNull(file, "skip"));
            return this;
        }

        /** Told of each input's outcome as soon as it is read, from the reading threads (a progress bar). */
        public Builder listener(Consumer<Outcome> onEach) {
            this.listener = Objects.requireNonNull(onEach, "listener");
            return this;
        }

        /**
         * Whether reports that break an error-level rule (表三 not balancing, a total that is not its parts'
         * sum) are left out of the sums. Default false: they are summed, so that the region's totals are
         * what its agencies reported, and the columns they unbalance name them.
         */
        public Builder excludeInvalid(boolean exclude) {
            this.excludeInvalid = exclude;
            return this;
        }

        /** The office that compiles the regional workbook (such as 临江市人民政府办公室), for its cover. */
        public Builder office(String name) {
            this.office = name == null || name.isBlank() ? null : name.strip();
            return this;
        }

        public ConsolidateOptions build() {
            if (roster != null && !rosterNames.isEmpty()) {
                throw new IllegalStateException("名单只能给一种：文件或名称列表");
            }
            if (previous != null && !previousReports.isEmpty()) {
                throw new IllegalStateException("上年数据只能给一种：工作簿或报告列表");
            }
            return new ConsolidateOptions(year, region, roster, rosterNames, previous, previousReports, skip, listener,
                    excludeInvalid, office);
        }
    }
}
