package org.xxgk.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.CellValue.Flag;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Equations;
import org.xxgk.core.validate.Term;
import org.xxgk.core.validate.Validator;
import org.xxgk.ocr.CellReader.CellReading;

/**
 * What the reader says of its OCR before handing the document on: it recognises the grids once itself,
 * to know which cell is which code, then
 * <ul>
 *   <li>puts right a digit the engine was unsure of where a rule (勾稽关系) fails and exactly one
 *       reading of one unsure cell makes every rule of that cell hold: the reading is taken, flagged
 *       {@code inferred} and said in a warning;</li>
 *   <li>warns of every value still unsure (under the confidence threshold, the two engines disagreeing),
 *       under a seal, or unreadable, naming the cell.</li>
 * </ul>
 * Never changes a value without saying so, and never a value the engine was sure of.
 */
final class Review {

    /** Rounds of repair: each may settle one rule, after which others may become settled. */
    private static final int MAX_ROUNDS = 40;

    private final Schema schema;
    private final Recognizer recognizer;
    private final Validator validator;

    Review(Schema schema) {
        this.schema = schema;
        this.recognizer = new Recognizer(schema);
        this.validator = new Validator(schema);
    }

    /** A cell's place: page, grid row and column (1-based, as in its location). */
    record Place(Integer page, Integer row, Integer column) {
        static Place of(SourceLocation at) {
            return new Place(at.page(), at.row(), at.column());
        }

        /** The rows of a page's tables are counted from the top of the page, through all its tables. */
        String describe() {
            return "第" + page + "页表格第" + row + "行第" + column + "列";
        }
    }

    /**
     * @param doc      the OCR document
     * @param readings each cell's reading by its place
     */
    Document review(Document doc, Map<Place, CellReading> readings) {
        Report report;
        try {
            report = recognizer.recognize(doc);
        } catch (NotAReportException e) {
            return doc; // the recognizer will say so again, with its message
        }
        Map<String, CellReading> byCode = new LinkedHashMap<>();
        for (Map.Entry<String, CellValue> v : report.values().entrySet()) {
            SourceLocation at = v.getValue().location();
            CellReading r = at == null || at.row() == null ? null : readings.get(Place.of(at));
            if (r != null && v.getValue().raw().equals(r.text())) {
                byCode.put(v.getKey(), r);
            }
        }
        Map<String, SourceLocation> places = new HashMap<>();
        byCode.keySet().forEach(code -> places.put(code, report.values().get(code).location()));
        Map<String, CellReading> unreadable = unreadableValues(report, readings, doc.source(), places);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> fixes = repair(report, byCode, unreadable, problems);
        for (Map.Entry<String, CellReading> e : byCode.entrySet()) {
            if (!fixes.containsKey(e.getKey())) {
                warn(e.getKey(), report.values().get(e.getKey()), e.getValue()).ifPresent(problems::add);
            }
        }
        problems.addAll(unreadable(readings, byCode, unreadable, fixes));
        problems.addAll(withoutCell(report));
        List<Grid> grids = doc.grids().stream().map(g -> withFixes(g, fixes, places)).toList();
        List<Problem> all = new ArrayList<>(doc.problems());
        all.addAll(problems);
        return new Document(doc.source(), doc.format(), grids, doc.lines(), doc.pages(), all, doc.parts());
    }

    /**
     * The value cells the engine could not read, by code: the recognizer named each in an
     * {@code invalid_number} problem at the cell's place.
     */
    private static Map<String, CellReading> unreadableValues(Report report, Map<Place, CellReading> readings, String file,
                                                             Map<String, SourceLocation> places) {
        Map<String, CellReading> out = new LinkedHashMap<>();
        for (Map.Entry<Place, CellReading> e : readings.entrySet()) {
            if (e.getValue().doubt() != CellReader.Doubt.UNREADABLE || !e.getValue().number()) {
                continue;
            }
            Place p = e.getKey();
            SourceLocation at = SourceLocation.ofFile(file).withPage(p.page()).withCell(p.row(), p.column(), null);
            for (Problem problem : report.problems()) {
                if (problem.rule().equals("invalid_number") && problem.cells().size() == 1
                        && problem.location().startsWith(at.describe() + "，")) {
                    out.put(problem.cells().get(0), e.getValue());
                    places.put(problem.cells().get(0), at);
                }
            }
        }
        return out;
    }

