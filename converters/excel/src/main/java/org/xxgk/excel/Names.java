package org.xxgk.excel;

/**
 * The defined names by which the template records where each cell is, so that filling and reading our
 * own template never depend on cell positions: one name per code, one per table area, one per cover
 * field.
 */
final class Names {

    private static final String PREFIX = "xxgk_";

    private Names() {
    }

    /** The name of a code's value cell: {@code t3.new.natural} → {@code xxgk_t3_new_natural}. */
    static String ofCode(String code) {
        return PREFIX + code.replace('.', '_');
    }

    /** The name of a table's whole area, whose top-left corner is the origin of its layout. */
    static String ofArea(String tableId) {
        return PREFIX + "area_" + tableId;
    }

    /** The name of a cover field's value cell. */
    static String ofCover(CoverField field) {
        return PREFIX + "cover_" + field.key();
    }
}
