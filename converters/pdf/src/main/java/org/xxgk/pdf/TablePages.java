package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the pages that go through tabula. A report's prose names table labels too ({@code 行政复议},
 * {@code 行政诉讼}, {@code 予以公开}), so a few labels make a table page only where the page also draws
 * ruling lines; many labels make one anyway (a table without lines). After a table page, the next page
 * continues its table when it is ruled (a 表三 split over pages, or 表四's data row pushed onto the next
 * page, may show no label at all).
 */
final class TablePages {

    /** Labels that, with ruling lines, show a table page. */
    static final int RULED_HITS = 2;
    /** Labels that show a table page without any lines. */
    static final int UNRULED_HITS = 6;

    private TablePages() {
    }

    static List<ScannedPage> select(List<ScannedPage> pages, Landmarks landmarks) {
        List<ScannedPage> out = new ArrayList<>();
        boolean previous = false;
        for (ScannedPage p : pages) {
            int hits = landmarks.count(p.lines(), UNRULED_HITS);
            boolean ruled = p.ruled();
            boolean table = hits >= UNRULED_HITS || ruled && hits >= RULED_HITS;
            boolean continues = previous && ruled;
            if (table || continues) {
                out.add(p);
            }
            previous = table || continues;
        }
        return out;
    }
}
