package org.xxgk.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * The tables of a piece of HTML standing in another format: pandoc's Markdown writes a table with line
 * breaks in merged cells as a raw {@code <table>} among its own pipe tables. The text reader hands such a
 * block here, so that it needs no HTML parser of its own; the HTML module provides it.
 */
public interface MarkupTables {

    /**
     * Every {@code <table>} of the fragment as a positional grid, merged cells expanded, each cell located
     * in the file at its line ({@code firstLine} is the file's line where the fragment starts).
     */
    List<Grid> tables(String html, SourceLocation file, int firstLine);

    /** The implementation on the class path of the toolkit, if any. */
    static Optional<MarkupTables> find() {
        return ServiceLoader.load(MarkupTables.class, MarkupTables.class.getClassLoader()).findFirst();
    }
}
