package org.skyroad.station.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.cli.Headless;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.PickupCode;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.persistence.JdbcReportBenchData;
import org.skyroad.station.report.ReportBench;
import org.skyroad.station.service.OrderDemoData;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.service.StationSetup;

/**
 * The desk figures of {@code skyroad bench}: parcel check-in and lookup on a station holding
 * many parcels, order save and the cash drawer over a year of movements, producer settlement
 * for a month, and the county report at a hub. Each beside a raw baseline in the same run.
 */
final class DeskBench {

    /** Villagers of the desk stations at full size: parcels and orders go to them. */
    static final int VILLAGERS = 2_000;
    /** Parcels still on the shelf of the parcel station; the rest are history (picked up). */
    static final int WAITING = 2_000;
    /** Rows per JDBC batch and per commit while seeding parcel history. */
    static final int SEED_BATCH = 1_000;
    static final int SEED_COMMIT = 100_000;
    /** Page cache (KB) while seeding: random keys on ten indexes need their pages in memory. */
    static final int SEED_CACHE_KB = 384 * 1024;
    static final int LOTS_PER_PRODUCER = 4;
    static final int DRAWER_WARMUPS = 3;

    private final long seed;
    private final int saves;
    private final Consumer<String> note;

    DeskBench(long seed, int saves, Consumer<String> note) {
        this.seed = seed;
        this.saves = saves;
        this.note = note;
    }

    /** A small run (the smoke test) needs only a few villagers. */
    static int villagersFor(int size) {
        return Math.max(100, Math.min(VILLAGERS, size / 10));
    }

    private int warmups() {
        return Math.max(3, Math.min(50, saves / 4));
    }

    // ------------------------------------------------------------------ parcels

    void parcels(Path work, int parcels, BenchTable table) throws SQLException {
        try (StationRuntime rt = Headless.open(work.resolve("parcels").resolve("station"))) {
            rt.demo().fill(seed, 0, Progress.NONE);
            rt.demo().fill(seed, villagersFor(parcels), Progress.NONE);
            List<String> phones = new ArrayList<>();
            Set<String> openCodes = new HashSet<>();
            long seedNanos;
            try (Connection c = rt.database().dataSource().getConnection()) {
                List<Object[]> people = RawJdbc.readAll(c, "villager", "id, village_id, phone, phone_tail");
                people.removeIf(p -> p[2] == null);
                people.forEach(p -> phones.add((String) p[2]));
                note.accept("writing " + parcels + " parcels of history with JDBC batches (not measured)");
                long t0 = System.nanoTime();
                seedParcels(c, parcels, people, openCodes);
                seedNanos = System.nanoTime() - t0;
            }
            ParcelDesk desk = rt.parcels();
            Random r = new Random(seed);
            long[] trackingSeq = {5_000_000_000_000L};
            Timings service = new Timings(saves);
            Timings raw = new Timings(saves);
            try (Connection c = rt.database().dataSource().getConnection()) {
                RowCopy copy = RowCopy.of(c, "parcel");
                note.accept("checking in " + saves + " parcels through ParcelDesk, each beside a raw insert");
                for (int i = 0; i < saves + warmups(); i++) {
                    String phone = phones.get(r.nextInt(phones.size()));
                    long t0 = System.nanoTime();
                    ParcelDesk.CheckInResult done = desk.checkIn(new ParcelDesk.CheckIn("SF" + trackingSeq[0]++, Carrier.SF,
                            phone, null, null, ParcelTags.NONE));
                    long t1 = System.nanoTime();
                    Map<String, Object> row = copy.read(c, "id", done.parcel().id()).get(0);
                    openCodes.add(done.parcel().pickupCode().value());
                    Map<String, Object> changed = new HashMap<>();
                    changed.put("ID", UUID.randomUUID());
                    changed.put("TRACKING_NUMBER", "SF" + trackingSeq[0]++);
                    changed.put("PICKUP_CODE", freeCode(r, openCodes));
                    long t2;
                    long t3;
                    try (PreparedStatement ps = copy.prepare(c)) {
                        t2 = System.nanoTime();
                        copy.insert(ps, row, changed);
                        t3 = System.nanoTime();
                    }
                    if (i >= warmups()) {
                        service.add(t1 - t0);
                        raw.add(t3 - t2);
                    }
                }
            }
            String about = "ParcelDesk.checkIn of one scan (recipient matched by the label phone, slot, pickup code, "
                    + "audit and outbox rows, one transaction) vs a raw single-row INSERT of the same parcel row "
                    + "(autocommit); " + parcels + " parcels in the station (" + WAITING + " waiting), written in "
                    + BenchCommand.seconds(seedNanos) + " s; " + service.count() + " check-ins measured";
            table.add(BenchRow.millis("parcel check-in, median", service.medianMillis(), raw.medianMillis(), about));
            table.add(BenchRow.millis("parcel check-in, p95", service.p95Millis(), raw.p95Millis(), ""));

            List<String> codes = new ArrayList<>(openCodes);
            lookups(rt, "pickup code", "SELECT * FROM parcel WHERE open_code = ?", codes, r, table);
            List<String> tails = phones.stream().map(p -> p.substring(p.length() - 4)).toList();
            lookups(rt, "phone tail", "SELECT * FROM parcel WHERE phone_tail = ? AND status IN ('WAITING', 'OUT_ON_RUN') "
                    + "ORDER BY received_at", tails, r, table);
        }
    }

