package org.xxgk.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
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

    /** The ruled tables of a page, top to bottom; none when the page draws no closed cells. */
    static List<Grid> of(ScannedPage scanned, SourceLocation file) {
        Page page = TabulaPage.of(scanned);
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(page.getHorizontalRulings(), page.getVerticalRulings());
        if (cells.size() < 2) {
            return List.of();
        }
        Map<Cell, List<TextElement>> text = assign(cells, scanned.chars());
        List<Rectangle> areas = new ArrayList<>(SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells));
        areas.sort(Comparator.comparingDouble(Rectangle::getTop).thenComparingDouble(Rectangle::getLeft));
        SourceLocation at = file.withPage(scanned.number());
        List<Grid> grids = new ArrayList<>();
        for (Rectangle area : areas) {
            List<CellGrid.Placed> placed = new ArrayList<>();
            for (Cell c : cells) {
                if (c.intersects(area)) {
                    placed.add(new CellGrid.Placed(c.getBounds2D(), CellText.of(text.get(c))));
                }
            }
            if (placed.size() >= 2) {
                grids.add(CellGrid.build(placed, at));
            }
        }
        return grids;
    }

    /** Each character to the smallest cell that holds its centre. */
    private static Map<Cell, List<TextElement>> assign(List<Cell> cells, List<TextElement> chars) {
        Map<Cell, List<TextElement>> out = new IdentityHashMap<>();
        cells.forEach(c -> out.put(c, new ArrayList<>()));
        for (TextElement e : chars) {
            Cell best = null;
            for (Cell c : cells) {
                if (c.contains(e.getCenterX(), e.getCenterY()) && (best == null || area(c) < area(best))) {
                    best = c;
                }
            }
            if (best != null) {
                out.get(best).add(e);
            }
        }
        return out;
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }
}
