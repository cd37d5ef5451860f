package org.skyroad.station.cli.bench;

import java.util.Locale;

/**
 * One figure of the benchmark, beside its raw baseline measured in the same run. The ratio is
 * always "how many times the raw cost the service pays": above 1 the service is slower.
 *
 * @param measure what was measured, as a reader says it
 * @param unit    the unit of both figures (ms, villagers/s ...)
 * @param service the figure through the application's services
 * @param raw     the figure of the raw JDBC baseline; NaN when there is none
 * @param better  whether a lower figure (times) or a higher one (rates) is better
 * @param note    what the two sides do, in a few words
 */
public record BenchRow(String measure, String unit, double service, double raw, Better better, String note) {

    public enum Better { LOWER, HIGHER }

    /** A duration in milliseconds: lower is better. */
    public static BenchRow millis(String measure, double serviceMs, double rawMs, String note) {
        return new BenchRow(measure, "ms", serviceMs, rawMs, Better.LOWER, note);
    }

    /** A rate (things per second): higher is better. */
    public static BenchRow rate(String measure, String unit, double service, double raw, String note) {
        return new BenchRow(measure, unit, service, raw, Better.HIGHER, note);
    }

    /** Service cost ÷ raw cost: for times service/raw, for rates raw/service. */
    public double costRatio() {
        if (Double.isNaN(raw) || raw == 0 || service == 0) {
            return Double.NaN;
        }
        return better == Better.LOWER ? service / raw : raw / service;
    }

    static String figure(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.2f×", r);
    }
}
