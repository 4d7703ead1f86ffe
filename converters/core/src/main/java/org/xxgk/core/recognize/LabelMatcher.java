package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.xxgk.core.schema.BlockSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.LabelNode;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;

/**
 * Finds which schema headings a cell's text is, tolerating the ways real reports mangle labels:
 * full-width or ASCII punctuation, spaces and line breaks inside labels, {@code 1、} for {@code 1.},
 * annotations in parentheses, a dropped, added or wrong character.
 */
final class LabelMatcher {

    /** What kind of heading a label is. */
    enum Kind { TITLE, HEADER, BLOCK, ROW, COLUMN }

    /**
     * A heading of the schema that a text may be.
     *
     * @param kind   title, header, block, row or column
     * @param table  the table it belongs to
     * @param block  the block it is in, or {@code null}
     * @param node   the row or column node, or {@code null} for titles, headers and blocks
     * @param parent the node's parent, or {@code null} at the top
     */
    record Entry(Kind kind, TableSpec table, BlockSpec block, LabelNode node, LabelNode parent,
                 Set<Generation> generations) {

        boolean belongsTo(Generation g) {
            return generations.contains(g);
        }

        /** A data row: a row heading with a key, whose values the report gives. */
        boolean isDataRow() {
            return kind == Kind.ROW && node.key() != null;
        }
    }

    /** A candidate heading with how well the text matched it: 1 exact, less for variants and typos. */
    record Match(Entry entry, double score) {
    }

    private static final double VARIANT = 0.95;
    private static final double ENUMERATOR_DIFFERS = 0.9;
    private static final int MIN_FUZZY_LENGTH = 4;

    private final Map<String, List<Entry>> byBody = new HashMap<>();
    private final Map<Entry, List<String>> keys = new java.util.IdentityHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    LabelMatcher(Schema schema) {
        for (TableSpec t : schema.tables()) {
            Set<Generation> all = EnumSet.copyOf(t.generations());
            add(new Entry(Kind.TITLE, t, null, null, null, all), List.of(t.title()));
            if (t.headerLabel() != null) {
                add(new Entry(Kind.HEADER, t, null, null, null, all), List.of(t.headerLabel()));
            }
            for (BlockSpec b : t.blocks()) {
                Set<Generation> inBlock = narrow(all, b.generations());
                if (b.label() != null) {
                    add(new Entry(Kind.BLOCK, t, b, null, null, inBlock), List.of(b.label()));
                }
                addNodes(Kind.ROW, t, b, b.rows(), null, inBlock);
                addNodes(Kind.COLUMN, t, b, b.columns(), null, inBlock);
            }
        }
    }

    private void addNodes(Kind kind, TableSpec t, BlockSpec b, List<LabelNode> nodes, LabelNode parent,
                          Set<Generation> inParent) {
        for (LabelNode n : nodes) {
            Set<Generation> here = narrow(inParent, n.generations());
            if (!n.label().isEmpty()) {
                List<String> texts = new ArrayList<>();
                texts.add(n.label());
                texts.addAll(n.variants());
                add(new Entry(kind, t, b, n, parent, here), texts);
            }
            addNodes(kind, t, b, n.children(), n, here);
        }
    }

    private static Set<Generation> narrow(Set<Generation> outer, Set<Generation> own) {
        Set<Generation> out = EnumSet.copyOf(outer);
        if (!own.isEmpty()) {
            out.retainAll(own);
        }
        return out;
    }

    /** Every heading of a table that belongs to a generation, for judging how much of it a report has. */
    List<Entry> entriesOf(TableSpec table, Generation g) {
        return entries.stream().filter(e -> e.table() == table && e.belongsTo(g)).toList();
    }

    private void add(Entry e, List<String> texts) {
        entries.add(e);
        List<String> k = new ArrayList<>();
        for (String text : texts) {
            LabelText lt = LabelText.of(text);
            k.add(lt.key());
            byBody.computeIfAbsent(lt.body(), x -> new ArrayList<>()).add(e);
        }
        keys.put(e, k);
    }

    /**
     * Texts already matched. Matching is a pure function of the text, and a region's workbooks repeat the
     * same few hundred labels thousands of times. Bounded, and long texts (paragraphs) are not kept.
     */
    private final Map<String, List<Match>> matched = new ConcurrentHashMap<>();
    private static final int MAX_MATCHED = 50_000;
    private static final int MAX_MATCHED_LENGTH = 200;

    /** The headings the text may be, best first; empty when it is none. */
    List<Match> match(String text) {
        List<Match> known = matched.get(text);
        if (known == null) {
            known = List.copyOf(matchNow(text));
            if (matched.size() < MAX_MATCHED && text.length() <= MAX_MATCHED_LENGTH) {
                matched.put(text, known);
            }
        }
        return known;
    }

    private List<Match> matchNow(String text) {
        LabelText lt = LabelText.of(text);
        if (lt.body().isEmpty()) {
            return List.of();
        }
        List<Match> found = exact(lt);
        if (found.isEmpty() && lt.body().length() >= MIN_FUZZY_LENGTH) {
            found = fuzzy(lt);
        }
        found.sort(Comparator.comparingDouble(Match::score).reversed());
        return found;
    }

    private List<Match> exact(LabelText lt) {
        List<Match> out = new ArrayList<>();
        for (Entry e : byBody.getOrDefault(lt.body(), List.of())) {
            List<String> k = keys.get(e);
            double score;
            if (k.get(0).equals(lt.key())) {
                score = 1.0;
            } else if (k.contains(lt.key())) {
                score = VARIANT;
            } else {
                score = lt.enumerator().isEmpty() ? VARIANT : ENUMERATOR_DIFFERS;
            }
            out.add(new Match(e, score));
        }
        return out;
    }

    private List<Match> fuzzy(LabelText lt) {
        List<Match> out = new ArrayList<>();
        String body = lt.body();
        for (Map.Entry<String, List<Entry>> candidate : byBody.entrySet()) {
            String other = candidate.getKey();
            if (other.length() < MIN_FUZZY_LENGTH || Math.abs(other.length() - body.length()) > allowed(other)) {
                continue;
            }
            int d = EditDistance.between(body, other, allowed(other));
            if (d <= allowed(other)) {
                double score = 0.85 - 0.1 * d;
                candidate.getValue().forEach(e -> out.add(new Match(e, score)));
            }
        }
        return out;
    }

    /** One wrong character in four is still the label; short labels must be nearly exact. */
    private static int allowed(String label) {
        return Math.max(1, label.length() / 4);
    }
}
