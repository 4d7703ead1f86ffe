package org.xxgk.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Ruled tables through tabula's lattice algorithm: the ruling lines give the cells, adjacent cells form
 * a table. A character belongs to the cell that holds its centre: tabula asks for the whole glyph box,
 * which the generous box of a CJK font in a tightly padded row pokes out of, losing whole rows.
 */
final class LatticeTables {

    private LatticeTables() {
    }

    /**
     * The ruled tables of a page, top to bottom, each placed among the document's lines after those above
     * its top edge; none when the page draws no closed cells.
     */
    static List<Grid> of(ScannedPage scanned, SourceLocation file) {
        Page page = TabulaPage.of(scanned);
        // A ruling tabula counts as both horizontal and vertical (a mere dot after snapping) makes its
        // intersection search throw; a dot bounds no cell, so it is left out of both.
        List<Ruling> horizontal = page.getHorizontalRulings().stream().filter(r -> !r.vertical()).toList();
        List<Ruling> vertical = page.getVerticalRulings().stream().filter(r -> !r.horizontal()).toList();
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical);
        if (cells.size() < 2) {
            return List.of();
        }
        List<Rectangle> areas = new ArrayList<>(SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells));
        areas.sort(Comparator.comparingDouble(Rectangle::getTop).thenComparingDouble(Rectangle::getLeft));
        SourceLocation at = file.withPage(scanned.number());
        List<Grid> grids = new ArrayList<>();
        for (Rectangle area : areas) {
            List<Rectangle2D> bounds = cells.stream().filter(c -> c.intersects(area)).map(c -> (Rectangle2D) c.getBounds2D()).toList();
            if (bounds.size() >= 2) {
                grids.add(table(bounds, scanned, at).at(scanned.lineAt(area.getTop())));
            }
        }
        return grids;
    }

    /** One table: each character to the cell that holds its centre, each cell's characters read as text. */
    private static Grid table(List<Rectangle2D> bounds, ScannedPage scanned, SourceLocation at) {
        CellGrid grid = new CellGrid(bounds);
        List<List<TextElement>> inCell = new ArrayList<>();
        bounds.forEach(b -> inCell.add(new ArrayList<>()));
        for (TextElement e : scanned.chars()) {
            int i = grid.cellAt(e.getCenterX(), e.getCenterY());
            if (i >= 0) {
                inCell.get(i).add(e);
            }
        }
        double edge = PageEdge.cutEdge(scanned, bounds);
        return grid.build(inCell.stream().map(CellText::of).toList(), PageEdge.cut(edge, bounds, inCell), edge, at);
    }
}
