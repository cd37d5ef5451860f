package org.skyroad.station.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.skyroad.station.domain.common.Money;

/**
 * One local day at the counter: parcels, assisted orders, and the cash drawer with its close
 * (null {@code counted} while the day is not closed). Cash lines are split by kind (order
 * payment, refund, producer payout, fee ...).
 */
public record DailyFigures(LocalDate day, long parcelsReceived, long parcelsPickedUp, long parcelsDelivered,
                           long parcelsReturned, long orders, Money orderValue, Money serviceFees,
                           boolean cashAvailable, List<Breakdown> cashIn, List<Breakdown> cashOut,
                           Money opening, Money expected, Money counted, String closedBy, Instant closedAt,
                           String closeNote) {

    public DailyFigures {
        cashIn = List.copyOf(cashIn);
        cashOut = List.copyOf(cashOut);
    }

    public Money totalIn() {
        return Breakdown.totalValue(cashIn);
    }

    public Money totalOut() {
        return Breakdown.totalValue(cashOut);
    }

    /** Counted minus expected; null while the day is not closed. */
    public Money difference() {
        return counted == null || expected == null ? null : counted.minus(expected);
    }
}
