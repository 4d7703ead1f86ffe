package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.LabelNode;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;

/**
 * Cuts a document that holds several reports one after the other (a county's page with its townships'
 * reports) into one document per report. A report starts where the tables start over — a grid whose
 * first row belongs to a table before the last one read ({@code 表二} after {@code 表四}), or is again
 * the first row of a table already read — and where its own title stands among the lines between the
 * last report's tables and this grid ({@code 某某镇人民政府2023年政府信息公开工作年度报告}, one line or two,
 * as {@link Metadata} reads titles). Each report gets the grids from its first to the next report's, and
 * the lines from its title to the next title, so that its agency, year and signature date are its own; a
 * grid that stands below a report's title and above its first table (text a reader took for a table) is
 * that report's.
 *
 * <p>Needs to know where each grid stands among the lines ({@link Grid#line()}); a document whose reader
 * does not say, or whose tables start over without a title between, stays whole (the table reader then
 * warns of the rows it meets twice).
 */
final class ReportSplitter {

    /** A title is one line, or the agency's line and the year's line of a title wrapped over two. */
    private static final int TITLE_WINDOW = 2;

    private final Schema schema;
    private final LabelMatcher matcher;

    ReportSplitter(Schema schema, LabelMatcher matcher) {
        this.schema = schema;
        this.matcher = matcher;
    }

    /** The document's reports as documents of their own, or the document alone when it holds one. */
    List<Document> split(Document doc) {
        if (doc.grids().size() < 2 || doc.grids().stream().anyMatch(g -> g.line() < 0 || g.line() > doc.lines().size())) {
            return List.of(doc);
        }
        List<Integer> starts = new ArrayList<>(); // the first grid of each report
        List<Integer> cuts = new ArrayList<>();   // the first line of each report
        Segmenter segmenter = new Segmenter(matcher, schema.units());
        Set<TableSpec> read = new HashSet<>();
        int lastOrder = -1;
        int lastTableGrid = -1;
        for (int g = 0; g < doc.grids().size(); g++) {
            int before = segmenter.segments().size();
            segmenter.read(doc.grids().get(g));
            Segment first = firstRow(segmenter.segments().subList(before, segmenter.segments().size()));
            if (first == null) {
                continue;
            }
            int order = schema.tables().indexOf(first.table);
            boolean startsOver = lastTableGrid >= 0 && (order < lastOrder || read.contains(first.table) && opensTable(first));
            if (lastTableGrid < 0 || startsOver) {
                int lower = lastTableGrid < 0 ? -1 : doc.grids().get(lastTableGrid).line();
                int title = title(doc.lines(), lower, doc.grids().get(g).line());
                if (lastTableGrid < 0) {
                    starts.add(g);
                    cuts.add(Math.max(title, 0));
                } else if (title >= 0) {
                    starts.add(g);
                    cuts.add(title);
                    read.clear();
                }
            }
            read.add(first.table);
            lastOrder = starts.get(starts.size() - 1) == g ? order : Math.max(lastOrder, order);
            lastTableGrid = g;
        }
        return starts.size() < 2 ? List.of(doc) : pieces(doc, starts, cuts);
    }

    /** The first segment that is a row of a table: a labelled data row, or 表四's unlabelled row with numbers. */
    private static Segment firstRow(List<Segment> segments) {
        for (Segment s : segments) {
            if (s.unknown) {
                continue;
            }
            if (s.candidates.isEmpty() ? s.hasValues() : s.candidates.stream().anyMatch(m -> m.entry().isDataRow())) {
                return s;
            }
        }
        return null;
    }

    /** Whether a segment is its table's first data row in some generation: where the table starts. */
    private boolean opensTable(Segment s) {
        for (Generation g : s.table.generations()) {
            LabelNode firstNode = schema.view(s.table.id(), g).rows().get(0).node();
            if (firstNode.label().isEmpty() ? s.candidates.isEmpty()
                    : s.candidates.stream().anyMatch(m -> m.entry().node() == firstNode)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line where a report's title starts, searched upwards from just above its first grid to just
     * below the previous report's last table; -1 when there is none.
     */
    private static int title(List<String> lines, int lower, int grid) {
        for (int c = grid - 1; c > lower; c--) {
            Metadata m = Metadata.of(lines.subList(c, Math.min(c + TITLE_WINDOW, grid)));
            if (m.agency() != null && m.year() != null) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The reports' documents. A report's grids run from the first that stands at or after its title (the
     * grids between the last report's tables and its title stay with the last report: its signature, the
     * text after its tables) to the next report's.
     */
    private static List<Document> pieces(Document doc, List<Integer> starts, List<Integer> cuts) {
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int k = starts.get(i);
            while (i > 0 && k - 1 > starts.get(i - 1) && doc.grids().get(k - 1).line() >= cuts.get(i)) {
                k--;
            }
            firsts.add(k);
        }
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = i == 0 ? 0 : firsts.get(i);
            int to = i + 1 < starts.size() ? firsts.get(i + 1) : doc.grids().size();
            int cut = cuts.get(i);
            int end = i + 1 < starts.size() ? cuts.get(i + 1) : doc.lines().size();
            List<Grid> grids = doc.grids().subList(from, to).stream().map(g -> g.at(Math.max(0, g.line() - cut))).toList();
            out.add(new Document(doc.source(), doc.format(), grids, doc.lines().subList(cut, end), doc.pages(),
                    doc.problems()));
        }
        return out;
    }
}
