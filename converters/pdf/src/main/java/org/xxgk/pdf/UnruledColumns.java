package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The value columns of a table drawn without lines, from its header: the headings that no other
 * heading stands under ({@code 自然人}, {@code 商业企业} … {@code 总计}, but not {@code 申请人情况} or
 * {@code 法人或其他组织}), left to right. A column reaches halfway to its neighbours, so that a value
 * centred, left- or right-aligned in its cell falls in it; what lies left of the first column is the
 * row labels' side.
 */
final class UnruledColumns {

    /** A heading stands under another when its middle is this many font sizes lower. */
    private static final double BELOW = 0.5;

    private final double[] bounds;
    private final double start;
    private final double end;

    private UnruledColumns(double[] bounds, double start, double end) {
        this.bounds = bounds;
        this.start = start;
        this.end = end;
    }

    /**
     * The columns under a header, or {@code null} when it shows none.
     *
     * @param headings the header's words that are value columns' headings: {left, right, middle, size} each
     */
    static UnruledColumns of(List<double[]> headings) {
        List<double[]> leaves = new ArrayList<>();
        for (double[] h : headings) {
            boolean covers = headings.stream().anyMatch(o -> o != h && o[2] - h[2] > BELOW * h[3] && overlap(h, o));
            if (!covers) {
                leaves.add(h);
            }
        }
        leaves.sort(Comparator.comparingDouble(UnruledColumns::centre));
        for (int i = 1; i < leaves.size(); i++) {
            if (overlap(leaves.get(i - 1), leaves.get(i))) {
                return null; // two headings side by side over one place: not a header we can read
            }
        }
        if (leaves.isEmpty()) {
            return null;
        }
        int n = leaves.size();
        double[] bounds = new double[n - 1];
        for (int i = 1; i < n; i++) {
            bounds[i - 1] = (leaves.get(i - 1)[1] + leaves.get(i)[0]) / 2;
        }
        double margin = n > 1 ? Math.max(leaves.get(1)[0] - leaves.get(0)[1], 0) / 2 + leaves.get(0)[3] / 2 : leaves.get(0)[3];
        return new UnruledColumns(bounds, leaves.get(0)[0] - margin, leaves.get(n - 1)[1] + margin);
    }

    private static boolean overlap(double[] a, double[] b) {
        double o = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
        return o > 0.5 * Math.min(a[1] - a[0], b[1] - b[0]);
    }

    private static double centre(double[] h) {
        return (h[0] + h[1]) / 2;
    }

    int count() {
        return bounds.length + 1;
    }

    /** Whether a word centred at {@code x} stands on the row labels' side of the table. */
    boolean isLabelSide(double x) {
        return x < start;
    }

    /** The column a value centred at {@code x} is in; the outer columns take what lies beyond them. */
    int columnOf(double x) {
        int i = 0;
        while (i < bounds.length && x >= bounds[i]) {
            i++;
        }
        return i;
    }

    /** Where the columns end on the right: a value further out is not in this table. */
    double end() {
        return end;
    }
}
