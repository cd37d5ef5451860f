package org.skyroad.station.domain.report;

import java.util.List;
import org.skyroad.station.domain.common.Money;

/**
 * One line of a figure split by something: a category, a platform, a product. {@code key} is
 * either a code the report translates (livestock, specialty, farm, jd ...) or a name shown as it
 * is (a product's name).
 */
public record Breakdown(String key, long count, Money value) {

    public Breakdown {
        key = key == null || key.isBlank() ? "other" : key;
        value = value == null ? Money.ZERO : value;
    }

    public static long totalCount(List<Breakdown> lines) {
        return lines.stream().mapToLong(Breakdown::count).sum();
    }

    public static Money totalValue(List<Breakdown> lines) {
        Money sum = Money.ZERO;
        for (Breakdown b : lines) {
            sum = sum.plus(b.value());
        }
        return sum;
    }
}
