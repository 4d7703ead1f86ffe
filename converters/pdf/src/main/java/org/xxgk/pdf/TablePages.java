package org.xxgk.pdf;

import java.util.List;

/**
 * Decides, page after page, which pages go through tabula. A report's prose names table labels too
 * ({@code 行政复议}, {@code 行政诉讼}, {@code 予以公开}), so a few labels make a table page only where
 * the page also draws ruling lines; many labels make one anyway (a table without lines). After a table
 * page, the next page continues its table when it is ruled (a 表三 split over pages, or 表四's data row
 * pushed onto the next page, may show no label at all).
 */
final class TablePages {

    /** Labels that, with ruling lines, show a table page. */
    static final int RULED_HITS = 2;
    /** Labels that show a table page without any lines. */
    static final int UNRULED_HITS = 6;

    private final Landmarks landmarks;
    private boolean previous;

    TablePages(Landmarks landmarks) {
        this.landmarks = landmarks;
    }

    /** Whether the next page holds a table; pages are given in order. */
    boolean next(List<String> lines, boolean ruled) {
        int hits = landmarks.count(lines, UNRULED_HITS);
        boolean table = hits >= UNRULED_HITS || ruled && hits >= RULED_HITS || previous && ruled;
        previous = table;
        return table;
    }
}