    /** The repairs: code to the reading taken. Adds a warning for each, and for rules with several candidate repairs. */
    private Map<String, String> repair(Report report, Map<String, CellReading> byCode, Map<String, CellReading> unreadable,
                                       List<Problem> problems) {
        List<Equation> equations = new ArrayList<>();
        for (Map.Entry<String, Generation> t : report.generations().entrySet()) {
            Equations.of(schema, schema.view(t.getKey(), t.getValue())).stream().filter(e -> !e.needsPrevious()).forEach(equations::add);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        report.values().forEach((k, v) -> values.put(k, v.number()));
        Map<String, String> fixes = new LinkedHashMap<>();
        for (String code : unreadable.keySet()) {
            solve(code, equations, values).ifPresent(n -> {
                values.put(code, n);
                fixes.put(code, n.toPlainString());
                problems.add(Problem.of(Severity.WARNING, "ocr.inferred", List.of(code), "",
                        name(code) + "有字迹，但文字识别无法辨认；该格所在的 " + equationsOf(code, equations) + " 条勾稽关系都要求它是 "
                                + n.toPlainString() + "，已按 " + n.toPlainString() + " 读取，请对照原件核实"));
            });
        }
        Set<Equation> saidAmbiguous = new LinkedHashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Equation> failing = equations.stream().filter(e -> holds(e, values) == Boolean.FALSE).toList();
            if (failing.isEmpty()) {
                break;
            }
            boolean progress = false;
            for (Equation f : failing) {
                List<String[]> candidates = new ArrayList<>();
                for (String code : new LinkedHashSet<>(f.codes())) {
                    CellReading r = byCode.get(code);
                    if (r == null || !r.unsure() || fixes.containsKey(code)) {
                        continue;
                    }
                    for (String reading : readings(r)) {
                        if (restores(code, new BigDecimal(reading), equations, values)) {
                            candidates.add(new String[] {code, reading});
                        }
                    }
                }
                if (candidates.size() == 1) {
                    String code = candidates.get(0)[0];
                    String reading = candidates.get(0)[1];
                    values.put(code, new BigDecimal(reading));
                    fixes.put(code, reading);
                    problems.add(fixed(code, report.values().get(code), byCode.get(code), reading));
                    progress = true;
                    break;
                }
                if (candidates.size() > 1 && saidAmbiguous.add(f)) {
                    problems.add(ambiguous(f, candidates, report));
                }
            }
            if (!progress) {
                break;
            }
        }
        return fixes;
    }

    /** Rules a value must satisfy before an unreadable cell is taken from them. */
    private static final int SOLVING_RULES = 2;

    /**
     * The value every equation of an unreadable cell gives it, when at least two give one (all their other
     * cells read) and they agree on a whole number from 0 up.
     */
    private static Optional<BigDecimal> solve(String code, List<Equation> equations, Map<String, BigDecimal> values) {
        BigDecimal found = null;
        int agreeing = 0;
        for (Equation e : equations) {
            BigDecimal rest = BigDecimal.ZERO;
            int k = 0;
            boolean complete = true;
            for (int side = 0; side < 2 && complete; side++) {
                for (Term t : side == 0 ? e.left() : e.right()) {
                    int sign = (t.negative() ? -1 : 1) * (side == 0 ? 1 : -1);
                    if (t.code().equals(code)) {
                        k += sign;
                    } else if (values.get(t.code()) == null) {
                        complete = false;
                        break;
                    } else {
                        rest = rest.add(values.get(t.code()).multiply(BigDecimal.valueOf(sign)));
                    }
                }
            }
            if (!complete || k == 0) {
                continue;
            }
            BigDecimal n = rest.negate().divide(BigDecimal.valueOf(k));
            if (found != null && found.compareTo(n) != 0) {
                return Optional.empty();
            }
            found = n;
            agreeing++;
        }
        boolean whole = found != null && found.signum() >= 0 && found.stripTrailingZeros().scale() <= 0;
        return agreeing >= SOLVING_RULES && whole ? Optional.of(found.stripTrailingZeros().setScale(0)) : Optional.empty();
    }

