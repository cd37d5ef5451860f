package org.skyroad.station.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.CountyFigures.SilentStation;
import org.skyroad.station.domain.report.CountyFigures.StationRow;

/**
 * Lays the county report out: one row per station, the county totals as the last row (the sum
 * of the rows above it), and the stations whose month may be incomplete, named with the time
 * of their last batch.
 */
final class CountyReport {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] HEADERS = {"station", "lastBatch", "orders", "orderValue", "serviceFees", "parcelsIn",
        "handedOver", "returned", "goodsSales", "paidToProducers", "villagersServed"};

    private final CountyFigures f;
    private final ReportText t;

    CountyReport(CountyFigures figures, ReportText text) {
        this.f = figures;
        this.t = text;
    }

    Map<String, Object> parameters() {
        Map<String, Object> m = new HashMap<>();
        m.put("TITLE", t.t("report.county.title"));
        m.put("HUB", f.hubName() + "  (" + f.hubCode() + ")");
        m.put("PERIOD", t.month(f.month()) + "   " + t.t("report.county.stations", f.rows().size()));
        m.put("FOOTER", f.hubCode() + " · " + f.month() + " · " + t.t("report.county.title"));
        m.put("PAGE_OF", t.t("report.page"));
        for (String h : HEADERS) {
            m.put("H_" + h, t.t("report.county.col." + h));
        }
        m.put("NOT_SYNCED_TITLE", f.complete() ? t.t("report.county.complete")
                : t.t("report.county.incomplete", f.notSynced().size()));
        StringBuilder sb = new StringBuilder();
        for (SilentStation s : f.notSynced()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(s.stationCode()).append("  ").append(s.stationName() == null ? "" : s.stationName()).append("  —  ")
                    .append(s.lastBatchAt() == null ? t.t("report.county.neverSynced")
                            : t.t("report.county.lastBatch", t.dateTime(s.lastBatchAt(), ZONE)));
        }
        m.put("NOT_SYNCED", sb.toString());
        m.put("SIGN_PREPARED", t.t("report.sign.prepared"));
        m.put("SIGN_MANAGER", t.t("report.sign.countyManager"));
        m.put("SIGN_RECEIVED", t.t("report.sign.received"));
        m.put("SIGN_DATE", t.t("report.sign.date"));
        return m;
    }

    List<Map<String, ?>> rows() {
        List<Map<String, ?>> rows = new ArrayList<>(f.rows().size() + 1);
        for (StationRow r : f.rows()) {
            rows.add(row("ROW", r.stationCode() + "  " + (r.stationName() == null ? "" : r.stationName()),
                    r.lastBatchAt() == null ? t.t("report.county.neverSyncedShort") : t.dateTime(r.lastBatchAt(), ZONE),
                    r));
        }
        rows.add(row("TOTAL", t.t("report.county.total"), "", f.totals()));
        return rows;
    }

    private Map<String, ?> row(String kind, String station, String last, StationRow r) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("station", station);
        m.put("lastBatch", last);
        m.put("orders", t.count(r.orders()));
        m.put("orderValue", t.money(r.orderValue()));
        m.put("serviceFees", t.money(r.serviceFees()));
        m.put("parcelsIn", t.count(r.parcelsReceived()));
        m.put("handedOver", t.count(r.parcelsHandedOver()));
        m.put("returned", t.count(r.parcelsReturned()));
        m.put("goodsSales", t.money(r.goodsSales()));
        m.put("paidToProducers", t.money(r.paidToProducers()));
        m.put("villagersServed", t.count(r.villagersServed()));
        return m;
    }
}
