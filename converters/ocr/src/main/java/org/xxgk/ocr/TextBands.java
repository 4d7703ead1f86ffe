package org.xxgk.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of text of a page outside its tables, found by where rows of pixels hold ink: for the
 * title at the top of the first page and the signature and date at the end of the last.
 */
final class TextBands {

    /** A line of text: its rows and the extent of its ink. */
    record Band(int y0, int y1, int x0, int x1) {
        int height() {
            return y1 - y0;
        }
    }

    private TextBands() {
    }

    /**
     * @param tables the tables' rectangles {x0, y0, x1, y1}, left out
     * @param dpi    the page's resolution (a line of text is at least a few points high)
     */
    static List<Band> of(Binary page, List<int[]> tables, int dpi) {
        int[] ink = new int[page.height];
        int[] left = new int[page.height];
        int[] right = new int[page.height];
        for (int y = 0; y < page.height; y++) {
            left[y] = Integer.MAX_VALUE;
            right[y] = -1;
            for (int x = 0; x < page.width; x++) {
                if (page.dark[y * page.width + x] && !inside(tables, x, y)) {
                    ink[y]++;
                    left[y] = Math.min(left[y], x);
                    right[y] = Math.max(right[y], x);
                }
            }
        }
        int minInk = Math.max(2, dpi / 100);
        int minHeight = Math.max(4, dpi / 20);
        int maxHeight = dpi;
        int gap = Math.max(1, dpi / 100);
        List<Band> out = new ArrayList<>();
        int y = 0;
        while (y < page.height) {
            if (ink[y] < minInk) {
                y++;
                continue;
            }
            int start = y;
            int last = y;
            int x0 = Integer.MAX_VALUE;
            int x1 = -1;
            while (y < page.height && y - last <= gap) {
                if (ink[y] >= minInk) {
                    last = y;
                    x0 = Math.min(x0, left[y]);
                    x1 = Math.max(x1, right[y]);
                }
                y++;
            }
            int h = last + 1 - start;
            if (h >= minHeight && h <= maxHeight) {
                out.add(new Band(start, last + 1, x0, x1 + 1));
            }
        }
        return out;
    }

    private static boolean inside(List<int[]> boxes, int x, int y) {
        for (int[] b : boxes) {
            if (x >= b[0] && x < b[2] && y >= b[1] && y < b[3]) {
                return true;
            }
        }
        return false;
    }
}