    private static long equationsOf(String code, List<Equation> equations) {
        return equations.stream().filter(e -> e.codes().contains(code)).count();
    }

    /** Whether an equation holds; {@code null} when a cell is missing (nothing to compare). */
    private static Boolean holds(Equation e, Map<String, BigDecimal> values) {
        BigDecimal left = sum(e.left(), values);
        BigDecimal right = sum(e.right(), values);
        return left == null || right == null ? null : left.compareTo(right) == 0;
    }

    private static BigDecimal sum(List<Term> terms, Map<String, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            BigDecimal v = values.get(t.code());
            if (v == null) {
                return null;
            }
            total = t.negative() ? total.subtract(v) : total.add(v);
        }
        return total;
    }

    /** Whether, with this cell read so, every equation it is in holds. */
    private static boolean restores(String code, BigDecimal reading, List<Equation> equations, Map<String, BigDecimal> values) {
        BigDecimal was = values.put(code, reading);
        try {
            boolean any = false;
            for (Equation e : equations) {
                if (e.codes().contains(code)) {
                    Boolean h = holds(e, values);
                    if (h == Boolean.FALSE) {
                        return false;
                    }
                    any |= h != null;
                }
            }
            return any;
        } finally {
            values.put(code, was);
        }
    }

    /**
     * The readings an unsure number may have: those the engines gave, and every reading one digit away
     * (one digit misread, dropped or added), as a wrong digit is what OCR does to a number.
     */
    static List<String> readings(CellReading r) {
        LinkedHashSet<String> out = new LinkedHashSet<>(r.alternatives());
        String text = r.text();
        if (!text.matches("-?\\d+")) {
            return List.copyOf(out);
        }
        String sign = text.startsWith("-") ? "-" : "";
        String n = text.substring(sign.length());
        for (int i = 0; i < n.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                out.add(sign + n.substring(0, i) + d + n.substring(i + 1));
            }
            if (n.length() > 1) {
                out.add(sign + n.substring(0, i) + n.substring(i + 1));
            }
        }
        for (int i = 0; i <= n.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                out.add(sign + n.substring(0, i) + d + n.substring(i));
            }
        }
        out.add(sign.isEmpty() ? "-" + n : n); // a minus sign lost or seen in a speck
        out.remove(text);
        return out.stream().filter(s -> s.matches("-?(?:0|[1-9]\\d*|\\d+\\.\\d+)") && !s.equals("-0")).toList();
    }

    private Problem fixed(String code, CellValue v, CellReading r, String reading) {
        String cell = name(code);
        return Problem.of(Severity.WARNING, "ocr.inferred", List.of(code), where(v),
                cell + "文字识别为 " + r.text() + "（把握 " + percent(r.confidence()) + "），不满足勾稽关系；只有读作 " + reading
                        + " 能使该格所在的勾稽关系全部成立，已按 " + reading + " 读取，请对照原件核实");
    }

    private Problem ambiguous(Equation f, List<String[]> candidates, Report report) {
        String options = candidates.stream().map(c -> name(c[0]) + "读作 " + c[1]).collect(Collectors.joining("，或"));
        String code = candidates.get(0)[0];
        return Problem.of(Severity.WARNING, "ocr.ambiguous", candidates.stream().map(c -> c[0]).distinct().toList(),
                where(report.values().get(code)), f.description() + "不成立；识别不确定的格中有不止一种读法能使其成立（" + options
                        + "），未作更正，请对照原件核实");
    }

    /** The warning for a value the engine was not sure of, or that lies under a seal. */
    private Optional<Problem> warn(String code, CellValue v, CellReading r) {
        if (r.doubt() == CellReader.Doubt.SEAL) {
            return Optional.of(Problem.of(Severity.WARNING, "ocr.seal", List.of(code), where(v),
                    name(code) + "有红色印章盖在上面，文字识别为 " + r.text() + "（把握 " + percent(r.confidence()) + "），请对照原件核实"));
        }
        if (r.unsure()) {
            return Optional.of(Problem.of(Severity.WARNING, "ocr.unsure", List.of(code), where(v),
                    name(code) + "文字识别不确定，读作 " + r.text() + "（把握 " + percent(r.confidence()) + "），请对照原件核实"));
        }
        return Optional.empty();
    }

    /**
     * Values the recognizer found no cell for in a row it read (a line of the table not found, two cells
     * taken for one): read as blank, which on a scan is a guess, so it is said.
     */
    private List<Problem> withoutCell(Report report) {
        List<Problem> out = new ArrayList<>();
        report.values().forEach((code, v) -> {
            if (v.has(Flag.BLANK) && !v.has(Flag.OCR)) {
                out.add(Problem.of(Severity.WARNING, "ocr.no_cell", List.of(code), where(v), name(code)
                        + "在扫描件的表格中没有找到对应的格（表格线可能不清楚），已按空白读作 0，请对照原件核实"));
            }
        });
        return out;
    }

    /** Cells with ink that no engine could read: never a silent blank. */
    private static List<Problem> unreadable(Map<Place, CellReading> readings, Map<String, CellReading> byCode,
                                            Map<String, CellReading> unreadable, Map<String, String> fixes) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<Place, CellReading> e : readings.entrySet()) {
            boolean solved = unreadable.entrySet().stream().anyMatch(u -> u.getValue() == e.getValue() && fixes.containsKey(u.getKey()));
            if (e.getValue().doubt() == CellReader.Doubt.UNREADABLE && !byCode.containsValue(e.getValue()) && !solved) {
                out.add(Problem.of(Severity.WARNING, "ocr.unreadable", List.of(), e.getKey().describe(),
                        e.getKey().describe() + "有字迹，但文字识别无法辨认，未读取，请对照原件补录"));
            }
        }
        return out;
    }

    private String name(String code) {
        return schema.findCell(code).map(validator::describe).orElse(code);
    }

    private static String where(CellValue v) {
        return v == null || v.location() == null ? "" : v.location().describe();
    }

    private static String percent(Double confidence) {
        return confidence == null ? "—" : Math.round(confidence * 100) + "%";
    }

    /** The grid with each repaired cell's text replaced by the reading taken and flagged inferred. */
    private static Grid withFixes(Grid g, Map<String, String> fixes, Map<String, SourceLocation> places) {
        Map<SourceLocation, String> at = new HashMap<>();
        fixes.forEach((code, reading) -> at.put(places.get(code), reading));
        if (at.isEmpty()) {
            return g;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> row : g.rows()) {
            List<Cell> out = new ArrayList<>();
            for (Cell c : row) {
                String reading = at.get(c.location());
                if (reading == null) {
                    out.add(c);
                } else {
                    EnumSet<Flag> flags = EnumSet.of(Flag.INFERRED);
                    flags.addAll(c.flags());
                    out.add(new Cell(reading, c.rowSpan(), c.colSpan(), c.covered(), c.location(), flags, c.confidence()));
                }
            }
            rows.add(out);
        }
        return new Grid(rows, g.positional(), g.official());
    }
}
