package org.chancery.bench;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** How the benchmarks quote figures taken once a round: the median, with the minimum and maximum. */
final class Ratios {

    private Ratios() {}

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code 0.54 [0.50–0.58]}: the median, then the smallest and the largest. */
    static String spread(List<Double> values) {
        return String.format(
                Locale.ROOT, "%.2f [%.2f–%.2f]", median(values), Collections.min(values), Collections.max(values));
    }
}
