package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;

/** Page numbers in the words of a message: {@code 第1—3页}, {@code 第2、5—6页}. */
final class PageNumbers {

    private PageNumbers() {
    }

    /** @param pages ascending 1-based page numbers, at least one */
    static String describe(List<Integer> pages) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            runs.add(j == i ? String.valueOf(pages.get(i)) : pages.get(i) + "—" + pages.get(j));
            i = j + 1;
        }
        return "第" + String.join("、", runs) + "页";
    }
}
