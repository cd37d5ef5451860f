package org.skyroad.station.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.skyroad.station.domain.common.Money;

/**
 * What a producer or cooperative is paid for sold consignments: each lot's sales, the station's
 * commission, losses charged, and the amount paid out.
 */
public record ProducerSettlement(StationHeader station, String reference, Instant at, String producer,
                                 String village, LocalDate from, LocalDate to, List<Line> lines, Money paid,
                                 String staffName) implements PrintableDocument {

    /** {@code quantity} is printed as given, with its unit: "12.5 kg", "40 jin", "3 pcs". */
    public record Line(String lotCode, String product, String quantity, Money sales, Money commission) {
        public Money net() {
            return sales.minus(commission);
        }
    }

    public ProducerSettlement {
        lines = List.copyOf(lines);
        paid = paid == null ? Money.ZERO : paid;
    }

    public Money sales() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            sum = sum.plus(l.sales());
        }
        return sum;
    }

    public Money commission() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            sum = sum.plus(l.commission());
        }
        return sum;
    }

    public Money net() {
        return sales().minus(commission());
    }

    @Override
    public String kind() {
        return "producer-settlement";
    }

    @Override
    public Set<Paper> papers() {
        return ALL_PAPERS;
    }
}
