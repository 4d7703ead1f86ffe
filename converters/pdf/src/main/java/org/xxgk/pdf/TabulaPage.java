package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;

import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * A tabula {@link Page} made from a scanned page's characters and rulings, without parsing the page
 * again: what tabula's {@code ObjectExtractor} builds from two more passes over the content. Only the
 * lattice algorithm's needs are met (rulings, and the smallest character for snapping their ends): the
 * characters are placed in cells by {@link LatticeTables}, so no spatial index is built.
 */
final class TabulaPage {

    /** tabula's own fallback for the smallest character when an area has none. */
    private static final float DEFAULT_MIN_CHAR = 7f;

    private TabulaPage() {
    }

    static Page of(ScannedPage p) {
        List<TextElement> chars = p.chars();
        float minWidth = (float) chars.stream().mapToDouble(TextElement::getWidth).min().orElse(DEFAULT_MIN_CHAR);
        float minHeight = (float) chars.stream().mapToDouble(TextElement::getHeight).min().orElse(DEFAULT_MIN_CHAR);
        // tabula snaps the ruling end points in place: give it copies, so that the scan stays as found.
        List<Ruling> rulings = new ArrayList<>();
        PageEdge.rulings(p).forEach(r -> rulings.add(new Ruling(r.getP1(), r.getP2())));
        // tabula keeps only the lines inside the page's area: widen it over the lines drawn past the page's edge.
        float width = (float) Math.max(p.width(), rulings.stream().mapToDouble(Ruling::getRight).max().orElse(0));
        return new Page(0, 0, width, p.height(), p.page().getRotation(), p.number(), p.page(), null,
                chars, OpenEdges.close(rulings), minWidth, minHeight, null);
    }
}
