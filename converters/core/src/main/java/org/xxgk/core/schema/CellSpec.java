package org.xxgk.core.schema;

import java.util.List;

/**
 * One cell of an official table in one generation: its code and where it stands.
 *
 * @param code       the stable code ({@code t3.new.natural})
 * @param table      the table id
 * @param generation the generation this view of the cell belongs to
 * @param block      the block's label, or {@code null}
 * @param rowPath    the row labels from the top heading down to the cell's row
 * @param columnPath the column labels from the top heading down to the cell's column
 * @param rowKey     the row's key
 * @param columnKey  the column's key (joined along the path)
 * @param unit       the unit (件, 万元, …)
 * @param type       what the cell may hold
 */
public record CellSpec(String code, String table, Generation generation, String block,
                       List<String> rowPath, List<String> columnPath, String rowKey, String columnKey,
                       String unit, ValueType type) {

    public CellSpec {
        rowPath = List.copyOf(rowPath);
        columnPath = List.copyOf(columnPath);
    }

    /** The row's labels joined with {@code /}, the block first (the CSV {@code row} column). */
    public String rowLabel() {
        String path = String.join("/", rowPath);
        return block == null ? path : path.isEmpty() ? block : block + "/" + path;
    }

    /** The column's labels joined with {@code /} (the CSV {@code column} column). */
    public String columnLabel() {
        return String.join("/", columnPath);
    }

    /** The last row label, the one a person looks for. */
    public String rowName() {
        return rowPath.isEmpty() ? "" : rowPath.get(rowPath.size() - 1);
    }

    /** The last column label. */
    public String columnName() {
        return columnPath.isEmpty() ? "" : columnPath.get(columnPath.size() - 1);
    }
}
