package org.skyroad.station.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import org.skyroad.station.domain.common.Progress;

/**
 * A county hub's replica for the report benchmark and tests: {@code stations} enrolled
 * stations, each with {@code parcelsPerStation} parcels received in {@code month} (and the
 * orders of a tenth of them), as their batches would have left them in {@code sync_replica}.
 * One station in ten has sent no batch since the month ended. Call inside a transaction.
 */
public final class JdbcReportBenchData {

    private JdbcReportBenchData() {
    }

    public static void seedCountyReplica(Jdbc jdbc, int stations, int parcelsPerStation, YearMonth month, ZoneId zone,
                                         long seed, Progress progress) {
        Random r = new Random(seed);
        Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        long span = Duration.between(start, end).toMinutes();
        Connection c = jdbc.connection();
        UUID batch = UUID.randomUUID();
        try (PreparedStatement peer = c.prepareStatement("INSERT INTO sync_peer (station_code, peer_role, name, level, hub_code,"
                + " sign_public_key, encrypt_public_key, fingerprint, enrolled_at, enrolled_by, last_in_at, version)"
                + " VALUES (?, 'STATION', ?, 'VILLAGE', 'NGA-HUB', X'00', X'00', 'bench', ?, 'bench', ?, 1)");
             PreparedStatement rep = c.prepareStatement("INSERT INTO sync_replica (station_code, entity, entity_id, version,"
                     + " deleted, payload, record_seq, changed_at, batch_row_id, received_at) VALUES (?, ?, ?, 1, FALSE, ?, ?, ?, ?, ?)")) {
            for (int s = 1; s <= stations; s++) {
                String code = String.format("TS-%03d", s);
                Instant last = s % 10 == 0 ? start.plus(Duration.ofDays(20)) : end.plus(Duration.ofDays(2));
                peer.setString(1, code);
                peer.setString(2, (s % 2 == 0 ? "བཀྲ་ཤིས་སྒང" : "达雄村") + " " + s);
                peer.setObject(3, start.atOffset(ZoneOffset.UTC));
                peer.setObject(4, last.atOffset(ZoneOffset.UTC));
                peer.addBatch();
                long seq = 0;
                for (int i = 0; i < parcelsPerStation; i++) {
                    Instant received = start.plus(Duration.ofMinutes(r.nextLong(span)));
                    int kind = r.nextInt(10);
                    String status = kind < 6 ? "PICKED_UP" : kind < 8 ? "DELIVERED" : kind < 9 ? "RETURNED" : "WAITING";
                    Instant closed = status.equals("WAITING") ? null : received.plus(Duration.ofMinutes(30 + r.nextInt(7200)));
                    UUID id = UUID.randomUUID();
                    String recipient = UUID.nameUUIDFromBytes((code + (i % 2000)).getBytes()).toString();
                    String payload = "{\"id\":\"" + id + "\",\"trackingNumber\":\"SF" + (1000000000000L + i)
                            + "\",\"carrier\":\"SF\",\"status\":\"" + status + "\",\"recipientId\":\"" + recipient
                            + "\",\"receivedAt\":\"" + received + "\",\"receivedDate\":\"" + LocalDate.ofInstant(received, zone)
                            + "\",\"closedAt\":" + (closed == null ? "null" : "\"" + closed + "\"") + ",\"version\":2}";
                    add(rep, code, "parcel", id, payload, ++seq, closed == null ? received : closed, batch, last);
                    if (i % 10 == 0) {
                        UUID order = UUID.randomUUID();
                        Instant paid = received.minus(Duration.ofDays(5));
                        long goods = 1000 + r.nextInt(50_000);
                        String o = "{\"id\":\"" + order + "\",\"villagerId\":\"" + recipient + "\",\"status\":\"COLLECTED\","
                                + "\"goodsFen\":" + goods + ",\"feeFen\":" + (200 + goods / 50) + ",\"paidAt\":\"" + paid
                                + "\",\"parcelId\":\"" + id + "\"}";
                        add(rep, code, "assisted_order", order, o, ++seq, closed == null ? received : closed, batch, last);
                    }
                    if (seq % 1000 < 2) {
                        rep.executeBatch();
                    }
                }
                rep.executeBatch();
                progress.update(s, stations, "stations");
            }
            peer.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static void add(PreparedStatement rep, String code, String entity, UUID id, String payload, long seq,
                            Instant changed, UUID batch, Instant received) throws SQLException {
        rep.setString(1, code);
        rep.setString(2, entity);
        rep.setObject(3, id);
        rep.setString(4, payload);
        rep.setLong(5, seq);
        rep.setObject(6, changed.atOffset(ZoneOffset.UTC));
        rep.setObject(7, batch);
        rep.setObject(8, received.atOffset(ZoneOffset.UTC));
        rep.addBatch();
    }
}
