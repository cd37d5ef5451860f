package org.skyroad.station.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.Breakdown;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.MonthlyFigures;

/**
 * The report's figures as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel shows
 * Chinese and Tibetan), comma separated, quoted where needed, amounts in yuan with two decimals
 * and no thousands separator, one figure per line: section, figure, key, this month, previous month.
 */
final class FiguresCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FiguresCsv() {
    }

    static byte[] monthly(MonthlyFigures f, MonthlyFigures p, ReportText t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.t("report.csv.section"), t.t("report.csv.figure"), t.t("report.csv.key"),
                f.month().toString(), p.month().toString()));
        var o = f.orders();
        var po = p.orders();
        if (o.available()) {
            add(rows, "orders", "count", "", o.count(), po.count());
            add(rows, "orders", "value", "", o.value(), po.value());
            add(rows, "orders", "serviceFees", "", o.serviceFees(), po.serviceFees());
            add(rows, "orders", "cancelled", "", o.cancelled(), po.cancelled());
            breakdown(rows, "orders", "byCategory", o.byCategory(), po.byCategory());
            breakdown(rows, "orders", "byPlatform", o.byPlatform(), po.byPlatform());
        }
        var x = f.parcels();
        var px = p.parcels();
        add(rows, "parcels", "received", "", x.received(), px.received());
        add(rows, "parcels", "pickedUp", "", x.pickedUp(), px.pickedUp());
        add(rows, "parcels", "deliveredOnRuns", "", x.deliveredOnRuns(), px.deliveredOnRuns());
        add(rows, "parcels", "returned", "", x.returned(), px.returned());
        add(rows, "parcels", "waitingAtEnd", "", x.waitingAtEnd(), px.waitingAtEnd());
        add(rows, "parcels", "damaged", "", x.damaged(), px.damaged());
        add(rows, "parcels", "sentOut", "", x.sentOut(), px.sentOut());
        add(rows, "parcels", "codCollected", "", x.codCollected(), px.codCollected());
        add(rows, "parcels", "storageFees", "", x.storageFees(), px.storageFees());
        rows.add(List.of("parcels", "medianDaysToHandover", "", t.days(x.medianToHandover()), t.days(px.medianToHandover())));
        rows.add(List.of("parcels", "p90DaysToHandover", "", t.days(x.p90ToHandover()), t.days(px.p90ToHandover())));
        rows.add(List.of("parcels", "medianDaysOrderToPickup", "", t.days(x.medianOrderToPickup()),
                t.days(px.medianOrderToPickup())));
        rows.add(List.of("parcels", "p90DaysOrderToPickup", "", t.days(x.p90OrderToPickup()),
                t.days(px.p90OrderToPickup())));
        var g = f.goods();
        var pg = p.goods();
        if (g.available()) {
            breakdown(rows, "goods", "intakeByCategory", g.intakeByCategory(), pg.intakeByCategory());
            breakdown(rows, "goods", "salesByCategory", g.salesByCategory(), pg.salesByCategory());
            for (Breakdown b : g.topProducts()) {
                rows.add(List.of("goods", "topProduct.lines", b.key(), String.valueOf(b.count()), ""));
                rows.add(List.of("goods", "topProduct.value", b.key(), plain(b.value()), ""));
            }
            add(rows, "goods", "producersPaid", "", g.producersPaid(), pg.producersPaid());
            add(rows, "goods", "paidToProducers", "", g.paidToProducers(), pg.paidToProducers());
            add(rows, "goods", "commission", "", g.commission(), pg.commission());
            add(rows, "goods", "losses", "", g.losses(), pg.losses());
            add(rows, "goods", "lossValue", "", g.lossValue(), pg.lossValue());
        }
        var c = f.cash();
        var pc = p.cash();
        if (c.available()) {
            add(rows, "cash", "in", "", c.in(), pc.in());
            add(rows, "cash", "out", "", c.out(), pc.out());
            add(rows, "cash", "closes", "", c.closes(), pc.closes());
            add(rows, "cash", "closesWithDifference", "", c.closesWithDifference(), pc.closesWithDifference());
            add(rows, "cash", "closeDifference", "", c.closeDifference(), pc.closeDifference());
        }
        add(rows, "villagers", "registered", "", f.villagers().registered(), p.villagers().registered());
        add(rows, "villagers", "new", "", f.villagers().newInMonth(), p.villagers().newInMonth());
        add(rows, "villagers", "served", "", f.villagers().active(), p.villagers().active());
        for (MonthlyFigures.VillageRow v : f.villages()) {
            String name = v.village() == null ? t.t("report.noVillage") : v.village();
            rows.add(List.of("village", "registered", name, String.valueOf(v.registered()), ""));
            rows.add(List.of("village", "new", name, String.valueOf(v.newInMonth()), ""));
            rows.add(List.of("village", "served", name, String.valueOf(v.active()), ""));
            rows.add(List.of("village", "parcelsReceived", name, String.valueOf(v.parcelsReceived()), ""));
            rows.add(List.of("village", "parcelsHandedOver", name, String.valueOf(v.parcelsHandedOver()), ""));
            rows.add(List.of("village", "orders", name, String.valueOf(v.orders()), ""));
            rows.add(List.of("village", "orderValue", name, plain(v.orderValue()), ""));
        }
        for (MonthlyFigures.DayRow d : f.days()) {
            String day = d.day().toString();
            rows.add(List.of("day", "parcelsReceived", day, String.valueOf(d.parcelsReceived()), ""));
            rows.add(List.of("day", "parcelsHandedOver", day, String.valueOf(d.parcelsHandedOver()), ""));
            rows.add(List.of("day", "orders", day, String.valueOf(d.orders()), ""));
            rows.add(List.of("day", "orderValue", day, plain(d.orderValue()), ""));
            rows.add(List.of("day", "goodsSales", day, plain(d.goodsSales()), ""));
        }
        return write(rows);
    }

    static byte[] county(CountyFigures f, ReportText t) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("stationCode", "stationName"));
        for (String h : CountyReport.HEADERS) {
            if (!h.equals("station")) {
                head.add(t.t("report.county.col." + h));
            }
        }
        rows.add(head);
        for (CountyFigures.StationRow r : f.rows()) {
            rows.add(stationRow(r));
        }
        rows.add(stationRow(f.totals()));
        return write(rows);
    }

    private static List<String> stationRow(CountyFigures.StationRow r) {
        return List.of(r.stationCode(), r.stationName() == null ? "" : r.stationName(),
                r.lastBatchAt() == null ? "" : r.lastBatchAt().toString(), String.valueOf(r.orders()),
                plain(r.orderValue()), plain(r.serviceFees()), String.valueOf(r.parcelsReceived()),
                String.valueOf(r.parcelsHandedOver()), String.valueOf(r.parcelsReturned()), plain(r.goodsSales()),
                plain(r.paidToProducers()), String.valueOf(r.villagersServed()));
    }

    private static void add(List<List<String>> rows, String section, String figure, String key, long now, long before) {
        rows.add(List.of(section, figure, key, String.valueOf(now), String.valueOf(before)));
    }

    private static void add(List<List<String>> rows, String section, String figure, String key, Money now, Money before) {
        rows.add(List.of(section, figure, key, plain(now), plain(before)));
    }

    private static void breakdown(List<List<String>> rows, String section, String figure, List<Breakdown> now,
                                  List<Breakdown> before) {
        for (Breakdown b : now) {
            Breakdown prev = before.stream().filter(x -> x.key().equals(b.key())).findFirst()
                    .orElse(new Breakdown(b.key(), 0, Money.ZERO));
            add(rows, section, figure + ".count", b.key(), b.count(), prev.count());
            add(rows, section, figure + ".value", b.key(), b.value(), prev.value());
        }
    }

    static String plain(Money m) {
        return m == null ? "" : m.toYuan().toPlainString();
    }

    private static byte[] write(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(row.get(i)));
            }
            sb.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Quotes a cell holding a comma, quote or line end; a leading = + - @ is kept as text, never a formula. */
    static String quote(String cell) {
        String c = cell == null ? "" : cell;
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+")) {
            c = "'" + c;
        }
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }
}
