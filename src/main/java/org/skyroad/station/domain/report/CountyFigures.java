package org.skyroad.station.domain.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.skyroad.station.domain.common.Money;

/**
 * The county report's figures at the hub: one row per enrolled station from the data its
 * batches brought, the county totals (the sum of the rows), and the stations whose data for the
 * month may be incomplete because no batch arrived after the month ended, with the time of their
 * last batch (null when none ever arrived).
 */
public record CountyFigures(String hubCode, String hubName, YearMonth month, List<StationRow> rows,
                            List<SilentStation> notSynced) {

    public CountyFigures {
        rows = List.copyOf(rows);
        notSynced = List.copyOf(notSynced);
    }

    public record StationRow(String stationCode, String stationName, Instant lastBatchAt, long orders,
                             Money orderValue, Money serviceFees, long parcelsReceived, long parcelsHandedOver,
                             long parcelsReturned, Money goodsSales, Money paidToProducers, long villagersServed) {

        /** The sum of rows, named {@code code} / {@code name}. */
        public static StationRow sum(String code, String name, List<StationRow> rows) {
            long orders = 0;
            long received = 0;
            long handed = 0;
            long returned = 0;
            long villagers = 0;
            Money value = Money.ZERO;
            Money fees = Money.ZERO;
            Money sales = Money.ZERO;
            Money paid = Money.ZERO;
            for (StationRow r : rows) {
                orders += r.orders;
                received += r.parcelsReceived;
                handed += r.parcelsHandedOver;
                returned += r.parcelsReturned;
                villagers += r.villagersServed;
                value = value.plus(r.orderValue);
                fees = fees.plus(r.serviceFees);
                sales = sales.plus(r.goodsSales);
                paid = paid.plus(r.paidToProducers);
            }
            return new StationRow(code, name, null, orders, value, fees, received, handed, returned, sales, paid,
                    villagers);
        }
    }

    public record SilentStation(String stationCode, String stationName, Instant lastBatchAt) {
    }

    public StationRow totals() {
        return StationRow.sum(hubCode, hubName, rows);
    }

    public boolean complete() {
        return notSynced.isEmpty();
    }
}
