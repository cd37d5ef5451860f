package org.skyroad.station.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.skyroad.station.domain.common.Money;

/**
 * The sheet taken on a village run: each parcel with its recipient, slot and cash to collect,
 * and empty boxes for the outcome and the receiver's signature.
 */
public record RunSheet(StationHeader station, LocalDate runDate, String destination, String driver,
                       List<Line> lines) implements PrintableDocument {

    public record Line(String trackingNumber, String recipient, String phone, String village, String slot,
                       Money cashOnDelivery) {
    }

    public RunSheet {
        lines = List.copyOf(lines);
    }

    public Money codTotal() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            sum = sum.plus(l.cashOnDelivery() == null ? Money.ZERO : l.cashOnDelivery());
        }
        return sum;
    }

    @Override
    public String kind() {
        return "run-sheet";
    }

    @Override
    public Set<Paper> papers() {
        return A4_ONLY;
    }
}
