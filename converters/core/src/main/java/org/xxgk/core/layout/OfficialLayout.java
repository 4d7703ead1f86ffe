package org.xxgk.core.layout;

import java.util.List;
import java.util.function.Function;

import org.xxgk.core.layout.LayoutCell.Role;
import org.xxgk.core.schema.BlockSpec;
import org.xxgk.core.schema.LabelNode;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.schema.TableView;

/**
 * Lays out an official table as the State Council's format prints it, from the schema alone: 表二 as
 * blocks, each with its heading, 信息内容 row and rows; 表三 and 表四 with their merged header and row
 * label trees; the statistics table as 统计指标 | 单位 | 统计数.
 */
public final class OfficialLayout {

    private OfficialLayout() {
    }

    public static TableLayout of(TableView view) {
        TableSpec t = view.table();
        if (t.unitLabel() != null) {
            return list(view);
        }
        if (t.blocksIn(view.generation()).stream().anyMatch(b -> b.label() != null)) {
            return blocks(view);
        }
        return tree(view);
    }

    /** 表二: each block a heading row, a 信息内容 row of column labels, then its rows; the last column spans the rest. */
    private static TableLayout blocks(TableView view) {
        List<BlockSpec> blocks = view.table().blocksIn(view.generation());
        int valueColumns = view.rows().stream().mapToInt(r -> r.columns().size()).max().orElse(1);
        int width = 1 + valueColumns;
        List<LayoutCell> cells = TableLayout.newList();
        int r = 0;
        for (BlockSpec block : blocks) {
            cells.add(new LayoutCell(r++, 0, 1, width, Role.BLOCK, block.label(), null));
            List<TableView.Row> rows = view.rows().stream().filter(x -> x.block() == block).toList();
            List<TableView.Column> columns = rows.get(0).columns();
            cells.add(new LayoutCell(r, 0, 1, 1, Role.HEADER, view.table().headerLabel(), null));
            spread(cells, r++, columns, width, c -> new String[] {c.path().get(c.path().size() - 1)}, Role.HEADER);
            for (TableView.Row row : rows) {
                cells.add(new LayoutCell(r, 0, 1, 1, Role.LABEL, row.node().label(), null));
                spread(cells, r++, row.columns(), width, c -> new String[] {"", view.code(row.key(), c.key())}, Role.VALUE);
            }
        }
        return new TableLayout(view, cells, 0);
    }

    private static void spread(List<LayoutCell> cells, int r, List<TableView.Column> columns, int width,
                               Function<TableView.Column, String[]> content, Role role) {
        for (int i = 0; i < columns.size(); i++) {
            int span = i == columns.size() - 1 ? width - 1 - i : 1;
            String[] c = content.apply(columns.get(i));
            cells.add(new LayoutCell(r, 1 + i, 1, span, role, c[0], c.length > 1 ? c[1] : null));
        }
    }

    /** 表三 and 表四: header rows from the column tree, label columns from the row tree. */
    private static TableLayout tree(TableView view) {
        List<TableView.Column> columns = view.columns();
        List<TableView.Row> rows = view.rows();
        int depth = columns.stream().mapToInt(c -> c.path().size()).max().orElse(1);
        int labelWidth = rows.stream().mapToInt(r -> r.path().size()).max().orElse(0);
        List<LayoutCell> cells = TableLayout.newList();
        if (labelWidth > 0) {
            String header = view.table().headerLabel() == null ? "" : view.table().headerLabel();
            cells.add(new LayoutCell(0, 0, depth, labelWidth, Role.HEADER, header, null));
        }
        List<List<String>> columnPaths = columns.stream().map(TableView.Column::path).toList();
        for (Span s : Span.of(columnPaths, depth)) {
            cells.add(new LayoutCell(s.level(), labelWidth + s.start(), s.depthSpan(), s.length(), Role.HEADER, s.label(), null));
        }
        List<List<String>> rowPaths = rows.stream().map(TableView.Row::path).toList();
        for (Span s : Span.of(rowPaths, labelWidth)) {
            cells.add(new LayoutCell(depth + s.start(), s.level(), s.length(), s.depthSpan(), Role.LABEL, printed(rows, s), null));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new LayoutCell(depth + r, labelWidth + c, 1, 1, Role.VALUE, "",
                        view.code(rows.get(r).key(), columns.get(c).key())));
            }
        }
        return new TableLayout(view, cells, depth);
    }

    /** The printed form of a row label: a data row's own label with its official annotation. */
    private static String printed(List<TableView.Row> rows, Span s) {
        TableView.Row first = rows.get(s.start());
        boolean ownLabel = s.level() == first.path().size() - 1;
        return ownLabel ? first.node().printedLabel() : s.label();
    }

    /** 统计表: one row per heading or indicator, with its unit and value. */
    private static TableLayout list(TableView view) {
        List<LayoutCell> cells = TableLayout.newList();
        TableSpec t = view.table();
        cells.add(new LayoutCell(0, 0, 1, 1, Role.HEADER, t.headerLabel(), null));
        cells.add(new LayoutCell(0, 1, 1, 1, Role.HEADER, t.unitLabel(), null));
        cells.add(new LayoutCell(0, 2, 1, 1, Role.HEADER, view.columns().get(0).path().get(0), null));
        int[] r = {1};
        for (BlockSpec b : t.blocksIn(view.generation())) {
            listNodes(view, b.rows(), cells, r);
        }
        return new TableLayout(view, cells, 1);
    }

    private static void listNodes(TableView view, List<LabelNode> nodes, List<LayoutCell> cells, int[] r) {
        for (LabelNode n : nodes) {
            if (!n.belongsTo(view.generation())) {
                continue;
            }
            boolean data = n.key() != null;
            String unit = data ? view.find(view.code(n.key(), "")).map(c -> c.unit()).orElse("") : "—";
            cells.add(new LayoutCell(r[0], 0, 1, 1, Role.LABEL, n.printedLabel(), null));
            cells.add(new LayoutCell(r[0], 1, 1, 1, Role.UNIT, unit, null));
            cells.add(new LayoutCell(r[0], 2, 1, 1, Role.VALUE, "", data ? view.code(n.key(), "") : null));
            r[0]++;
            listNodes(view, n.childrenIn(view.generation()), cells, r);
        }
    }

    /**
     * A run of consecutive paths sharing a prefix at one level: one merged heading cell.
     *
     * @param level     the depth of the heading (row of a column header, column of a row label)
     * @param start     the first path of the run
     * @param length    how many paths the run covers
     * @param depthSpan how many levels the cell covers (a leaf above the deepest level stretches to it)
     * @param label     the heading
     */
    private record Span(int level, int start, int length, int depthSpan, String label) {

        static List<Span> of(List<List<String>> paths, int depth) {
            List<Span> out = new java.util.ArrayList<>();
            for (int level = 0; level < depth; level++) {
                int i = 0;
                while (i < paths.size()) {
                    List<String> p = paths.get(i);
                    if (p.size() <= level) {
                        i++;
                        continue;
                    }
                    int j = i + 1;
                    while (j < paths.size() && paths.get(j).size() > level && !leaf(p, level)
                            && paths.get(j).subList(0, level + 1).equals(p.subList(0, level + 1))) {
                        j++;
                    }
                    out.add(new Span(level, i, j - i, leaf(p, level) ? depth - level : 1, p.get(level)));
                    i = j;
                }
            }
            return out;
        }

        private static boolean leaf(List<String> path, int level) {
            return path.size() == level + 1;
        }
    }
}
