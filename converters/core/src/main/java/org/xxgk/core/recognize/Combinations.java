package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.List;

/** The ways to choose k of n positions keeping their order, in lexicographic order (leftmost first). */
final class Combinations {

    private Combinations() {
    }

    static List<int[]> of(int n, int k) {
        List<int[]> out = new ArrayList<>();
        collect(new int[k], 0, 0, n, out);
        return out;
    }

    private static void collect(int[] chosen, int index, int from, int n, List<int[]> out) {
        if (index == chosen.length) {
            out.add(chosen.clone());
            return;
        }
        for (int p = from; p <= n - (chosen.length - index); p++) {
            chosen[index] = p;
            collect(chosen, index + 1, p + 1, n, out);
        }
    }
}
