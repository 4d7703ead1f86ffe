package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.schema.TableSpec;

/**
 * Cuts the cells of a document's grids, in reading order, into {@link Segment}s: a row label and the
 * cells after it. Working on the stream of cells rather than on rows is what lets one recognizer read
 * every layout: a table split over grids or pages, a header split over two tables, text pasted one
 * cell per line, rows that lost their empty cells.
 */
final class Segmenter {

    /** Column headings shorter than this do not move the context to another table. */
    private static final int SHORT_HEADING = 3;
    /** Chinese characters a text needs to count as an unknown row label. */
    private static final int MIN_LABEL_CHARACTERS = 4;

    private final LabelMatcher matcher;
    private final List<String> units;
    private final List<Segment> segments = new ArrayList<>();
    /** Every heading met, in order: the context that resolves duplicate labels. */
    private final List<LabelMatcher.Entry> history = new ArrayList<>();
    private final Set<LabelMatcher.Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The blank cells a positional row begins with, while no segment is open: 表四's data row has no label,
     * so when its first value is blank these cells are what keeps the values after them in their columns.
     */
    private final List<Cell> leadingBlanks = new ArrayList<>();
    private Segment open;
    private TableSpec context;
    /** The row being read holds a column heading of a table whose data row has no label. */
    private boolean headerRow;
    /** The row being read holds a non-blank cell. */
    private boolean textRow;

    Segmenter(LabelMatcher matcher, List<String> units) {
        this.matcher = matcher;
        this.units = units;
    }

    void read(Grid grid) {
        boolean afterHeader = false;
        for (List<Cell> row : grid.rows()) {
            headerRow = false;
            textRow = false;
            for (Cell cell : row) {
                if (!cell.isCovered()) {
                    accept(cell, grid.positional());
                }
            }
            if (grid.positional() && afterHeader && !textRow && !leadingBlanks.isEmpty()) {
                blankUnlabelledRow();
            }
            afterHeader = headerRow && open == null;
            close();
            leadingBlanks.clear();
        }
    }

    /**
     * A row of blank cells right under the header of a table whose data row has no label (表四 with
     * nothing to report, its zeros left blank): in a grid that keeps its places, that is the row.
     */
    private void blankUnlabelledRow() {
        Segment s = new Segment(List.of(), context, history.size(), leadingBlanks.get(0), true, false);
        s.cells.addAll(leadingBlanks);
        segments.add(s);
    }

    List<Segment> segments() {
        return segments;
    }

    List<LabelMatcher.Entry> history() {
        return history;
    }

    /** Every heading of the schema that the document shows, for deciding each table's generation. */
    Set<LabelMatcher.Entry> seen() {
        return seen;
    }

    private void accept(Cell cell, boolean positional) {
        textRow |= !cell.isBlank();
        if (cell.isBlank()) {
            if (open != null && positional) {
                open.cells.add(cell);
            } else if (positional) {
                leadingBlanks.add(cell);
            }
            return;
        }
        if (ParsedValue.parse(cell.text(), units).isPresent()) {
            value(cell, positional);
            leadingBlanks.clear();
            return;
        }
        leadingBlanks.clear();
        List<LabelMatcher.Match> matches = matcher.match(cell.text());
        if (!matches.isEmpty()) {
            label(cell, matches, positional);
        } else if (units.contains(LabelText.fold(cell.text()))) {
            return;
        } else if (context != null && looksLikeLabel(cell.text())) {
            // A row the schema does not know (local versions add some): its numbers must not join the row before.
            close();
            open = new Segment(List.of(), context, history.size(), cell, positional, true);
        } else if (open != null) {
            // Words where a number belongs: kept, so that the row reader reports them and columns do not shift.
            open.cells.add(cell);
        }
    }

    private void value(Cell cell, boolean positional) {
        if (open == null && context != null && hasUnlabelledRow(context)) {
            open = new Segment(List.of(), context, history.size(), cell, positional, false);
            open.cells.addAll(leadingBlanks); // a blank first value holds its column too
        }
        if (open != null) {
            open.cells.add(cell);
        }
    }

    private void label(Cell cell, List<LabelMatcher.Match> matches, boolean positional) {
        close();
        List<LabelMatcher.Entry> entries = best(matches);
        seen.addAll(entries);
        List<LabelMatcher.Match> rows = matches.stream().filter(m -> m.entry().kind() == LabelMatcher.Kind.ROW).toList();
        updateContext(entries, cell.text());
        headerRow |= context != null && hasUnlabelledRow(context)
                && entries.stream().anyMatch(e -> e.kind() == LabelMatcher.Kind.COLUMN && e.table() == context);
        if (entries.stream().anyMatch(e -> e.kind() == LabelMatcher.Kind.ROW)) {
            List<TableSpec> tables = rows.stream().map(m -> m.entry().table()).distinct().toList();
            open = new Segment(rows, tables.contains(context) ? context : tables.get(0), history.size(), cell, positional, false);
        }
        history.addAll(entries);
    }

    /**
     * Moves into the table a heading belongs to. A short column heading that several tables share
     * ({@code 其他}, {@code 总计}) keeps the table we are in: 表四's header must not fall into 表三.
     */
    private void updateContext(List<LabelMatcher.Entry> entries, String text) {
        List<TableSpec> tables = entries.stream().map(LabelMatcher.Entry::table).distinct().toList();
        if (tables.contains(context)) {
            return;
        }
        boolean weak = entries.stream().allMatch(e -> e.kind() == LabelMatcher.Kind.COLUMN)
                && LabelText.of(text).body().length() < SHORT_HEADING;
        if (context == null || !weak) {
            context = tables.get(0);
        }
    }

    private void close() {
        if (open != null) {
            segments.add(open);
            open = null;
        }
    }

    /** The matches that share the best score: a label can be two headings at once ({@code （六）其他处理}). */
    private static List<LabelMatcher.Entry> best(List<LabelMatcher.Match> matches) {
        double top = matches.get(0).score();
        return matches.stream().filter(m -> m.score() >= top - 1e-9).map(LabelMatcher.Match::entry).toList();
    }

    /** Words long enough to be a row label rather than a fragment of a split header ({@code 结}, {@code 果维持}), and no field name. */
    private static boolean looksLikeLabel(String text) {
        String folded = LabelText.fold(text);
        if (folded.endsWith(":")) {
            return false; // a page field (成文日期：), not a row
        }
        return folded.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count() >= MIN_LABEL_CHARACTERS;
    }

    private static boolean hasUnlabelledRow(TableSpec table) {
        return table.blocks().stream().flatMap(b -> b.rows().stream()).anyMatch(n -> n.label().isEmpty());
    }
}