    private void lookups(StationRuntime rt, String what, String sql, List<String> pool, Random r, BenchTable table)
            throws SQLException {
        int n = saves;
        Timings service = new Timings(n);
        Timings raw = new Timings(n);
        long found = 0;
        try (Connection c = rt.database().dataSource().getConnection()) {
            for (int i = 0; i < n + warmups(); i++) {
                String text = pool.get(r.nextInt(pool.size()));
                long t0 = System.nanoTime();
                int s = rt.parcels().find(text).size();
                long t1 = System.nanoTime();
                int rows = 0;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, text);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
                long t2 = System.nanoTime();
                if (i >= warmups()) {
                    service.add(t1 - t0);
                    raw.add(t2 - t1);
                    found += s;
                }
            }
        }
        String about = "ParcelDesk.find(" + what + ") with the recipients' names vs the parcel SQL alone on a raw connection; "
                + Timings.average(found, service.count()) + " parcels found on average; " + service.count() + " lookups measured";
        table.add(BenchRow.millis("parcel lookup by " + what + ", median", service.medianMillis(), raw.medianMillis(), about));
        table.add(BenchRow.millis("parcel lookup by " + what + ", p95", service.p95Millis(), raw.p95Millis(), ""));
    }

    private void seedParcels(Connection c, int count, List<Object[]> people, Set<String> openCodes) throws SQLException {
        Random r = new Random(seed + 7);
        Instant now = Instant.now();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        long spanMinutes = Duration.ofDays(730).toMinutes();
        boolean auto = c.getAutoCommit();
        String cache = setting(c, "CACHE_SIZE");
        try (Statement st = c.createStatement()) {
            st.execute("SET CACHE_SIZE " + SEED_CACHE_KB);
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO parcel (id, tracking_number, carrier, status, recipient_id, "
                + "label_phone, phone_tail, village_id, slot, pickup_code, fragile, perishable, large, signature_required, "
                + "damaged, received_at, received_date, received_by, closed_at, collected_by, updated_at, version) "
                + "VALUES (?, ?, 'SF', ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, FALSE, ?, ?, 'bench', ?, ?, ?, 1)")) {
            for (int i = 0; i < count; i++) {
                Object[] p = people.get(r.nextInt(people.size()));
                boolean waiting = i >= count - Math.min(WAITING, count);
                Instant received = waiting ? now.minus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)))
                        : now.minus(Duration.ofMinutes(7 * 24 * 60 + (long) (r.nextDouble() * spanMinutes)));
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, "SF" + (1_000_000_000_000L + i));
                ps.setString(3, waiting ? "WAITING" : "PICKED_UP");
                ps.setObject(4, p[0]);
                ps.setString(5, (String) p[2]);
                ps.setString(6, (String) p[3]);
                ps.setObject(7, p[1]);
                ps.setString(8, (char) ('A' + r.nextInt(2)) + String.format("-%02d", 1 + r.nextInt(20)));
                ps.setString(9, waiting ? freeCode(r, openCodes) : PickupCode.random(r).value());
                ps.setObject(10, received.atOffset(ZoneOffset.UTC));
                ps.setObject(11, LocalDate.ofInstant(received, zone));
                Instant closed = waiting ? null : received.plus(Duration.ofMinutes(30 + r.nextInt(5 * 24 * 60)));
                ps.setObject(12, closed == null ? null : closed.atOffset(ZoneOffset.UTC));
                ps.setString(13, waiting ? null : "本人 self");
                ps.setObject(14, (closed == null ? received : closed).atOffset(ZoneOffset.UTC));
                ps.addBatch();
                boolean last = i == count - 1;
                if ((i + 1) % SEED_BATCH == 0 || last) {
                    ps.executeBatch();
                }
                if ((i + 1) % SEED_COMMIT == 0 || last) {
                    c.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    note.accept("  " + (i + 1) + " parcels written");
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE");
            // The measured check-ins run with the station's own cache, not the seeding one.
            st.execute("SET CACHE_SIZE " + cache);
            // Everything seeded is on disk before the first measured check-in.
            st.execute("CHECKPOINT SYNC");
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE UPPER(SETTING_NAME) LIKE ?")) {
            ps.setString(1, "%" + name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no setting " + name);
                }
                return rs.getString(1);
            }
        }
    }

    private static String freeCode(Random r, Set<String> taken) {
        while (true) {
            String code = PickupCode.random(r).value();
            if (taken.add(code)) {
                return code;
            }
        }
    }

    // ------------------------------------------------------------------ orders and the drawer

    void orders(Path work, int orders, BenchTable table) throws SQLException {
        try (StationRuntime rt = Headless.open(work.resolve("orders").resolve("station"))) {
            rt.demo().fill(seed, 0, Progress.NONE);
            rt.demo().fill(seed, villagersFor(orders), Progress.NONE);
            note.accept("writing " + orders + " orders over a year with their movements and closes (not measured)");
            OrderDemoData.Result made = rt.orderDemo().bulk(seed, orders, 365, Progress.NONE);
            try (Connection c = rt.database().dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            List<UUID> people = rt.orderDemo().someVillagers(VILLAGERS);
            Random r = new Random(seed);
            Timings service = new Timings(saves);
            Timings raw = new Timings(saves);
            note.accept("saving " + saves + " orders through OrderDesk, each beside a raw insert");
            try (Connection c = rt.database().dataSource().getConnection()) {
                RowCopy orderRow = RowCopy.of(c, "assisted_order");
                RowCopy lineRow = RowCopy.of(c, "assisted_order_line");
                for (int i = 0; i < saves + warmups(); i++) {
                    OrderDraft draft = OrderDemoData.benchDraft(r, people.get(r.nextInt(people.size())));
                    Money total = rt.orders().quote(draft).total();
                    long t0 = System.nanoTime();
                    Order o = rt.orders().createAndPay(draft, total);
                    long t1 = System.nanoTime();
                    Map<String, Object> row = orderRow.read(c, "id", o.id()).get(0);
                    List<Map<String, Object>> lines = lineRow.read(c, "order_id", o.id());
                    UUID id = UUID.randomUUID();
                    long t2;
                    long t3;
                    boolean auto = c.getAutoCommit();
                    try (PreparedStatement po = orderRow.prepare(c); PreparedStatement pl = lineRow.prepare(c)) {
                        c.setAutoCommit(false);
                        t2 = System.nanoTime();
                        orderRow.insert(po, row, Map.of("ID", id, "ORDER_NO", "RAW-" + i));
                        for (Map<String, Object> line : lines) {
                            lineRow.insert(pl, line, Map.of("ORDER_ID", id));
                        }
                        c.commit();
                        t3 = System.nanoTime();
                    } finally {
                        c.setAutoCommit(auto);
                    }
                    if (i >= warmups()) {
                        service.add(t1 - t0);
                        raw.add(t3 - t2);
                    }
                }
            }
            String about = "OrderDesk.createAndPay (checks, number, lines, payment movement, events, audit and outbox rows, "
                    + "one transaction) vs a raw INSERT of the same order row and its lines in one transaction; " + orders
                    + " orders, " + made.movements() + " movements and " + made.closes() + " daily closes in the station "
                    + "(written in " + BenchCommand.seconds(made.took().toNanos()) + " s); "
                    + service.count() + " saves measured";
            table.add(BenchRow.millis("order save, median", service.medianMillis(), raw.medianMillis(), about));
            table.add(BenchRow.millis("order save, p95", service.p95Millis(), raw.p95Millis(), ""));
            drawer(rt, table);
        }
    }

    private void drawer(StationRuntime rt, BenchTable table) throws SQLException {
        int n = Math.min(20, saves);
        Timings balance = new Timings(n);
        Timings rawBalance = new Timings(n);
        Timings close = new Timings(n);
        Timings rawClose = new Timings(n);
        try (Connection c = rt.database().dataSource().getConnection()) {
            RowCopy closeRow = RowCopy.of(c, "cash_close");
            for (int i = 0; i < n + DRAWER_WARMUPS; i++) {
                long t0 = System.nanoTime();
                Money fromMovements = rt.cash().expectedBalanceFromMovements();
                long t1 = System.nanoTime();
                long sum = rawBalance(c);
                long t2 = System.nanoTime();
                if (sum != fromMovements.fen()) {
                    table.remark("WARNING: the raw drawer sum (" + sum + " fen) differs from the service's ("
                            + fromMovements.fen() + " fen).");
                }
                DailyClose done = rt.cash().close(CashCount.ofTotal(rt.cash().expectedBalance()), null);
                long t3 = System.nanoTime();
                Map<String, Object> row = closeRow.read(c, "id", done.id()).get(0);
                long t4 = System.nanoTime();
                rawBalance(c);
                try (PreparedStatement ps = closeRow.prepare(c)) {
                    closeRow.insert(ps, row, Map.of("ID", UUID.randomUUID()));
                }
                long t5 = System.nanoTime();
                if (i >= DRAWER_WARMUPS) {
                    balance.add(t1 - t0);
                    rawBalance.add(t2 - t1);
                    close.add(t3 - t2);
                    rawClose.add(t5 - t4);
                }
            }
        }
        table.add(BenchRow.millis("drawer balance from a year of movements, median", balance.medianMillis(),
                rawBalance.medianMillis(), "CashDrawer.expectedBalanceFromMovements (last close, sum of the movements since) "
                        + "vs the same two SQL statements on a raw connection; " + balance.count() + " measured"));
        table.add(BenchRow.millis("daily close, median", close.medianMillis(), rawClose.medianMillis(),
                "CashDrawer.close (drawer state, threshold, audit and outbox rows, one transaction) vs the raw sum since the "
                        + "last close and an INSERT of the same close row; " + close.count() + " measured"));
    }

    private static long rawBalance(Connection c) throws SQLException {
        long after = 0;
        long opening = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_seq, counted_fen FROM cash_close ORDER BY to_seq DESC, closed_at DESC LIMIT 1")) {
            if (rs.next()) {
                after = rs.getLong(1);
                opening = rs.getLong(2);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(amount_fen), 0) FROM cash_movement WHERE seq > ?")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return opening + rs.getLong(1);
            }
        }
    }

    // ------------------------------------------------------------------ local goods

    void settlement(Path work, int producers, int traceLots, BenchTable table) throws SQLException {
        try (StationRuntime rt = Headless.open(work.resolve("goods").resolve("station"))) {
            rt.demo().fill(seed, 0, Progress.NONE);
            rt.demo().fill(seed, 200, Progress.NONE);
            YearMonth month = YearMonth.from(rt.goods().today()).minusMonths(1);
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            note.accept("taking in and selling a month of lots for " + producers + " producers (not measured)");
            rt.goodsDemo().fillMonthForSettlement(seed, producers, LOTS_PER_PRODUCER, month, Progress.NONE);
            long rawNanos;
            int candidates;
            try (Connection c = rt.database().dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE");
                st.execute("CREATE TABLE bench_settlement AS SELECT * FROM settlement WHERE 1 = 0");
                st.execute("CREATE TABLE bench_settlement_line AS SELECT * FROM settlement_line WHERE 1 = 0");
                // Raw read: every unsettled consignment sale line of the month with its lot, per producer.
                long t0 = System.nanoTime();
                candidates = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT l.producer_id, sl.id, l.id, l.code, l.product_id, "
                        + "l.grade, s.sold_date, sl.quantity, sl.unit_price_fen, sl.amount_fen FROM goods_sale_line sl "
                        + "JOIN goods_sale s ON s.id = sl.sale_id JOIN lot l ON l.id = sl.lot_id "
                        + "WHERE l.terms = 'CONSIGNMENT' AND s.sold_date BETWEEN ? AND ? "
                        + "AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.sale_line_id = sl.id) ORDER BY l.producer_id")) {
                    ps.setObject(1, from);
                    ps.setObject(2, to);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            candidates++;
                        }
                    }
                }
                rawNanos = System.nanoTime() - t0;
            }
            note.accept("settling " + producers + " producers through ConsignmentDesk.settleAll");
            long t0 = System.nanoTime();
            int made = rt.goods().settleAll(from, to, Progress.NONE).size();
            long serviceNanos = System.nanoTime() - t0;
            try (Connection c = rt.database().dataSource().getConnection()) {
                // Raw write: the same settlement and line rows, batch-inserted in one transaction.
                List<Object[]> settlements = RawJdbc.readAll(c, "settlement", SETTLEMENT_COLUMNS);
                List<Object[]> lines = RawJdbc.readAll(c, "settlement_line", LINE_COLUMNS);
                rawNanos += RawJdbc.batchInsert(c, "bench_settlement", SETTLEMENT_COLUMNS, settlements, 1_000);
                rawNanos += RawJdbc.batchInsert(c, "bench_settlement_line", LINE_COLUMNS, lines, 1_000);
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE bench_settlement_line");
                    st.execute("DROP TABLE bench_settlement");
                }
            }
            table.add(BenchRow.millis("settlement of " + producers + " producers for a month", serviceNanos / 1e6,
                    rawNanos / 1e6, "ConsignmentDesk.settleAll (for each producer: candidates, commission, checks, settlement "
                            + "and lines with audit and outbox rows, a transaction each) vs one raw SQL reading every unsettled "
                            + "sale line of the month (" + candidates + ") and a batch insert of the same " + made
                            + " settlements and their lines into twin tables, commit every 1,000"));
            if (traceLots > 0) {
                trace(rt, traceLots, from, table);
            }
        }
    }

    /**
     * The trace of a lot among {@code lotCount} lots: the month's lots (taken in, sold and
     * settled through the desk) plus copies of them on earlier days, written raw, up to the count.
     */
    private void trace(StationRuntime rt, int lotCount, LocalDate before, BenchTable table) throws SQLException {
        List<String> traced = new ArrayList<>();
        long padNanos;
        int total;
        try (Connection c = rt.database().dataSource().getConnection()) {
            RowCopy lotRow = RowCopy.of(c, "lot");
            List<Map<String, Object>> made = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT l.id FROM lot l WHERE EXISTS (SELECT 1 FROM settlement_line x "
                         + "WHERE x.lot_id = l.id) ORDER BY l.code")) {
                while (rs.next()) {
                    made.add(lotRow.read(c, "id", rs.getObject(1)).get(0));
                }
            }
            if (made.isEmpty()) {
                table.remark("WARNING: no settled lot to trace.");
                return;
            }
            made.forEach(m -> traced.add((String) m.get("CODE")));
            int have = count(c, "SELECT COUNT(*) FROM lot");
            String stationPart = LotCode.parse(traced.get(0)).stationPart();
            note.accept("writing " + Math.max(0, lotCount - have) + " more lots on earlier days (not measured)");
            long t0 = System.nanoTime();
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = lotRow.prepare(c)) {
                int seq = 50_000;
                LocalDate day = before.minusDays(1);
                for (int i = 0; have + i < lotCount; i++) {
                    do {
                        if (++seq > LotCode.MAX_SEQUENCE - 1 || seq > 50_300) {
                            seq = 50_001;
                            day = day.minusDays(1);
                        }
                    } while (!LotCode.isIssuable(stationPart, day, seq));
                    Map<String, Object> changed = new HashMap<>();
                    changed.put("ID", UUID.randomUUID());
                    changed.put("CODE", new LotCode(stationPart, day, seq).value());
                    changed.put("LOT_DATE", day);
                    changed.put("SEQ", seq);
                    changed.put("PRODUCED_ON", day);
                    changed.put("BEST_BEFORE", null);
                    lotRow.insert(ps, made.get(i % made.size()), changed);
                    if ((i + 1) % SEED_BATCH == 0) {
                        c.commit();
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            padNanos = System.nanoTime() - t0;
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            total = count(c, "SELECT COUNT(*) FROM lot");
        }
        int n = Math.min(20, saves);
        Timings service = new Timings(n);
        Timings raw = new Timings(n);
        Random r = new Random(seed + 11);
        long events = 0;
        long rows = 0;
        try (Connection c = rt.database().dataSource().getConnection()) {
            for (int i = 0; i < n + DRAWER_WARMUPS; i++) {
                String code = traced.get(r.nextInt(traced.size()));
                long t0 = System.nanoTime();
                int e = rt.goods().trace(LotCode.parse(code)).events().size();
                long t1 = System.nanoTime();
                int read = rawTrace(c, code);
                long t2 = System.nanoTime();
                if (i >= DRAWER_WARMUPS) {
                    service.add(t1 - t0);
                    raw.add(t2 - t1);
                    events += e;
                    rows += read;
                }
            }
        }
        table.add(BenchRow.millis("trace of a lot among " + total + " lots, median", service.medianMillis(), raw.medianMillis(),
                "ConsignmentDesk.trace (lot by code, sources and derived lots, producer, product, sales, shipments, losses, "
                        + "settlements, in time order) vs the same rows read with plain SQL on a raw connection; "
                        + Timings.average(events, service.count()) + " events and " + Timings.average(rows, raw.count())
                        + " rows on average; " + (total - traced.size()) + " other lots written raw in "
                        + BenchCommand.seconds(padNanos) + " s; " + service.count() + " traces measured"));
    }

    /** The rows a trace shows, read with plain SQL: the lot, its links, producer, product and events. */
    private static int rawTrace(Connection c, String code) throws SQLException {
        Object lotId;
        Object producerId;
        Object productId;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, producer_id, product_id FROM lot WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lotId = rs.getObject(1);
                producerId = rs.getObject(2);
                productId = rs.getObject(3);
            }
        }
        int rows = 1;
        rows += rows(c, "SELECT * FROM lot_parent WHERE child_id = ? OR parent_id = ?", lotId, lotId);
        rows += rows(c, "SELECT * FROM producer WHERE id = ?", producerId);
        rows += rows(c, "SELECT * FROM goods_product WHERE id = ?", productId);
        rows += rows(c, "SELECT sl.*, s.* FROM goods_sale_line sl JOIN goods_sale s ON s.id = sl.sale_id WHERE sl.lot_id = ?", lotId);
        rows += rows(c, "SELECT sl.*, s.* FROM goods_shipment_line sl JOIN goods_shipment s ON s.id = sl.shipment_id "
                + "WHERE sl.lot_id = ?", lotId);
        rows += rows(c, "SELECT * FROM goods_loss WHERE lot_id = ?", lotId);
        rows += rows(c, "SELECT x.*, s.* FROM settlement_line x JOIN settlement s ON s.id = x.settlement_id WHERE x.lot_id = ?",
                lotId);
        return rows;
    }

    private static int rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static final String SETTLEMENT_COLUMNS = "id, producer_id, period_from, period_to, sales_fen, commission_fen, "
            + "deductions_fen, purchases_fen, due_fen, status, created_at, created_by, version";
    static final String LINE_COLUMNS = "id, settlement_id, kind, sale_line_id, purchase_lot_id, loss_id, lot_id, line_date, "
            + "quantity, amount_fen, commission_fen";

    // ------------------------------------------------------------------ county report

    void countyReport(Path work, int stations, int parcelsPerStation, BenchTable table) {
        try (StationRuntime rt = Headless.open(work.resolve("hub").resolve("station"))) {
            // A county hub: the report reads the replica its stations' batches filled.
            rt.setup().initialize(new StationSetup.Request("NGA-HUB", "措勤县电子商务公共服务中心", "county", null, "admin",
                    "Admin", "bench-secret-1".toCharArray(), "zh"));
            ZoneId zone = rt.reports().stationHeader().zone();
            YearMonth month = YearMonth.now(zone).minusMonths(1);
            note.accept("filling the hub's replica: " + stations + " stations x " + parcelsPerStation + " parcels (not measured)");
            rt.database().transactions().inTransaction(() -> JdbcReportBenchData.seedCountyReplica(rt.database().jdbc(),
                    stations, parcelsPerStation, month, zone, seed, Progress.NONE));
            note.accept("county report: fill and export");
            // A big report is filled three times (the median is shown); the smoke test's tiny one once.
            int repeats = (long) stations * parcelsPerStation >= 100_000 ? 3 : 1;
            Timings service = new Timings(repeats);
            Timings raw = new Timings(repeats);
            int pages = 0;
            ReportBench.county(() -> rt.reports().monthlyCounty(month, Messages.CHINESE, Progress.NONE),
                    () -> rt.reports().countyFigures(month), Messages.CHINESE); // warm-up
            for (int i = 0; i < repeats; i++) {
                ReportBench.Timing t = ReportBench.county(() -> rt.reports().monthlyCounty(month, Messages.CHINESE, Progress.NONE),
                        () -> rt.reports().countyFigures(month), Messages.CHINESE);
                service.add((long) (t.serviceSeconds() * 1e9));
                raw.add((long) (t.rawSeconds() * 1e9));
                pages = t.servicePages();
            }
            table.add(BenchRow.millis("county monthly report, " + stations + " stations x " + parcelsPerStation + " parcels, median of "
                    + repeats, service.medianMillis(), raw.medianMillis(), "ReportDesk.monthlyCounty (figures from the hub's "
                    + "replica, fill) and PDF export vs a raw JasperReports fill and export of the same rows from a data source "
                    + "prepared beforehand; " + pages + " pages, Chinese"));
        }
    }
}
