package org.xxgk.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xxgk.core.recognize.LabelText;
import org.xxgk.core.schema.BlockSpec;
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

    private Landmarks(Set<String> words, Set<String> bodies) {
        this.words = List.copyOf(words);
        this.bodies = Set.copyOf(bodies);
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
        for (TableSpec t : schema.tables()) {
            labels.add(t.title());
            labels.add(t.headerLabel());
            labels.add(t.unitLabel());
            for (BlockSpec b : t.blocks()) {
                labels.add(b.label());
                b.columns().forEach(n -> addTree(labels, n));
                b.rows().forEach(n -> addTree(labels, n));
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
        return new Landmarks(words, bodies);
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
