package org.xxgk.word;

import java.util.ArrayList;
import java.util.List;

import org.apache.xmlbeans.XmlObject;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * Walks a document body in order: paragraphs become lines, tables become grids (and lines), content
 * controls and custom XML are looked through, and a table that only lays out the page (its cells hold
 * tables) is read as the body it wraps.
 */
final class DocxBody {

    private final SourceLocation file;
    private final List<Grid> grids = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    DocxBody(SourceLocation file) {
        this.file = file;
    }

    List<Grid> grids() {
        return grids;
    }

    List<String> lines() {
        return lines;
    }

    void read(XmlObject container) {
        for (Ooxml.Node n : Ooxml.children(container)) {
            if (n.is("p")) {
                paragraph(n.object());
            } else if (n.is("tbl")) {
                table(n.object());
            } else if (n.is("sdt") || n.is("customXml")) {
                read(n.content());
            }
        }
    }

    private void paragraph(XmlObject p) {
        Ooxml.text(p).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
    }

    private void table(XmlObject tbl) {
        if (DocxTable.holdsTables(tbl)) {
            DocxTable.cells(tbl).forEach(this::read);
            return;
        }
        Grid g = DocxTable.grid(tbl, file).at(lines.size());
        grids.add(g);
        lines.addAll(Grids.lines(g));
    }
}
