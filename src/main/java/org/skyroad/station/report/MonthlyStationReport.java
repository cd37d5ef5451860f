package org.skyroad.station.report;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.Breakdown;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.MonthlyFigures.DayRow;
import org.skyroad.station.domain.report.MonthlyFigures.VillageRow;

/**
 * Lays the monthly station report out as sections of table lines (the template prints each
 * line by its kind: a header, a row, a total or a note) plus the two charts. Every string is
 * made here, in the report's language, so the template only places text.
 */
final class MonthlyStationReport {

    static final String HEAD = "HEAD";
    static final String ROW = "ROW";
    static final String TOTAL = "TOTAL";
    static final String NOTE = "NOTE";
    static final int COLUMNS = 7;

    private final MonthlyFigures f;
    private final MonthlyFigures p;
    private final ReportText t;
    private final List<Map<String, ?>> lines = new ArrayList<>();
    private String section;
    private String sectionTitle;

    MonthlyStationReport(MonthlyFigures figures, MonthlyFigures previous, ReportText text) {
        this.f = figures;
        this.p = previous;
        this.t = text;
    }

    /** The template's parameters, without the data source. */
    Map<String, Object> parameters() {
        Map<String, Object> m = new HashMap<>();
        m.put("TITLE", t.t("report.monthly.title"));
        m.put("STATION", f.stationName() + "  (" + f.stationCode() + ")");
        m.put("PERIOD", t.month(f.month()) + "   " + t.t("report.monthly.period", f.month().atDay(1).toString(),
                f.month().atEndOfMonth().toString(), f.zone().getId()));
        m.put("GENERATED", t.t("report.generated"));
        m.put("FOOTER", f.stationCode() + " · " + f.month() + " · " + t.t("report.monthly.title"));
        m.put("PAGE_OF", t.t("report.page"));
        m.put("SIGN_PREPARED", t.t("report.sign.prepared"));
        m.put("SIGN_MANAGER", t.t("report.sign.manager"));
        m.put("SIGN_RECEIVED", t.t("report.sign.received"));
        m.put("SIGN_DATE", t.t("report.sign.date"));
        m.put("CHART_CATEGORY_TITLE", t.t("report.chart.byCategory"));
        m.put("CHART_DAILY_TITLE", t.t("report.chart.byDay", f.month().toString()));
        m.put("CHART_CATEGORY", categoryChart());
        m.put("CHART_DAILY", dailyChart());
        return m;
    }

    List<Map<String, ?>> lines() {
        lines.clear();
        summary();
        orders();
        parcels();
        goods();
        cash();
        villagers();
        villages();
        return lines;
    }

    // ------------------------------------------------------------------ sections

    private void summary() {
        section("summary", "report.section.summary");
        head("report.col.figure", "report.col.thisMonth", "report.col.previousMonth", "report.col.change",
                "report.col.changePercent");
        if (f.orders().available()) {
            compare("report.row.orders", f.orders().count(), p.orders().count());
            compare("report.row.orderValue", f.orders().value(), p.orders().value());
            compare("report.row.serviceFees", f.orders().serviceFees(), p.orders().serviceFees());
        }
        compare("report.row.parcelsReceived", f.parcels().received(), p.parcels().received());
        compare("report.row.parcelsPickedUp", f.parcels().pickedUp(), p.parcels().pickedUp());
        compare("report.row.parcelsDelivered", f.parcels().deliveredOnRuns(), p.parcels().deliveredOnRuns());
        compare("report.row.parcelsReturned", f.parcels().returned(), p.parcels().returned());
        row(t.t("report.row.medianDays"), t.days(f.parcels().medianToHandover()), t.days(p.parcels().medianToHandover()),
                "", "");
        if (f.goods().available()) {
            compare("report.row.goodsIntake", Breakdown.totalValue(f.goods().intakeByCategory()),
                    Breakdown.totalValue(p.goods().intakeByCategory()));
            compare("report.row.goodsSales", Breakdown.totalValue(f.goods().salesByCategory()),
                    Breakdown.totalValue(p.goods().salesByCategory()));
            compare("report.row.paidToProducers", f.goods().paidToProducers(), p.goods().paidToProducers());
            compare("report.row.lossValue", f.goods().lossValue(), p.goods().lossValue());
        }
        if (f.cash().available()) {
            compare("report.row.cashIn", f.cash().in(), p.cash().in());
            compare("report.row.cashOut", f.cash().out(), p.cash().out());
        }
        compare("report.row.villagersServed", f.villagers().active(), p.villagers().active());
        compare("report.row.villagersNew", f.villagers().newInMonth(), p.villagers().newInMonth());
    }

