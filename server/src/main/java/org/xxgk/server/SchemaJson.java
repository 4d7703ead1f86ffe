package org.xxgk.server;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.core.Xxgk;
import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Term;

/**
 * The schema as the page needs it, made once: for each generation its tables as printed (the facade's
 * layouts), every cell's unit and type, and the 勾稽关系 expanded into equations with the rule in words,
 * so that the 填报 form checks what the validator checks without a rule written in JavaScript.
 */
final class SchemaJson {

    private SchemaJson() {
    }

    static ObjectNode of(Xxgk xxgk, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ArrayNode generations = root.putArray("generations");
        for (Generation g : Generation.values()) {
            ObjectNode gen = generations.addObject();
            gen.put("id", g.id());
            gen.put("name", xxgk.schema().describe(g));
            ArrayNode tables = gen.putArray("tables");
            for (TableSpec t : xxgk.schema().tablesIn(g)) {
                tables.add(table(xxgk, t, g, json));
            }
        }
        return root;
    }

    private static ObjectNode table(Xxgk xxgk, TableSpec t, Generation g, ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.put("id", t.id());
        out.put("name", t.name());
        out.put("title", t.title());
        TableLayout layout = xxgk.layout(t.id(), g);
        out.put("width", layout.width());
        out.put("height", layout.height());
        out.put("headerRows", layout.headerRows());
        ArrayNode cells = out.putArray("cells");
        for (LayoutCell c : layout.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("r", c.row()).put("c", c.column()).put("rs", c.rowSpan()).put("cs", c.colSpan())
                    .put("role", c.role().name().toLowerCase(java.util.Locale.ROOT)).put("text", c.text());
            if (c.code() != null) {
                cell.put("code", c.code());
                xxgk.schema().findCell(c.code()).ifPresent(spec -> describe(xxgk, spec, cell));
            }
        }
        ArrayNode equations = out.putArray("equations");
        for (Equation e : xxgk.equations(t.id(), g)) {
            if (!e.needsPrevious()) {
                ObjectNode eq = equations.addObject();
                eq.put("rule", e.rule().id()).put("severity", e.rule().severity().name().toLowerCase(java.util.Locale.ROOT))
                        .put("description", e.description()).put("place", e.place());
                terms(eq.putArray("left"), e.left());
                terms(eq.putArray("right"), e.right());
            }
        }
        return out;
    }

    private static void describe(Xxgk xxgk, CellSpec spec, ObjectNode cell) {
        cell.put("unit", spec.unit());
        cell.put("decimals", spec.type().allowsDecimals());
        cell.put("negative", spec.type().allowsNegative());
        cell.put("words", xxgk.describe(spec.code()));
        cell.put("row", spec.rowName());
        cell.put("column", spec.columnName());
    }

    private static void terms(ArrayNode out, List<Term> terms) {
        terms.forEach(t -> out.addObject().put("code", t.code()).put("negative", t.negative()));
    }
}
