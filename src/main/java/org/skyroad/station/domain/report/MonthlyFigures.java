package org.skyroad.station.domain.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.skyroad.station.domain.common.Money;

/**
 * Every figure of one station's monthly report, as plain numbers: counts, whole-fen amounts and
 * durations. A section whose records this station does not keep yet (an area not installed)
 * says so with {@code available == false} and holds zeros.
 *
 * <p>Month bounds are the station's local days: from the 1st 00:00 to the next month's 1st
 * 00:00 in {@code zone}.
 */
public record MonthlyFigures(String stationCode, String stationName, YearMonth month, ZoneId zone,
                             Orders orders, Parcels parcels, Goods goods, Cash cash, Villagers villagers,
                             List<VillageRow> villages, List<DayRow> days) {

    public MonthlyFigures {
        villages = List.copyOf(villages);
        days = List.copyOf(days);
    }

    /** Assisted orders placed in the month (not cancelled). Value is what the goods cost, fees apart. */
    public record Orders(boolean available, long count, Money value, Money serviceFees, long cancelled,
                         List<Breakdown> byCategory, List<Breakdown> byPlatform) {
        public Orders {
            byCategory = List.copyOf(byCategory);
            byPlatform = List.copyOf(byPlatform);
        }

        public static Orders none() {
            return new Orders(false, 0, Money.ZERO, Money.ZERO, 0, List.of(), List.of());
        }
    }

    /**
     * Incoming parcels: received in the month (by local day of check-in); picked up, delivered on
     * a run and returned (closed in the month); still waiting when the month ended. Times from
     * arrival to handover (picked up or delivered) over parcels handed over in the month;
     * from order to pickup over those parcels that belong to an assisted order. Nearest-rank
     * percentiles; null when there is nothing to measure.
     */
    public record Parcels(long received, long pickedUp, long deliveredOnRuns, long returned, long waitingAtEnd,
                          long damaged, long sentOut, Money codCollected, Money storageFees,
                          Duration medianToHandover, Duration p90ToHandover,
                          Duration medianOrderToPickup, Duration p90OrderToPickup) {

        public long handedOver() {
            return pickedUp + deliveredOnRuns;
        }
    }

    /**
     * Local goods: consignments taken in, sales, what producers were paid (after the station's
     * commission) and losses (damaged, spoiled or lost lots). Categories are livestock,
     * specialty and farm.
     */
    public record Goods(boolean available, List<Breakdown> intakeByCategory, List<Breakdown> salesByCategory,
                        List<Breakdown> topProducts, long producersPaid, Money paidToProducers, Money commission,
                        long losses, Money lossValue) {
        public Goods {
            intakeByCategory = List.copyOf(intakeByCategory);
            salesByCategory = List.copyOf(salesByCategory);
            topProducts = List.copyOf(topProducts);
        }

        public static Goods none() {
            return new Goods(false, List.of(), List.of(), List.of(), 0, Money.ZERO, Money.ZERO, 0, Money.ZERO);
        }
    }

    /**
     * The cash drawer: all money in and out in the month, the daily closes made, and the sum of
     * their differences (counted minus expected; negative when cash was short).
     */
    public record Cash(boolean available, Money in, Money out, long closes, long closesWithDifference,
                       Money closeDifference) {

        public static Cash none() {
            return new Cash(false, Money.ZERO, Money.ZERO, 0, 0, Money.ZERO);
        }

        public Money net() {
            return in.minus(out);
        }
    }

    /**
     * Villagers on the station's list at the month's end, added during the month, and served in
     * it (anyone a parcel was received for or handed to, who sent a parcel, placed an order or
     * consigned or was paid for goods).
     */
    public record Villagers(long registered, long newInMonth, long active) {
    }

    /** One village's line; the station's villagers with no village come last with a null name. */
    public record VillageRow(String village, long registered, long newInMonth, long active, long parcelsReceived,
                             long parcelsHandedOver, long orders, Money orderValue, Money goodsIntake) {
    }

    /** One local day of the month. */
    public record DayRow(LocalDate day, long parcelsReceived, long parcelsHandedOver, long orders,
                         Money orderValue, Money goodsSales) {
    }
}
