package org.skyroad.station.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.persistence.Jdbc;

/**
 * Demo-like records of three months (September to November 2026) for a station: villages and
 * villagers through the registry, and parcels, assisted orders, cash and local goods written
 * row by row with SQL, as the desks would leave them, with times spread over the months and
 * across local midnight. The same seed gives the same station.
 */
final class ReportData {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant FROM = LocalDate.of(2026, 9, 1).atStartOfDay(ZONE).toInstant();
    static final int DAYS = 91;

    final List<UUID> villages = new ArrayList<>();
    final List<UUID> villagers = new ArrayList<>();
    final List<UUID> parcels = new ArrayList<>();
    private final Random r;
    private final Jdbc jdbc;
    private final StationRuntime rt;

    private ReportData(StationRuntime rt, long seed) {
        this.rt = rt;
        this.jdbc = rt.database().jdbc();
        this.r = new Random(seed);
    }

    static ReportData fill(StationRuntime rt, long seed, int villagerCount, int parcelCount, int orderCount, int lotCount) {
        ReportData d = new ReportData(rt, seed);
        for (String name : List.of("达雄村", "江让村", "བཀྲ་ཤིས་སྒང")) {
            Village v = rt.villagers().addVillage(name);
            d.villages.add(v.id());
        }
        List<VillagerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < villagerCount; i++) {
            String name = i % 3 == 0 ? "བཀྲ་ཤིས་" + i : "扎西" + i;
            drafts.add(new VillagerDraft(name, null, i % 7 == 6 ? null : d.villages.get(i % 3), null, null, null, true, true));
        }
        rt.villagers().createAll(drafts);
        rt.database().transactions().inTransaction(() -> {
            d.villagers.addAll(d.jdbc.query("SELECT id FROM villager ORDER BY name", rs -> Jdbc.uuid(rs, "id")));
            // spread the villagers' creation over the three months
            for (UUID v : d.villagers) {
                d.jdbc.update("UPDATE villager SET created_at = ? WHERE id = ?", d.at(), v);
            }
            for (int i = 0; i < parcelCount; i++) {
                d.parcel(i);
            }
            for (int i = 0; i < parcelCount / 5; i++) {
                d.jdbc.update("INSERT INTO parcel_dropoff (id, sender_id, recipient_name, recipient_address, carrier,"
                        + " tracking_number, fee_fen, created_at, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                        UUID.randomUUID(), d.pick(d.villagers), "王芳", "拉萨市城关区", "SF", "SF9" + (100000000000L + i),
                        1200L, d.at(), "op");
            }
            for (int i = 0; i < orderCount; i++) {
                d.order(i);
            }
            d.cash();
            d.goods(lotCount);
        });
        return d;
    }

    Instant at() {
        return FROM.plus(Duration.ofMinutes(r.nextInt(DAYS * 24 * 60)));
    }

    <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    private void parcel(int i) {
        UUID id = UUID.randomUUID();
        Instant received = at();
        UUID recipient = r.nextInt(10) == 0 ? null : pick(villagers);
        UUID village = recipient == null ? null : jdbc.queryOne("SELECT village_id FROM villager WHERE id = ?",
                rs -> Jdbc.uuid(rs, "village_id"), recipient).orElse(null);
        int kind = r.nextInt(10);
        String status = kind < 5 ? "PICKED_UP" : kind < 7 ? "DELIVERED" : kind < 8 ? "RETURNED" : kind < 9 ? "WAITING" : "OUT_ON_RUN";
        Instant closed = status.equals("WAITING") || status.equals("OUT_ON_RUN") ? null
                : received.plus(Duration.ofMinutes(30 + r.nextInt(60 * 24 * 12)));
        Long cod = r.nextInt(6) == 0 ? 1000L + r.nextInt(9000) : null;
        Long fee = status.equals("PICKED_UP") && r.nextBoolean() ? (long) r.nextInt(600) : null;
        jdbc.update("INSERT INTO parcel (id, tracking_number, carrier, status, recipient_id, label_name, phone_tail, village_id,"
                + " slot, pickup_code, fragile, perishable, large, signature_required, cod_fen, damaged, received_at,"
                + " received_date, received_by, closed_at, collected_by, cod_collected_fen, storage_fee_fen, updated_at, version)"
                + " VALUES (?, ?, 'SF', ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, ?, ?, ?, ?, 'op', ?, ?, ?, ?, ?, 1)",
                id, "SF" + (1000000000000L + i), status, recipient, "扎西", "1234", village, "A-" + (i % 40),
                String.format("%d-%04d", 1 + i % 9, i), cod, r.nextInt(25) == 0, received, day(received), closed,
                closed == null ? null : "扎西", closed != null && cod != null && !status.equals("RETURNED") ? cod : null, fee,
                closed == null ? received : closed);
        parcels.add(id);
    }

    private void order(int i) {
        UUID id = UUID.randomUUID();
        Instant created = at();
        int kind = r.nextInt(10);
        String status = kind < 1 ? "DRAFT" : kind < 2 ? "CANCELLED" : kind < 3 ? "REFUNDED" : kind < 6 ? "COLLECTED" : "PLACED";
        Instant paid = status.equals("DRAFT") ? null : created.plus(Duration.ofMinutes(r.nextInt(600)));
        String[] platforms = {"JD", "TAOBAO", "PINDUODUO", "OTHER"};
        String[] categories = {"CLOTHING", "MEDICINE", "APPLIANCE", "FOOD", "DAILY_GOODS"};
        int lines = 1 + r.nextInt(3);
        long goods = 0;
        List<Object[]> rows = new ArrayList<>();
        for (int n = 1; n <= lines; n++) {
            int q = 1 + r.nextInt(3);
            long price = 500 + r.nextInt(50_000);
            goods += q * price;
            rows.add(new Object[] {id, n, pick(List.of(platforms)), "商品" + n, q, price, pick(List.of(categories))});
        }
        long fee = 200 + r.nextInt(800);
        UUID parcel = status.equals("COLLECTED") ? pick(parcels) : null;
        jdbc.update("INSERT INTO assisted_order (id, order_no, villager_id, status, goods_fen, shipping_fen, fee_fen, fee_rule,"
                + " fee_overridden, adjustment_fen, total_fen, paid_fen, refunded_fen, parcel_id, created_at, created_by, paid_at,"
                + " paid_date, closed_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 0, ?, 'std', FALSE, 0, ?, ?, 0, ?, ?, 'op',"
                + " ?, ?, ?, ?, 1)", id, "TS-003-" + i, pick(villagers), status, goods, fee, goods + fee,
                paid == null ? 0 : goods + fee, parcel, created, paid, paid == null ? null : day(paid),
                status.equals("CANCELLED") || status.equals("REFUNDED") ? paid.plus(Duration.ofHours(5)) : null, created);
        for (Object[] row : rows) {
            jdbc.update("INSERT INTO assisted_order_line (order_id, line_no, platform, item_name, quantity, unit_price_fen,"
                    + " category) VALUES (?, ?, ?, ?, ?, ?, ?)", row);
        }
    }

    private void cash() {
        String[] kinds = {"ORDER_PAYMENT", "REFUND", "PRODUCER_PAYOUT", "PARCEL_FEE", "COD_COLLECTED", "EXPENSE"};
        for (int i = 0; i < 400; i++) {
            Instant at = at();
            String kind = pick(List.of(kinds));
            long amount = (1 + r.nextInt(30_000)) * (kind.equals("REFUND") || kind.equals("PRODUCER_PAYOUT")
                    || kind.equals("EXPENSE") ? -1 : 1);
            jdbc.update("INSERT INTO cash_movement (id, seq, at, business_date, kind, amount_fen, staff_name)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'op')", UUID.randomUUID(), i + 1L, at, day(at), kind, amount);
        }
        for (int d = 0; d < DAYS; d += 1 + r.nextInt(2)) {
            LocalDate day = LocalDate.of(2026, 9, 1).plusDays(d);
            long expected = 50_000 + r.nextInt(100_000);
            long counted = r.nextInt(4) == 0 ? expected - r.nextInt(500) : expected;
            jdbc.update("INSERT INTO cash_close (id, closed_at, business_date, from_seq, to_seq, total_at_close_fen,"
                    + " opening_fen, movements_fen, expected_fen, counted_fen, threshold_fen, status, operator_name, version)"
                    + " VALUES (?, ?, ?, 1, 1, ?, 0, ?, ?, ?, 1000, 'SIGNED', '央金', 1)", UUID.randomUUID(),
                    day.atTime(20, 0).atZone(ZONE).toInstant(), day, expected, expected, expected, counted);
        }
    }

    private void goods(int lotCount) {
        Instant now = FROM;
        List<UUID> producers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID p = UUID.randomUUID();
            jdbc.update("INSERT INTO producer (id, name, name_key, kind, village_id, payout_method, active, created_at,"
                    + " updated_at, version) VALUES (?, ?, ?, 'HERDER', ?, 'CASH', TRUE, ?, ?, 1)", p, "བཀྲ་ཤིས་" + i,
                    "p" + i, villages.get(i % 3), now, now);
            producers.add(p);
        }
        Map<UUID, String> products = new LinkedHashMap<>();
        String[][] catalog = {{"牦牛酥油", "LIVESTOCK", "KG"}, {"羊绒", "LIVESTOCK", "KG"}, {"藏香", "SPECIALTY", "PIECE"},
            {"蜂蜜", "SPECIALTY", "JAR"}, {"青稞糌粑", "FARM", "KG"}};
        int n = 0;
        for (String[] c : catalog) {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO goods_product (id, code, name_zh, category, unit, perishable, cold_chain, commission_kind,"
                    + " commission_value, active, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, FALSE, FALSE,"
                    + " 'PERCENT', 800, TRUE, ?, ?, 1)", id, "P" + n++, c[0], c[1], c[2], now, now);
            products.put(id, c[2]);
        }
        List<UUID> productIds = new ArrayList<>(products.keySet());
        List<UUID> lots = new ArrayList<>();
        for (int i = 0; i < lotCount; i++) {
            UUID id = UUID.randomUUID();
            UUID product = pick(productIds);
            String unit = products.get(product);
            Instant at = at();
            long qty = unit.equals("KG") ? 1000 + r.nextInt(20_000) : 1 + r.nextInt(40);
            jdbc.update("INSERT INTO lot (id, code, lot_date, seq, product_id, producer_id, unit, quantity_in, quantity_on_hand,"
                    + " produced_on, terms, unit_price_fen, origin, created_at, created_by, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONSIGNMENT', ?, ?, ?, 'op', ?, 1)", id, "L" + i, day(at), i,
                    product, pick(producers), unit, qty, qty, day(at), 1000L + r.nextInt(9000),
                    i % 9 == 8 ? "SPLIT" : "INTAKE", at, at);
            lots.add(id);
        }
        for (int i = 0; i < lotCount; i++) {
            UUID sale = UUID.randomUUID();
            Instant at = at();
            long total = 0;
            List<Object[]> lines = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
                long amount = 1000 + r.nextInt(200_000);
                total += amount;
                lines.add(new Object[] {UUID.randomUUID(), sale, pick(lots), 1L, amount, amount});
            }
            jdbc.update("INSERT INTO goods_sale (id, sold_at, sold_date, buyer_kind, buyer_name, total_fen, created_by, version)"
                    + " VALUES (?, ?, ?, 'WHOLESALER', '拉萨批发', ?, 'op', 1)", sale, at, day(at), total);
            for (Object[] l : lines) {
                jdbc.update("INSERT INTO goods_sale_line (id, sale_id, lot_id, quantity, unit_price_fen, amount_fen,"
                        + " shipped_quantity, version) VALUES (?, ?, ?, ?, ?, ?, 0, 1)", l);
            }
        }
        for (int i = 0; i < lotCount / 3; i++) {
            Instant at = at();
            jdbc.update("INSERT INTO goods_loss (id, lot_id, quantity, reason, bearer, amount_fen, at, loss_date, created_by,"
                    + " version) VALUES (?, ?, 1, 'SPOILED', 'STATION', ?, ?, ?, 'op', 1)", UUID.randomUUID(), pick(lots),
                    (long) r.nextInt(5000), at, day(at));
        }
        for (int i = 0; i < 12; i++) {
            Instant at = at();
            boolean paid = r.nextInt(4) != 0;
            jdbc.update("INSERT INTO settlement (id, producer_id, period_from, period_to, sales_fen, commission_fen,"
                    + " deductions_fen, purchases_fen, due_fen, status, created_at, created_by, paid_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 'op', ?, 1)", UUID.randomUUID(), pick(producers),
                    day(at).minusDays(30), day(at), 100_000L + i, 8_000L + i, 92_000L + i, paid ? "PAID" : "OPEN", at,
                    paid ? at.plus(Duration.ofHours(2)) : null);
        }
    }

    StationRuntime runtime() {
        return rt;
    }
}