    private void orders() {
        section("orders", "report.section.orders");
        var o = f.orders();
        if (!o.available()) {
            note(t.t("report.notRecorded"));
            return;
        }
        breakdown("report.col.category", "report.category", o.byCategory(), "report.col.orderLines", "report.col.value");
        breakdown("report.col.platform", "report.platform", o.byPlatform(), "report.col.orderLines", "report.col.value");
        row(t.t("report.row.serviceFees"), t.money(o.serviceFees()));
        row(t.t("report.row.ordersCancelled"), t.count(o.cancelled()));
    }

    private void parcels() {
        section("parcels", "report.section.parcels");
        var x = f.parcels();
        head("report.col.figure", "report.col.count");
        row(t.t("report.row.parcelsReceived"), t.count(x.received()));
        row(t.t("report.row.parcelsPickedUp"), t.count(x.pickedUp()));
        row(t.t("report.row.parcelsDelivered"), t.count(x.deliveredOnRuns()));
        row(t.t("report.row.parcelsReturned"), t.count(x.returned()));
        row(t.t("report.row.parcelsWaiting"), t.count(x.waitingAtEnd()));
        row(t.t("report.row.parcelsDamaged"), t.count(x.damaged()));
        row(t.t("report.row.parcelsSent"), t.count(x.sentOut()));
        row(t.t("report.row.codCollected"), t.money(x.codCollected()));
        row(t.t("report.row.storageFees"), t.money(x.storageFees()));
        head("report.col.time", "report.col.median", "report.col.p90", "report.col.parcels");
        row(t.t("report.row.arrivalToHandover"), t.days(x.medianToHandover()), t.days(x.p90ToHandover()),
                t.count(x.handedOver()));
        row(t.t("report.row.orderToPickup"), t.days(x.medianOrderToPickup()), t.days(x.p90OrderToPickup()), "");
    }

    private void goods() {
        section("goods", "report.section.goods");
        var g = f.goods();
        if (!g.available()) {
            note(t.t("report.notRecorded"));
            return;
        }
        head("report.col.category", "report.col.lotsIn", "report.col.intakeValue", "report.col.salesLines",
                "report.col.salesValue");
        Map<String, Breakdown[]> byCategory = new LinkedHashMap<>();
        for (String c : List.of("livestock", "specialty", "farm")) {
            byCategory.put(c, new Breakdown[2]);
        }
        g.intakeByCategory().forEach(b -> byCategory.computeIfAbsent(b.key(), k -> new Breakdown[2])[0] = b);
        g.salesByCategory().forEach(b -> byCategory.computeIfAbsent(b.key(), k -> new Breakdown[2])[1] = b);
        for (var e : byCategory.entrySet()) {
            Breakdown in = e.getValue()[0] == null ? new Breakdown(e.getKey(), 0, Money.ZERO) : e.getValue()[0];
            Breakdown out = e.getValue()[1] == null ? new Breakdown(e.getKey(), 0, Money.ZERO) : e.getValue()[1];
            row(t.named("report.goods", e.getKey()), t.count(in.count()), t.money(in.value()), t.count(out.count()),
                    t.money(out.value()));
        }
        total(t.t("report.total"), t.count(Breakdown.totalCount(g.intakeByCategory())),
                t.money(Breakdown.totalValue(g.intakeByCategory())), t.count(Breakdown.totalCount(g.salesByCategory())),
                t.money(Breakdown.totalValue(g.salesByCategory())));
        head("report.col.topProducts", "report.col.salesLines", "report.col.salesValue");
        if (g.topProducts().isEmpty()) {
            row(t.t("report.none"));
        }
        for (Breakdown b : g.topProducts()) {
            row(b.key(), t.count(b.count()), t.money(b.value()));
        }
        head("report.col.figure", "report.col.count", "report.col.value");
        row(t.t("report.row.paidToProducers"), t.count(g.producersPaid()), t.money(g.paidToProducers()));
        row(t.t("report.row.commission"), "", t.money(g.commission()));
        row(t.t("report.row.lossValue"), t.count(g.losses()), t.money(g.lossValue()));
    }

    private void cash() {
        section("cash", "report.section.cash");
        var c = f.cash();
        if (!c.available()) {
            note(t.t("report.notRecorded"));
            return;
        }
        head("report.col.figure", "report.col.value");
        row(t.t("report.row.cashIn"), t.money(c.in()));
        row(t.t("report.row.cashOut"), t.money(c.out()));
        total(t.t("report.row.cashNet"), t.money(c.net()));
        row(t.t("report.row.closes"), t.count(c.closes()));
        row(t.t("report.row.closesWithDifference"), t.count(c.closesWithDifference()));
        row(t.t("report.row.closeDifference"), t.change(c.closeDifference()));
    }

