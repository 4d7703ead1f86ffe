package org.xxgk.core.model;

import java.util.List;

/**
 * What a reader makes of one input: the table grids in reading order and the report's text lines
 * (title, signature, paragraphs), from which the recognizer takes the agency, year and date.
 *
 * @param source the input as the user named it
 * @param format the detected format name ({@code text}, {@code html}, {@code pdf}, …)
 * @param grids  the tables, in reading order; a table split over pages may arrive as several grids
 * @param lines  the text of the document, one entry per line or paragraph, tables included
 * @param pages    pages (PDF, Word) or sheets (workbooks) the input has, 0 where the format has none
 * @param problems what the reader itself found doubtful (a workbook template whose layout was edited,
 *                 a formula it could not evaluate); the recognizer passes them on to the report
 * @param parts    the document's parts when each may hold a report of its own (a workbook's sheets, where
 *                 cities keep one agency per sheet); empty for formats that have none
 * @param title    the document's own Title property (a PDF's document information), or {@code null};
 *                 the recognizer trusts it below the title in the text
 */
public record Document(String source, String format, List<Grid> grids, List<String> lines, int pages,
                       List<Problem> problems, List<Part> parts, String title) {

    /**
     * A part of a document that may hold a whole report of its own.
     *
     * @param name  the part's name as users see it (the sheet name)
     * @param grids the part's tables
     * @param lines the part's text
     */
    public record Part(String name, List<Grid> grids, List<String> lines) {
        public Part {
            grids = List.copyOf(grids);
            lines = List.copyOf(lines);
        }
    }

    public Document {
        grids = List.copyOf(grids);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        parts = List.copyOf(parts);
    }

    /** A document without a Title property. */
    public Document(String source, String format, List<Grid> grids, List<String> lines, int pages,
                    List<Problem> problems, List<Part> parts) {
        this(source, format, grids, lines, pages, problems, parts, null);
    }

    /** A document of one piece, with what the reader found doubtful. */
    public Document(String source, String format, List<Grid> grids, List<String> lines, int pages,
                    List<Problem> problems) {
        this(source, format, grids, lines, pages, problems, List.of(), null);
    }

    /** A document about which the reader has nothing to say beyond its content. */
    public Document(String source, String format, List<Grid> grids, List<String> lines, int pages) {
        this(source, format, grids, lines, pages, List.of(), List.of(), null);
    }

    /** The same document with its Title property. */
    public Document withTitle(String documentTitle) {
        return new Document(source, format, grids, lines, pages, problems, parts, documentTitle);
    }

    /** One part as a document of its own, named {@code file#part} in messages; the file's title is not the part's. */
    public Document partAsDocument(Part part) {
        return new Document(source + "#" + part.name(), format, part.grids(), part.lines(), 1);
    }
}
