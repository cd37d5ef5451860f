package org.skyroad.station.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.persistence.JdbcChangeLog;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.service.ServiceContext;
import org.skyroad.station.service.SessionContext;

/**
 * The sync figures of the benchmark harness ({@code skyroad bench}), measured in one run beside
 * a raw baseline: export and import of N outbox entries in records per second, a raw JDBC batch
 * insert of the same rows into H2 (same URL settings, one transaction, as the import), and the
 * batch's bytes per 1,000 records. Not a test: no timing is asserted anywhere.
 */
public final class SyncBench {

    /** What one run measured. Rates are records per second; times in nanoseconds. */
    public record Result(int records, long exportNanos, long importNanos, long rawInsertNanos, long batchBytes) {

        public double exportPerSecond() {
            return records / Math.max(exportNanos / 1e9, 1e-9);
        }

        public double importPerSecond() {
            return records / Math.max(importNanos / 1e9, 1e-9);
        }

        public double rawInsertPerSecond() {
            return records / Math.max(rawInsertNanos / 1e9, 1e-9);
        }

        public double bytesPerThousandRecords() {
            return batchBytes * 1000.0 / Math.max(records, 1);
        }
    }

    private static final String STATION = "BN-001";
    private static final String HUB = "BN-HUB";
    private static final int CHUNK = 1_000;

    private SyncBench() {
    }

    /**
     * Builds a station with {@code records} villager-like outbox entries and a hub in
     * {@code work} (left for the caller to delete), then measures. {@code seed} makes the rows.
     */
    public static Result measure(Path work, int records, long seed, Progress progress) throws SQLException {
        Clock clock = Clock.systemUTC();
        try (Database station = Database.open(work.resolve("station").resolve("station"));
             Database hub = Database.open(work.resolve("hub").resolve("station"))) {
            SyncDesk st = desk(station, clock, STATION, StationLevel.VILLAGE, HUB);
            SyncDesk hb = desk(hub, clock, HUB, StationLevel.COUNTY, null);
            Enrolment se = st.enrolment();
            Enrolment he = hb.enrolment();
            hub.transactions().inTransaction(() -> new SyncStore(hub.jdbc()).insertPeer(se, SyncStore.ROLE_STATION, "bench",
                    clock.instant()));
            station.transactions().inTransaction(() -> new SyncStore(station.jdbc()).insertPeer(he, SyncStore.ROLE_HUB,
                    "bench", clock.instant()));
            List<Object[]> rows = rows(records, seed);
            try (Connection c = station.dataSource().getConnection()) {
                insertOutbox(c, rows);
            }

            long t0 = System.nanoTime();
            ExportResult out = st.export(work.resolve("stick"), progress).orElseThrow();
            long exportNanos = System.nanoTime() - t0;

            t0 = System.nanoTime();
            ImportOutcome in = hb.importFile(out.file(), progress);
            long importNanos = System.nanoTime() - t0;
            if (in.state() != ImportOutcome.State.APPLIED || in.applied() != records) {
                throw new IllegalStateException("bench import did not apply: " + in);
            }

            long rawNanos;
            try (Connection c = hub.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_raw AS SELECT * FROM sync_replica WITH NO DATA");
                rawNanos = rawInsert(c, rows);
                s.execute("DROP TABLE bench_raw");
            }
            return new Result(records, exportNanos, importNanos, rawNanos, Files.size(out.file()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private static SyncDesk desk(Database db, Clock clock, String code, StationLevel level, String hub) {
        JdbcStationRepository stations = new JdbcStationRepository(db.jdbc());
        SessionContext session = new SessionContext(Actor.system("bench"));
        ServiceContext ctx = new ServiceContext(db.transactions(),
                new JdbcChangeLog(db.jdbc(), clock, session::auditActor, () -> code), session, clock);
        db.transactions().inTransaction(() -> stations.insert(new Station(new StationCode(code), "Bench " + code, level,
                hub == null ? null : new StationCode(hub), null, "en", clock.instant(), 1)));
        SyncKeys.ensureKeys(db, clock);
        return new SyncDesk(ctx, db.jdbc(), stations);
    }

    /** seq, txn, entity id, payload, created at: villager snapshots of a realistic size. */
    private static List<Object[]> rows(int n, long seed) {
        Random r = new Random(seed);
        String[] names = {"བཀྲ་ཤིས་ཚེ་རིང", "扎西次仁", "次仁卓玛", "Tashi Dorje", "王建华", "ལྷ་མོ", "央金"};
        Instant at = Instant.parse("2026-11-23T08:00:00Z");
        List<Object[]> out = new ArrayList<>(n);
        UUID txn = UUID.randomUUID();
        for (int i = 1; i <= n; i++) {
            if (i % CHUNK == 1) {
                txn = new UUID(r.nextLong(), r.nextLong());
            }
            UUID id = new UUID(r.nextLong(), r.nextLong());
            String phone = "13" + (100000000 + r.nextInt(900000000));
            String json = "{\"id\":\"" + id + "\",\"name\":\"" + names[r.nextInt(names.length)] + " " + r.nextInt(1000)
                    + "\",\"phone\":\"" + phone + "\",\"villageId\":\"" + new UUID(seed, r.nextInt(14)) + "\",\"idTail\":\""
                    + (1000 + r.nextInt(9000)) + "\",\"household\":\"户 " + r.nextInt(300) + "\",\"notes\":null,"
                    + "\"consentPickup\":true,\"consentDelivery\":" + r.nextBoolean() + ",\"createdAt\":\"" + at
                    + "\",\"updatedAt\":\"" + at + "\",\"version\":1}";
            out.add(new Object[] {(long) i, txn, id, json, at.plusSeconds(i)});
        }
        return out;
    }

    private static void insertOutbox(Connection c, List<Object[]> rows) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (seq, station_code, txn_id, entity, entity_id, "
                + "entity_version, operation, payload, created_at) VALUES (?, ?, ?, 'villager', ?, 1, 'CREATE', ?, ?)")) {
            int n = 0;
            for (Object[] row : rows) {
                ps.setLong(1, (Long) row[0]);
                ps.setString(2, STATION);
                ps.setObject(3, row[1]);
                ps.setObject(4, row[2]);
                ps.setString(5, (String) row[3]);
                ps.setObject(6, ((Instant) row[4]).atOffset(ZoneOffset.UTC));
                ps.addBatch();
                if (++n % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE outbox_counter SET next_seq = " + (rows.size() + 1) + " WHERE id = 1");
        }
        c.commit();
    }

    /** The same rows as the import writes them, batch-inserted in one transaction: the baseline. */
    private static long rawInsert(Connection c, List<Object[]> rows) throws SQLException {
        c.setAutoCommit(false);
        UUID batch = UUID.randomUUID();
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_raw (station_code, entity, entity_id, version, "
                + "deleted, payload, record_seq, txn_id, changed_at, batch_row_id, received_at) "
                + "VALUES (?, 'villager', ?, 1, FALSE, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            Object now = Instant.now().atOffset(ZoneOffset.UTC);
            for (Object[] row : rows) {
                ps.setString(1, STATION);
                ps.setObject(2, row[2]);
                ps.setString(3, (String) row[3]);
                ps.setLong(4, (Long) row[0]);
                ps.setObject(5, row[1]);
                ps.setObject(6, ((Instant) row[4]).atOffset(ZoneOffset.UTC));
                ps.setObject(7, batch);
                ps.setObject(8, now);
                ps.addBatch();
                if (++n % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        return System.nanoTime() - t0;
    }
}
