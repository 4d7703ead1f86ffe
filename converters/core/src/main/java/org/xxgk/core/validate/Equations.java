package org.xxgk.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.xxgk.core.schema.RuleSpec;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;

/** Expands the schema's rules into the concrete equations of one table in one generation. */
public final class Equations {

    private Equations() {
    }

    /**
     * Expanded once per table view: the recognizer and the validator ask for every report, and expanding
     * the rules (placeholders, globs) costs more than checking them. Schemas and their views are
     * immutable and few.
     */
    private static final Map<List<Object>, List<Equation>> EXPANDED = new ConcurrentHashMap<>();

    /** Every equation of the schema's rules about this table, in rule order. */
    public static List<Equation> of(Schema schema, TableView view) {
        return EXPANDED.computeIfAbsent(List.of(schema, view), k -> expandAll(schema, view));
    }

    private static List<Equation> expandAll(Schema schema, TableView view) {
        List<Equation> out = new ArrayList<>();
        for (RuleSpec rule : schema.rules()) {
            if (rule.table().equals(view.table().id())) {
                out.addAll(expand(rule, view));
            }
        }
        return List.copyOf(out);
    }

    private static List<Equation> expand(RuleSpec rule, TableView view) {
        String table = view.table().name();
        if (rule.forEach() == null) {
            return instance(rule, view, s -> s, table).stream().toList();
        }
        List<Equation> out = new ArrayList<>();
        switch (rule.forEach()) {
            case "column" -> view.columns().forEach(c -> instance(rule, view,
                    s -> s.replace("{column}", c.key()).replace("{column-label}", lastLabel(c.path())),
                    table + "，" + lastLabel(c.path()) + "列").ifPresent(out::add));
            case "row" -> view.rows().forEach(r -> instance(rule, view,
                    s -> s.replace("{row}", r.key()).replace("{row-label}", r.node().label()),
                    table + "，" + r.node().label() + "行").ifPresent(out::add));
            case "group" -> groups(view).forEach(g -> instance(rule, view,
                    s -> s.replace("{group}", g[0]).replace("{group-label}", g[1]), table + "，" + g[1]).ifPresent(out::add));
            default -> throw new IllegalStateException("unknown forEach in rule " + rule.id() + ": " + rule.forEach());
        }
        return out;
    }

    private static java.util.Optional<Equation> instance(RuleSpec rule, TableView view, Function<String, String> fill,
                                                         String place) {
        List<Term> left = terms(rule.left(), view, fill);
        List<Term> right = terms(rule.right(), view, fill);
        if (left.isEmpty() || right.isEmpty()) {
            return java.util.Optional.empty();
        }
        String description = fill.apply(rule.description().replace("{column}", "{column-label}")
                .replace("{row}", "{row-label}").replace("{group}", "{group-label}"));
        return java.util.Optional.of(new Equation(rule, description, place, left, right));
    }

    /** The terms with placeholders filled and globs expanded; terms the table does not have are left out. */
    private static List<Term> terms(List<String> patterns, TableView view, Function<String, String> fill) {
        Set<Term> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            Term t = Term.parse(fill.apply(pattern));
            if (t.code().contains("*")) {
                Pattern glob = Pattern.compile(Pattern.quote(t.code()).replace("*", "\\E[^.]*\\Q"));
                view.cells().stream().filter(c -> glob.matcher(c.code()).matches())
                        .forEach(c -> out.add(new Term(c.code(), t.negative(), t.previous())));
            } else if (view.contains(t.code())) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** Column groups: the part of a column key before its last dot, with the group's own label. */
    private static List<String[]> groups(TableView view) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TableView.Column c : view.columns()) {
            int dot = c.key().lastIndexOf('.');
            if (dot > 0 && seen.add(c.key().substring(0, dot))) {
                out.add(new String[] {c.key().substring(0, dot), c.path().get(c.path().size() - 2)});
            }
        }
        return out;
    }

    private static String lastLabel(List<String> path) {
        return path.get(path.size() - 1);
    }
}
