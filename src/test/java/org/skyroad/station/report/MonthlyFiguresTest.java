package org.skyroad.station.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.report.Breakdown;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.persistence.JdbcCountyReportRepository;
import org.skyroad.station.persistence.JdbcReportFiguresRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;

/**
 * Every figure of the monthly report computed two ways over the same demo-like station: by the
 * report's SQL, and here again from the raw rows with plain Java. Then the PDF made from them.
 */
class MonthlyFiguresTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    @TempDir
    static Path dir;
    static StationRuntime rt;
    static ReportDesk desk;
    static MonthlyFigures f;

    @BeforeAll
    static void station() {
        rt = TestStation.initialized(dir, new MutableClock(NOW));
        ReportData.fill(rt, 7, 90, 700, 160, 60);
        Jdbc jdbc = rt.database().jdbc();
        desk = new ReportDesk(rt.serviceContext(), new JdbcStationRepository(jdbc), new JdbcReportFiguresRepository(jdbc),
                new JdbcCountyReportRepository(jdbc), new JasperReportRenderer(Clock.fixed(NOW, ZoneOffset.UTC)));
        f = desk.monthlyFigures(OCTOBER);
    }

    @AfterAll
    static void close() {
        rt.close();
    }

    // ------------------------------------------------------------------ raw rows, read simply

    static final Instant START = OCTOBER.atDay(1).atStartOfDay(ReportData.ZONE).toInstant();
    static final Instant END = OCTOBER.plusMonths(1).atDay(1).atStartOfDay(ReportData.ZONE).toInstant();

    static boolean inMonth(Instant at) {
        return at != null && !at.isBefore(START) && at.isBefore(END);
    }

    static boolean inMonth(LocalDate d) {
        return d != null && YearMonth.from(d).equals(OCTOBER);
    }

    static List<Map<String, Object>> rows(String sql) {
        return rt.database().transactions().read(() -> rt.database().jdbc().query(sql, rs -> {
            Map<String, Object> m = new HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String name = rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                Object v = rs.getObject(i);
                if (v instanceof java.time.OffsetDateTime odt) {
                    v = odt.toInstant();
                } else if (v instanceof java.sql.Date d) {
                    v = d.toLocalDate();
                }
                m.put(name, v);
            }
            return m;
        }));
    }

    static long l(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Duration nearestRank(List<Long> seconds, double p) {
        if (seconds.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(seconds);
        sorted.sort(null);
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return Duration.ofSeconds(sorted.get(Math.max(0, index)));
    }

    static boolean handed(Map<String, Object> p) {
        return ("PICKED_UP".equals(p.get("status")) || "DELIVERED".equals(p.get("status"))) && inMonth((Instant) p.get("closed_at"));
    }

    static boolean counted(Map<String, Object> o) {
        return !"CANCELLED".equals(o.get("status")) && inMonth((LocalDate) o.get("paid_date"));
    }

    // ------------------------------------------------------------------ the figures

    @Test
    void parcelFiguresEqualTheRawRowsCountedAgain() {
        List<Map<String, Object>> parcels = rows("SELECT * FROM parcel");
        var x = f.parcels();
        assertEquals(parcels.stream().filter(p -> inMonth((LocalDate) p.get("received_date"))).count(), x.received());
        for (String[] s : new String[][] {{"PICKED_UP"}, {"DELIVERED"}, {"RETURNED"}}) {
            long n = parcels.stream().filter(p -> s[0].equals(p.get("status")) && inMonth((Instant) p.get("closed_at"))).count();
            long figure = switch (s[0]) {
                case "PICKED_UP" -> x.pickedUp();
                case "DELIVERED" -> x.deliveredOnRuns();
                default -> x.returned();
            };
            assertEquals(n, figure, s[0]);
        }
        assertEquals(parcels.stream().filter(p -> ((Instant) p.get("received_at")).isBefore(END)
                && (p.get("closed_at") == null || !((Instant) p.get("closed_at")).isBefore(END))).count(), x.waitingAtEnd());
        assertEquals(parcels.stream().filter(p -> inMonth((LocalDate) p.get("received_date"))
                && Boolean.TRUE.equals(p.get("damaged"))).count(), x.damaged());
        assertEquals(parcels.stream().filter(MonthlyFiguresTest::handed).mapToLong(p -> l(p.get("cod_collected_fen"))).sum(),
                x.codCollected().fen());
        assertEquals(parcels.stream().filter(MonthlyFiguresTest::handed).mapToLong(p -> l(p.get("storage_fee_fen"))).sum(),
                x.storageFees().fen());
        assertEquals(rows("SELECT created_at FROM parcel_dropoff").stream()
                .filter(d -> inMonth((Instant) d.get("created_at"))).count(), x.sentOut());
        List<Long> waits = parcels.stream().filter(MonthlyFiguresTest::handed).map(p -> Duration.between(
                (Instant) p.get("received_at"), (Instant) p.get("closed_at")).getSeconds()).toList();
        assertTrue(waits.size() > 20, "enough parcels to measure");
        assertEquals(nearestRank(waits, 0.5), x.medianToHandover());
        assertEquals(nearestRank(waits, 0.9), x.p90ToHandover());
        Map<Object, Map<String, Object>> byId = new HashMap<>();
        parcels.forEach(p -> byId.put(p.get("id"), p));
        List<Long> orderWaits = new ArrayList<>();
        for (var o : rows("SELECT created_at, parcel_id FROM assisted_order WHERE parcel_id IS NOT NULL")) {
            var p = byId.get(o.get("parcel_id"));
            if (p != null && handed(p)) {
                orderWaits.add(Duration.between((Instant) o.get("created_at"), (Instant) p.get("closed_at")).getSeconds());
            }
        }
        assertEquals(nearestRank(orderWaits, 0.5), x.medianOrderToPickup());
        assertEquals(nearestRank(orderWaits, 0.9), x.p90OrderToPickup());
    }

    @Test
    void orderFiguresEqualTheRawRowsCountedAgain() {
        List<Map<String, Object>> orders = rows("SELECT * FROM assisted_order");
        var o = f.orders();
        assertTrue(o.available());
        List<Map<String, Object>> counted = orders.stream().filter(MonthlyFiguresTest::counted).toList();
        assertTrue(counted.size() > 10);
        assertEquals(counted.size(), o.count());
        assertEquals(counted.stream().mapToLong(x -> l(x.get("goods_fen"))).sum(), o.value().fen());
        assertEquals(counted.stream().mapToLong(x -> l(x.get("fee_fen"))).sum(), o.serviceFees().fen());
        assertEquals(orders.stream().filter(x -> "CANCELLED".equals(x.get("status")) && inMonth((Instant) x.get("closed_at")))
                .count(), o.cancelled());
        Set<Object> ids = new HashSet<>();
        counted.forEach(x -> ids.add(x.get("id")));
        Map<String, long[]> byCategory = new TreeMap<>();
        Map<String, long[]> byPlatform = new TreeMap<>();
        for (var line : rows("SELECT * FROM assisted_order_line")) {
            if (ids.contains(line.get("order_id"))) {
                long amount = l(line.get("quantity")) * l(line.get("unit_price_fen"));
                long[] c = byCategory.computeIfAbsent(((String) line.get("category")).toLowerCase(), k -> new long[2]);
                c[0]++;
                c[1] += amount;
                long[] p = byPlatform.computeIfAbsent(((String) line.get("platform")).toLowerCase(), k -> new long[2]);
                p[0]++;
                p[1] += amount;
            }
        }
        assertEquals(asMap(byCategory), asMap(o.byCategory()));
        assertEquals(asMap(byPlatform), asMap(o.byPlatform()));
        assertEquals(o.value(), Breakdown.totalValue(o.byCategory()), "the categories add up to the order value");
    }

    @Test
    void localGoodsFiguresEqualTheRawRowsCountedAgain() {
        var g = f.goods();
        assertTrue(g.available());
        Map<Object, String> category = new HashMap<>();
        Map<Object, String> names = new HashMap<>();
        for (var p : rows("SELECT id, category, name_zh FROM goods_product")) {
            category.put(p.get("id"), ((String) p.get("category")).toLowerCase());
            names.put(p.get("id"), (String) p.get("name_zh"));
        }
        Map<Object, Map<String, Object>> lots = new HashMap<>();
        Map<String, long[]> intake = new TreeMap<>();
        for (var lot : rows("SELECT * FROM lot")) {
            lots.put(lot.get("id"), lot);
            if ("INTAKE".equals(lot.get("origin")) && inMonth((LocalDate) lot.get("lot_date"))) {
                long base = "KG".equals(lot.get("unit")) ? 1000 : 1;
                long value = Money.ofFen(l(lot.get("unit_price_fen"))).fen() * l(lot.get("quantity_in"));
                long[] c = intake.computeIfAbsent(category.get(lot.get("product_id")), k -> new long[2]);
                c[0]++;
                c[1] += (value + base / 2) / base;
            }
        }
        assertEquals(asMap(intake), asMap(g.intakeByCategory()));
        Map<Object, LocalDate> soldOn = new HashMap<>();
        rows("SELECT id, sold_date FROM goods_sale").forEach(s -> soldOn.put(s.get("id"), (LocalDate) s.get("sold_date")));
        Map<String, long[]> sales = new TreeMap<>();
        Map<String, long[]> products = new HashMap<>();
        for (var line : rows("SELECT * FROM goods_sale_line")) {
            if (inMonth(soldOn.get(line.get("sale_id")))) {
                Object product = lots.get(line.get("lot_id")).get("product_id");
                long[] c = sales.computeIfAbsent(category.get(product), k -> new long[2]);
                c[0]++;
                c[1] += l(line.get("amount_fen"));
                long[] p = products.computeIfAbsent(names.get(product), k -> new long[2]);
                p[0]++;
                p[1] += l(line.get("amount_fen"));
            }
        }
        assertEquals(asMap(sales), asMap(g.salesByCategory()));
        Breakdown best = g.topProducts().get(0);
        long bestValue = products.values().stream().mapToLong(v -> v[1]).max().orElseThrow();
        assertEquals(bestValue, best.value().fen(), "the top product sold the most");
        assertEquals(products.get(best.key())[0], best.count());
        var paid = rows("SELECT * FROM settlement").stream().filter(s -> "PAID".equals(s.get("status"))
                && inMonth((Instant) s.get("paid_at"))).toList();
        assertEquals(paid.stream().map(s -> s.get("producer_id")).distinct().count(), g.producersPaid());
        assertEquals(paid.stream().mapToLong(s -> l(s.get("due_fen"))).sum(), g.paidToProducers().fen());
        assertEquals(paid.stream().mapToLong(s -> l(s.get("commission_fen"))).sum(), g.commission().fen());
        var losses = rows("SELECT * FROM goods_loss").stream().filter(x -> inMonth((LocalDate) x.get("loss_date"))).toList();
        assertEquals(losses.size(), g.losses());
        assertEquals(losses.stream().mapToLong(x -> l(x.get("amount_fen"))).sum(), g.lossValue().fen());
    }

    @Test
    void cashFiguresEqualTheRawRowsCountedAgain() {
        var c = f.cash();
        var moves = rows("SELECT * FROM cash_movement").stream().filter(m -> inMonth((LocalDate) m.get("business_date"))).toList();
        assertEquals(moves.stream().mapToLong(m -> Math.max(0, l(m.get("amount_fen")))).sum(), c.in().fen());
        assertEquals(moves.stream().mapToLong(m -> Math.max(0, -l(m.get("amount_fen")))).sum(), c.out().fen());
        var closes = rows("SELECT * FROM cash_close").stream().filter(m -> inMonth((LocalDate) m.get("business_date"))).toList();
        assertEquals(closes.size(), c.closes());
        assertEquals(closes.stream().filter(x -> l(x.get("counted_fen")) != l(x.get("expected_fen"))).count(),
                c.closesWithDifference());
        assertEquals(closes.stream().mapToLong(x -> l(x.get("counted_fen")) - l(x.get("expected_fen"))).sum(),
                c.closeDifference().fen());
    }

    @Test
    void villagerAndVillageFiguresEqualTheRawRowsCountedAgain() {
        var villagers = rows("SELECT id, village_id, created_at FROM villager");
        Map<Object, Object> villageOf = new HashMap<>();
        villagers.forEach(v -> villageOf.put(v.get("id"), v.get("village_id")));
        Set<Object> served = new HashSet<>();
        var parcels = rows("SELECT * FROM parcel");
        for (var p : parcels) {
            if (p.get("recipient_id") != null && (inMonth((LocalDate) p.get("received_date")) || handed(p))) {
                served.add(p.get("recipient_id"));
            }
        }
        rows("SELECT sender_id, created_at FROM parcel_dropoff").stream().filter(d -> inMonth((Instant) d.get("created_at")))
                .forEach(d -> served.add(d.get("sender_id")));
        var orders = rows("SELECT * FROM assisted_order").stream().filter(MonthlyFiguresTest::counted).toList();
        orders.forEach(o -> served.add(o.get("villager_id")));
        assertEquals(villagers.stream().filter(v -> ((Instant) v.get("created_at")).isBefore(END)).count(),
                f.villagers().registered());
        assertEquals(villagers.stream().filter(v -> inMonth((Instant) v.get("created_at"))).count(), f.villagers().newInMonth());
        assertEquals(served.size(), f.villagers().active());

        Map<String, Object> names = new HashMap<>();
        rows("SELECT id, name FROM village").forEach(v -> names.put((String) v.get("name"), v.get("id")));
        for (MonthlyFigures.VillageRow row : f.villages()) {
            Object id = row.village() == null ? null : names.get(row.village());
            assertEquals(villagers.stream().filter(v -> Objects.equals(v.get("village_id"), id)
                    && ((Instant) v.get("created_at")).isBefore(END)).count(), row.registered(), row.village());
            assertEquals(served.stream().filter(v -> Objects.equals(villageOf.get(v), id)).count(), row.active(), row.village());
            assertEquals(parcels.stream().filter(p -> Objects.equals(p.get("village_id"), id)
                    && inMonth((LocalDate) p.get("received_date"))).count(), row.parcelsReceived(), row.village());
            assertEquals(parcels.stream().filter(p -> Objects.equals(p.get("village_id"), id) && handed(p)).count(),
                    row.parcelsHandedOver(), row.village());
            assertEquals(orders.stream().filter(o -> Objects.equals(villageOf.get(o.get("villager_id")), id))
                    .mapToLong(o -> l(o.get("goods_fen"))).sum(), row.orderValue().fen(), row.village());
        }
        assertEquals(f.parcels().received(), f.villages().stream().mapToLong(MonthlyFigures.VillageRow::parcelsReceived).sum(),
                "the villages add up to the station");
        assertEquals(f.orders().value().fen(), f.villages().stream().mapToLong(v -> v.orderValue().fen()).sum());
        assertEquals(f.parcels().received(), f.days().stream().mapToLong(MonthlyFiguresTest::received).sum(),
                "the days add up to the month");
        assertEquals(f.parcels().handedOver(), f.days().stream().mapToLong(MonthlyFigures.DayRow::parcelsHandedOver).sum());
        assertEquals(f.orders().count(), f.days().stream().mapToLong(MonthlyFigures.DayRow::orders).sum());
        assertEquals(Breakdown.totalValue(f.goods().salesByCategory()).fen(),
                f.days().stream().mapToLong(d -> d.goodsSales().fen()).sum());
        assertEquals(31, f.days().size());
    }

    private static long received(MonthlyFigures.DayRow d) {
        return d.parcelsReceived();
    }

    @Test
    void thePdfHoldsTheFiguresTheNamesAndAChartPage() throws Exception {
        Path file = dir.resolve("out").resolve("monthly-zh.pdf");
        var r = desk.monthlyStationPdf(OCTOBER, Messages.CHINESE, file, Progress.NONE);
        byte[] pdf = Files.readAllBytes(file);
        Pdfs.keep("station-monthly-zh", pdf);
        String text = Pdfs.compact(pdf);
        ReportText t = ReportText.of(Messages.CHINESE);
        assertTrue(text.contains(t.money(f.orders().value())), "order value");
        assertTrue(text.contains(t.money(f.orders().serviceFees())), "service fees");
        assertTrue(text.contains(t.money(Breakdown.totalValue(f.goods().salesByCategory()))), "goods sales");
        assertTrue(text.contains("བཀྲ་ཤིས་སྒང"), "Tibetan village");
        assertTrue(text.contains("江让村"), "Chinese village");
        assertEquals(r.pageCount(), Pdfs.pages(pdf));
        assertTrue(Pdfs.inkShare(pdf, r.pageCount() - 1) > 0.02, "the chart page is drawn");
        byte[] png = r.pagePng(0, 1f);
        assertTrue(png.length > 5_000, "a preview page image");
    }

    @Test
    void theCsvHasAByteOrderMarkAndTheFigures() {
        byte[] csv = desk.monthlyStationCsv(OCTOBER, Messages.CHINESE);
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("parcels,received,," + f.parcels().received() + ","));
        assertTrue(text.contains("orders,value,," + f.orders().value().toYuan().toPlainString() + ","));
        assertTrue(text.contains("village,registered,བཀྲ་ཤིས་སྒང,"));
    }

    @Test
    void theDailyCloseReportRendersForADayWithCash() {
        var day = LocalDate.of(2026, 10, 15);
        var figures = desk.dailyFigures(day);
        var r = desk.dailyClose(day, Paper.THERMAL_80, Messages.CHINESE);
        byte[] pdf = r.pdf();
        Pdfs.keep("daily-close-from-db", pdf);
        assertTrue(Pdfs.compact(pdf).contains(ReportText.of(Messages.CHINESE).money(figures.totalIn())));
        assertEquals(1, Pdfs.pages(pdf));
    }

    @Test
    void monthlyReportsAreForManagersAndRefuseMonthsToCome() {
        try {
            TestStation.actAs(rt, Role.OPERATOR);
            assertThrows(AccessDeniedException.class, () -> desk.monthlyFigures(OCTOBER));
            TestStation.actAs(rt, Role.MANAGER);
            var e = assertThrows(InvalidInputException.class, () -> desk.monthlyFigures(YearMonth.of(2027, 1)));
            assertEquals("error.report.futureMonth", e.messageKey());
            var notHub = assertThrows(InvalidInputException.class, () -> desk.countyFigures(OCTOBER));
            assertEquals("error.report.notHub", notHub.messageKey());
        } finally {
            TestStation.actAs(rt, Role.ADMIN);
        }
    }

    static Map<String, List<Long>> asMap(Map<String, long[]> m) {
        Map<String, List<Long>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.of(v[0], v[1])));
        return out;
    }

    static Map<String, List<Long>> asMap(List<Breakdown> list) {
        Map<String, List<Long>> out = new TreeMap<>();
        list.forEach(b -> out.put(b.key(), List.of(b.count(), b.value().fen())));
        return out;
    }

    static UUID none() {
        return null;
    }
}
