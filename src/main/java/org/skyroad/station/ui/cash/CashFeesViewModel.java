package org.skyroad.station.ui.cash;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.cash.CashDayTotal;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.FeeDay;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.ui.common.Errors;

/**
 * What the station earned in a month, day by day: service fees of assisted orders (by the day
 * an order was first paid), parcel fees taken in cash, and the month's commission on local
 * goods. Reading them needs the reports permission; the screen says so otherwise.
 */
public final class CashFeesViewModel {

    /** One day's line, or the month's total line ({@code day} null). */
    public record FeeRow(LocalDate day, int orders, Money goods, Money serviceFees, Money parcelFees) {
        public Money earned() {
            return serviceFees.plus(parcelFees);
        }
    }

    private final CashScreens screens;
    private final StringProperty month = new SimpleStringProperty("");
    private final ObservableList<FeeRow> rows = FXCollections.observableArrayList();
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty commission = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private FeeRow total;
    private Money commissionValue;

    public CashFeesViewModel(CashScreens screens) {
        this.screens = screens;
    }

    private record Loaded(YearMonth month, List<FeeRow> days, FeeRow total, Money commission) {
    }

    /** Shows the month typed (yyyy-MM), or this month when none is. */
    public void load() {
        String typed = month.get();
        screens.executor().run(p -> read(typed == null || typed.isBlank() ? YearMonth.from(screens.today())
                : ReportDesk.parseMonth(typed)), (Loaded l) -> {
                    error.set("");
                    month.set(l.month().toString());
                    rows.setAll(l.days());
                    rows.add(l.total());
                    total = l.total();
                    commissionValue = l.commission();
                    totals.set(Messages.get("cashui.fees.totals", l.total().orders(), CashText.money(l.total().serviceFees()),
                            CashText.money(l.total().parcelFees()), CashText.money(l.total().earned())));
                    commission.set(l.commission() == null ? Messages.get("cashui.fees.noCommission")
                            : Messages.get("cashui.fees.commission", CashText.money(l.commission())));
                }, f -> {
                    rows.clear();
                    totals.set("");
                    commission.set("");
                    error.set(Errors.sentence(f));
                });
    }

    /** The month before or after the one shown. */
    public void step(int months) {
        YearMonth shown;
        try {
            shown = ReportDesk.parseMonth(month.get());
        } catch (RuntimeException e) {
            shown = YearMonth.now(screens.clock());
        }
        month.set(shown.plusMonths(months).toString());
        load();
    }

    private Loaded read(YearMonth m) {
        OrderDesk.FeeMonth fees = screens.orders().fees(m);
        Map<LocalDate, FeeRow> byDay = new TreeMap<>();
        for (FeeDay d : fees.days()) {
            byDay.put(d.date(), new FeeRow(d.date(), d.orders(), d.goods(), d.fees(), Money.ZERO));
        }
        Money parcelFees = Money.ZERO;
        for (CashDayTotal t : screens.cash().totalsByDay(m.atDay(1), m.atEndOfMonth())) {
            if (t.kind() == CashMovementKind.PARCEL_FEE) {
                parcelFees = parcelFees.plus(t.total());
                FeeRow r = byDay.getOrDefault(t.date(), new FeeRow(t.date(), 0, Money.ZERO, Money.ZERO, Money.ZERO));
                byDay.put(t.date(), new FeeRow(t.date(), r.orders(), r.goods(), r.serviceFees(),
                        r.parcelFees().plus(t.total())));
            }
        }
        MonthlyFigures.Goods goods = screens.reports().monthlyFigures(m).goods();
        FeeRow sum = new FeeRow(null, fees.orders(), fees.goods(), fees.fees(), parcelFees);
        return new Loaded(m, new ArrayList<>(byDay.values()), sum, goods.available() ? goods.commission() : null);
    }

    public StringProperty monthProperty() {
        return month;
    }

    public ObservableList<FeeRow> rows() {
        return rows;
    }

    /** The month's total line; null before the first load. */
    public FeeRow total() {
        return total;
    }

    /** The month's commission on local goods; null where goods are not kept. */
    public Money commissionValue() {
        return commissionValue;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty commissionProperty() {
        return commission;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