    private void villagers() {
        section("villagers", "report.section.villagers");
        var v = f.villagers();
        head("report.col.figure", "report.col.count");
        row(t.t("report.row.villagersRegistered"), t.count(v.registered()));
        row(t.t("report.row.villagersNew"), t.count(v.newInMonth()));
        row(t.t("report.row.villagersServed"), t.count(v.active()));
    }

    private void villages() {
        section("villages", "report.section.villages");
        head("report.col.village", "report.col.villagers", "report.col.new", "report.col.served",
                "report.col.parcelsIn", "report.col.handedOver", "report.col.orders", "report.col.orderValue");
        long[] sums = new long[7];
        for (VillageRow r : f.villages()) {
            row(r.village() == null ? t.t("report.noVillage") : r.village(), t.count(r.registered()),
                    t.count(r.newInMonth()), t.count(r.active()), t.count(r.parcelsReceived()),
                    t.count(r.parcelsHandedOver()), t.count(r.orders()), t.money(r.orderValue()));
            sums[0] += r.registered();
            sums[1] += r.newInMonth();
            sums[2] += r.active();
            sums[3] += r.parcelsReceived();
            sums[4] += r.parcelsHandedOver();
            sums[5] += r.orders();
            sums[6] += r.orderValue().fen();
        }
        total(t.t("report.total"), t.count(sums[0]), t.count(sums[1]), t.count(sums[2]), t.count(sums[3]),
                t.count(sums[4]), t.count(sums[5]), t.money(Money.ofFen(sums[6])));
    }

    // ------------------------------------------------------------------ charts

    private BufferedImage categoryChart() {
        ChartImages.Series s = new ChartImages.Series();
        String orders = t.t("report.chart.orders");
        String goods = t.t("report.chart.goodsSales");
        if (f.orders().available()) {
            for (Breakdown b : f.orders().byCategory()) {
                s.add(orders, t.named("report.category", b.key()), b.value().toYuan());
            }
        }
        if (f.goods().available()) {
            for (Breakdown b : f.goods().salesByCategory()) {
                s.add(goods, t.named("report.goods", b.key()), b.value().toYuan());
            }
        }
        return ChartImages.bars(s, t.t("report.chart.yuan"), t.t("report.chart.noData"), true, false, 523, 200);
    }

    private BufferedImage dailyChart() {
        ChartImages.Series s = new ChartImages.Series();
        String in = t.t("report.chart.parcelsIn");
        String out = t.t("report.chart.parcelsOut");
        String orders = t.t("report.chart.orders");
        for (DayRow d : f.days()) {
            String day = String.valueOf(d.day().getDayOfMonth());
            s.add(in, day, d.parcelsReceived());
            s.add(out, day, d.parcelsHandedOver());
            if (f.orders().available()) {
                s.add(orders, day, d.orders());
            }
        }
        return ChartImages.bars(s, t.t("report.chart.count"), t.t("report.chart.noData"), false, false, 523, 190);
    }

    // ------------------------------------------------------------------ lines

    private void section(String id, String titleKey) {
        section = id;
        sectionTitle = t.t(titleKey);
    }

    private void head(String... keys) {
        String[] cells = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            cells[i] = t.t(keys[i]);
        }
        add(HEAD, cells);
    }

    private void row(String... cells) {
        add(ROW, cells);
    }

    private void total(String... cells) {
        add(TOTAL, cells);
    }

    private void note(String text) {
        add(NOTE, text);
    }

    private void breakdown(String labelKey, String namePrefix, List<Breakdown> list, String countKey, String valueKey) {
        head(labelKey, countKey, valueKey);
        if (list.isEmpty()) {
            row(t.t("report.none"));
        }
        for (Breakdown b : list) {
            row(t.named(namePrefix, b.key()), t.count(b.count()), t.money(b.value()));
        }
        total(t.t("report.total"), t.count(Breakdown.totalCount(list)), t.money(Breakdown.totalValue(list)));
    }

    private void compare(String key, long now, long before) {
        row(t.t(key), t.count(now), t.count(before), t.change(now - before), t.percent(now, before));
    }

    private void compare(String key, Money now, Money before) {
        row(t.t(key), t.money(now), t.money(before), t.change(now.minus(before)), t.percent(now.fen(), before.fen()));
    }

    private void add(String kind, String... cells) {
        Map<String, Object> m = new HashMap<>();
        m.put("section", section);
        m.put("sectionTitle", sectionTitle);
        m.put("kind", kind);
        m.put("label", cells.length > 0 ? cells[0] : "");
        for (int i = 1; i <= COLUMNS; i++) {
            m.put("c" + i, i < cells.length ? cells[i] : "");
        }
        lines.add(m);
    }

    static Duration orZero(Duration d) {
        return d == null ? Duration.ZERO : d;
    }
}
