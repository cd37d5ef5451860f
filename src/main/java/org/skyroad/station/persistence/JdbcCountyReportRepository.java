package org.skyroad.station.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.CountyFiguresSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county report at the hub, from the stations' records its batches brought
 * ({@code sync_replica}: the latest snapshot of every record, per station) and the enrolled
 * stations with the time of their last batch ({@code sync_peer}). The same definitions as
 * {@link JdbcReportFiguresRepository}, read from the snapshots' fields, in the hub's zone.
 *
 * <p>Only records changed since the month began are read: every event a month counts (a parcel
 * received or handed over, an order paid, a sale, a payout) is itself a change of its record.
 */
public final class JdbcCountyReportRepository implements CountyFiguresSource {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCountyReportRepository.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Jdbc jdbc;

    public JdbcCountyReportRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One station's sums while the snapshots are read. */
    private static final class Acc {
        final String code;
        String name;
        Instant lastBatch;
        long orders;
        long orderValue;
        long fees;
        long received;
        long handed;
        long returned;
        long sales;
        long paid;
        final Set<String> served = new HashSet<>();

        Acc(String code) {
            this.code = code;
        }

        CountyFigures.StationRow row() {
            return new CountyFigures.StationRow(code, name, lastBatch, orders, Money.ofFen(orderValue), Money.ofFen(fees),
                    received, handed, returned, Money.ofFen(sales), Money.ofFen(paid), served.size());
        }
    }

    @Override
    public CountyFigures county(String hubCode, String hubName, YearMonth month, ZoneId zone) {
        JdbcReportFiguresRepository.Period p = JdbcReportFiguresRepository.Period.of(month, zone);
        Map<String, Acc> stations = new TreeMap<>();
        jdbc.query("SELECT station_code, name, last_in_at FROM sync_peer WHERE peer_role = 'STATION'", rs -> {
            Acc a = new Acc(rs.getString(1));
            a.name = rs.getString(2);
            a.lastBatch = Jdbc.instant(rs, "last_in_at");
            stations.put(a.code, a);
            return a;
        });
        read("parcel", p, stations, (a, n) -> {
            LocalDate received = date(n, "receivedDate");
            if (received != null && !received.isBefore(p.first()) && !received.isAfter(p.last())) {
                a.received++;
                served(a, n, "recipientId");
            }
            Instant closed = instant(n, "closedAt");
            if (closed != null && !closed.isBefore(p.start()) && closed.isBefore(p.end())) {
                String status = n.text("status", "");
                if (status.equals("PICKED_UP") || status.equals("DELIVERED")) {
                    a.handed++;
                    served(a, n, "recipientId");
                } else if (status.equals("RETURNED")) {
                    a.returned++;
                }
            }
        });
        read("parcel_dropoff", p, stations, (a, n) -> {
            Instant at = instant(n, "createdAt");
            if (at != null && !at.isBefore(p.start()) && at.isBefore(p.end())) {
                served(a, n, "senderId");
            }
        });
        read("assisted_order", p, stations, (a, n) -> {
            Instant paid = instant(n, "paidAt");
            if (paid != null && !"CANCELLED".equals(n.text("status", ""))) {
                LocalDate day = LocalDate.ofInstant(paid, zone);
                if (!day.isBefore(p.first()) && !day.isAfter(p.last())) {
                    a.orders++;
                    a.orderValue += n.number("goodsFen");
                    a.fees += n.number("feeFen");
                    served(a, n, "villagerId");
                }
            }
        });
        read("goods_sale", p, stations, (a, n) -> {
            LocalDate day = date(n, "soldOn");
            if (day != null && !day.isBefore(p.first()) && !day.isAfter(p.last())) {
                a.sales += n.linesAmountFen;
            }
        });
        read("settlement", p, stations, (a, n) -> {
            Instant paid = instant(n, "paidAt");
            if ("PAID".equals(n.text("status", "")) && paid != null && !paid.isBefore(p.start())
                    && paid.isBefore(p.end())) {
                a.paid += n.number("dueFen");
            }
        });
        List<CountyFigures.StationRow> rows = new ArrayList<>(stations.size());
        List<CountyFigures.SilentStation> silent = new ArrayList<>();
        for (Acc a : stations.values()) {
            rows.add(a.row());
            if (a.lastBatch == null || a.lastBatch.isBefore(p.end())) {
                silent.add(new CountyFigures.SilentStation(a.code, a.name, a.lastBatch));
            }
        }
        return new CountyFigures(hubCode, hubName, month, rows, silent);
    }

    private interface Visitor {
        void visit(Acc station, Snapshot snapshot);
    }

    private void read(String entity, JdbcReportFiguresRepository.Period p, Map<String, Acc> stations, Visitor visitor) {
        jdbc.query("SELECT station_code, payload FROM sync_replica WHERE entity = ? AND deleted = FALSE AND changed_at >= ?",
                rs -> {
                    String code = rs.getString(1);
                    Acc a = stations.computeIfAbsent(code, Acc::new);
                    try {
                        visitor.visit(a, Snapshot.read(rs.getString(2)));
                    } catch (IOException e) {
                        LOG.warn("unreadable {} snapshot from {} left out of the county report", entity, code);
                    }
                    return Boolean.TRUE;
                }, entity, p.start());
    }

    private static void served(Acc a, Snapshot n, String field) {
        String id = n.text(field, null);
        if (id != null && !id.isEmpty() && !"null".equals(id)) {
            a.served.add(id);
        }
    }

    private static Instant instant(Snapshot n, String field) {
        String s = n.text(field, null);
        try {
            return s == null || s.isEmpty() || "null".equals(s) ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(Snapshot n, String field) {
        String s = n.text(field, null);
        try {
            return s == null || s.isEmpty() || "null".equals(s) ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The top-level scalar fields of a snapshot as text, and the sum of its lines' amountFen
     * (a sale). Read with the streaming parser: a month at a hub is about a million snapshots,
     * and building a tree of each cost more than the rest of the report.
     */
    static final class Snapshot {
        private final Map<String, String> fields = new HashMap<>();
        long linesAmountFen;

        static Snapshot read(String json) throws IOException {
            Snapshot s = new Snapshot();
            try (JsonParser p = JSON.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("not an object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.getCurrentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_ARRAY && "lines".equals(name)) {
                        s.readLines(p);
                    } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else if (value != JsonToken.VALUE_NULL) {
                        s.fields.put(name, p.getText());
                    }
                }
            }
            return s;
        }

        private void readLines(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.getCurrentName();
                    JsonToken value = p.nextToken();
                    if ("amountFen".equals(name) && value.isNumeric()) {
                        linesAmountFen += p.getLongValue();
                    } else if ("amountFen".equals(name) && value == JsonToken.VALUE_STRING) {
                        linesAmountFen += parseLong(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }

        String text(String field, String absent) {
            return fields.getOrDefault(field, absent);
        }

        long number(String field) {
            return parseLong(fields.get(field));
        }

        private static long parseLong(String s) {
            if (s == null) {
                return 0;
            }
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
