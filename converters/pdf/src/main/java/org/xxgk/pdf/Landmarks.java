package org.xxgk.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xxgk.core.recognize.LabelText;
import org.xxgk.core.schema.BlockSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.LabelNode;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;

/**
 * The labels of the official tables (titles, block headings, row and column labels and their variants),
 * from the schema. Their words show that a page holds a table; they are folded as the recognizer folds
 * labels (full-width forms, spaces and line breaks), so that a label written down a column, one
 * character per line, is found too. They also tell a label cut by a page break from a whole one.
 */
final class Landmarks {

    /** Shorter labels ({@code 规章}, {@code 总计}) are everyday words in a report's prose. */
    private static final int MIN_LENGTH = 4;

    private static volatile Landmarks official;

    private final List<String> words;
    private final Set<String> bodies;
    private final Set<String> columns;
    private final Set<String> parents;

    private Landmarks(Set<String> words, Set<String> bodies, Set<String> columns, Set<String> parents) {
        this.words = List.copyOf(words);
        this.bodies = Set.copyOf(bodies);
        this.columns = Set.copyOf(columns);
        this.parents = Set.copyOf(parents);
    }

    static Landmarks official() {
        Landmarks l = official;
        if (l == null) {
            l = of(Schema.official());
            official = l;
        }
        return l;
    }

    static Landmarks of(Schema schema) {
        Set<String> labels = new LinkedHashSet<>();
        Set<String> columnLabels = new LinkedHashSet<>();
        Set<String> parentLabels = new LinkedHashSet<>();
        Set<String> rowLabels = new LinkedHashSet<>();
        for (TableSpec t : schema.tables()) {
            labels.add(t.title());
            labels.add(t.headerLabel());
            labels.add(t.unitLabel());
            for (BlockSpec b : t.blocks()) {
                labels.add(b.label());
                b.columns().forEach(n -> addTree(labels, n));
                b.columns().forEach(n -> addTree(columnLabels, n));
                b.rows().forEach(n -> addTree(labels, n));
                b.rows().forEach(n -> addParents(parentLabels, n, t.generations()));
                b.rows().forEach(n -> addDataRows(rowLabels, n));
            }
        }
        labels.remove(null);
        Set<String> words = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (String label : labels) {
            String folded = LabelText.fold(label);
            if (folded.length() >= MIN_LENGTH) {
                words.add(folded);
            }
            bodies.add(LabelText.of(label).body());
        }
        bodies.remove("");
        Set<String> parents = bodiesOf(parentLabels);
        parents.removeAll(bodiesOf(rowLabels));
        return new Landmarks(words, bodies, bodiesOf(columnLabels), parents);
    }

    private static Set<String> bodiesOf(Set<String> labels) {
        Set<String> out = new LinkedHashSet<>();
        labels.stream().filter(l -> l != null && !l.isEmpty()).forEach(l -> out.add(LabelText.of(l).body()));
        out.remove("");
        return out;
    }

    private static void addDataRows(Set<String> labels, LabelNode node) {
        if (node.key() != null) {
            labels.add(node.label());
            labels.addAll(node.variants());
        }
        node.children().forEach(c -> addDataRows(labels, c));
    }

    /** Headings that have rows under them in every generation they belong to (2019's （六）其他处理 is a row). */
    private static void addParents(Set<String> labels, LabelNode node, List<Generation> generations) {
        boolean always = generations.stream().filter(node::belongsTo).allMatch(g -> !node.childrenIn(g).isEmpty());
        if (always) {
            labels.add(node.label());
            labels.addAll(node.variants());
        }
        node.children().forEach(c -> addParents(labels, c, generations));
    }

    /** True for a value column's heading ({@code 自然人}, {@code 本年制发件数}): no row label, no enumerator. */
    boolean isColumnHeading(String text) {
        LabelText label = LabelText.of(text);
        return label.enumerator().isEmpty() && columns.contains(label.body());
    }

    /** True for a row heading over other rows ({@code 三、本年度办理结果}, {@code （三）不予公开}): it holds no values. */
    boolean isParentHeading(String text) {
        return parents.contains(LabelText.of(text).body());
    }

    private static void addTree(Set<String> labels, LabelNode node) {
        labels.add(node.label());
        labels.addAll(node.variants());
        node.children().forEach(c -> addTree(labels, c));
    }

    /** True when the text is a label of the schema, compared as the recognizer compares labels. */
    boolean isLabel(String text) {
        return bodies.contains(LabelText.of(text).body());
    }

    /** How many distinct labels the page's text shows, counting up to {@code enough}. */
    int count(List<String> lines, int enough) {
        String text = LabelText.fold(String.join("", lines));
        int hits = 0;
        for (String w : words) {
            if (text.contains(w) && ++hits >= enough) {
                break;
            }
        }
        return hits;
    }
}
