package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the pages that go through tabula: those whose text shows table labels, and after each of them
 * the ruled pages that continue its table (a 表三 split over pages, or 表四's data row pushed onto the
 * next page, shows no label at all).
 */
final class TablePages {

    private TablePages() {
    }

    static List<ScannedPage> select(List<ScannedPage> pages, Landmarks landmarks) {
        List<ScannedPage> out = new ArrayList<>();
        boolean previous = false;
        for (ScannedPage p : pages) {
            boolean labelled = landmarks.onPage(p.lines());
            boolean continues = previous && p.ruled();
            if (labelled || continues) {
                out.add(p);
            }
            previous = labelled || continues;
        }
        return out;
    }
}
