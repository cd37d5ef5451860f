package org.skyroad.station.cli.bench;

import java.util.Arrays;

/** Measured durations of one kind of work, in nanoseconds, and their median and percentiles. */
final class Timings {

    private final long[] nanos;
    private int n;

    Timings(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[n++] = elapsedNanos;
    }

    int count() {
        return n;
    }

    /** The nearest-rank percentile (0 to 100), in milliseconds; NaN when nothing was measured. */
    double percentileMillis(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double p95Millis() {
        return percentileMillis(95);
    }

    /** A mean for a note, with one decimal. */
    static String average(long total, int count) {
        return count == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.1f", (double) total / count);
    }
}
