package org.xxgk.odf;

/** A piece of a document's body in reading order: a paragraph (or heading) or a table. */
sealed interface Block permits Block.Paragraph, RawTable {

    /** A paragraph's text, line breaks as {@code \n}. */
    record Paragraph(String text) implements Block {
    }
}
