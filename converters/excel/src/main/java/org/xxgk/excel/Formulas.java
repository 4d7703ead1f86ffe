package org.xxgk.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Equations;
import org.xxgk.core.validate.Term;

/**
 * The table's 勾稽关系 as spreadsheet formulas, from the schema's rules: an equation whose left side
 * is one cell ({@code t3.new.total} = the six applicant columns) makes that cell a formula; every other
 * equation (表三's balance, and a total that a second rule also defines) becomes a check that turns red
 * when it fails. Rules across years are left out: the workbook has no last year.
 */
final class Formulas {

    private final Map<String, Equation> totals = new LinkedHashMap<>();
    private final List<Equation> checks = new ArrayList<>();

    private Formulas(List<Equation> equations) {
        for (Equation e : equations) {
            if (e.needsPrevious()) {
                continue;
            }
            if (defines(e) && !totals.containsKey(e.left().get(0).code())) {
                totals.put(e.left().get(0).code(), e);
            } else {
                checks.add(e);
            }
        }
    }

    static Formulas of(Schema schema, TableView view) {
        return new Formulas(Equations.of(schema, view));
    }

    private static boolean defines(Equation e) {
        String code = e.left().get(0).code();
        return e.left().size() == 1 && !e.left().get(0).negative()
                && e.right().stream().noneMatch(t -> t.negative() || t.code().equals(code));
    }

    /** The equation whose right side a total cell is the sum of, when the cell is a total. */
    Optional<Equation> totalOf(String code) {
        return Optional.ofNullable(totals.get(code));
    }

    Map<String, Equation> totals() {
        return totals;
    }

    List<Equation> checks() {
        return checks;
    }

    /** The formula of a total cell: {@code SUM(D6:I6)}. */
    static String total(Equation e, Function<String, CellAddress> at) {
        return sum(e.right(), at, false);
    }

    /** A condition that is true when the equation fails, with absolute references (for conditional formats). */
    static String fails(Equation e, Function<String, CellAddress> at) {
        return sum(e.left(), at, true) + "<>" + sum(e.right(), at, true);
    }

    /** A condition that is true when the equation holds. */
    static String holds(Equation e, Function<String, CellAddress> at) {
        return sum(e.left(), at, false) + "=" + sum(e.right(), at, false);
    }

    /**
     * The terms as one expression: added cells as {@code SUM} of runs of adjacent cells, subtracted ones
     * after a minus.
     */
    static String sum(List<Term> terms, Function<String, CellAddress> at, boolean absolute) {
        List<CellAddress> plus = terms.stream().filter(t -> !t.negative()).map(t -> at.apply(t.code())).toList();
        List<CellAddress> minus = terms.stream().filter(Term::negative).map(t -> at.apply(t.code())).toList();
        String out = "SUM(" + runs(plus, absolute) + ")";
        return minus.isEmpty() ? out : out + "-SUM(" + runs(minus, absolute) + ")";
    }

    /** Cells joined into ranges where they are adjacent in a row or a column, in the order given. */
    static String runs(List<CellAddress> cells, boolean absolute) {
        List<CellRangeAddress> ranges = new ArrayList<>();
        for (CellAddress c : cells) {
            CellRangeAddress last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && extends_(last, c)) {
                last.setLastRow(c.getRow());
                last.setLastColumn(c.getColumn());
            } else {
                ranges.add(new CellRangeAddress(c.getRow(), c.getRow(), c.getColumn(), c.getColumn()));
            }
        }
        return ranges.stream().map(r -> text(r, absolute)).collect(Collectors.joining(","));
    }

    private static boolean extends_(CellRangeAddress r, CellAddress c) {
        boolean rowRun = r.getFirstRow() == r.getLastRow() && c.getRow() == r.getLastRow()
                && c.getColumn() == r.getLastColumn() + 1;
        boolean columnRun = r.getFirstColumn() == r.getLastColumn() && c.getColumn() == r.getLastColumn()
                && c.getRow() == r.getLastRow() + 1;
        return rowRun || columnRun;
    }

    private static String text(CellRangeAddress r, boolean absolute) {
        String first = new org.apache.poi.ss.util.CellReference(r.getFirstRow(), r.getFirstColumn(), absolute, absolute)
                .formatAsString();
        if (r.getNumberOfCells() == 1) {
            return first;
        }
        return first + ":" + new org.apache.poi.ss.util.CellReference(r.getLastRow(), r.getLastColumn(), absolute, absolute)
                .formatAsString();
    }
}
