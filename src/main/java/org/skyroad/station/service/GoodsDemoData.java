package org.skyroad.station.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;

/**
 * Local goods for a demo or a benchmark: the plateau's product catalog (names in Chinese,
 * Tibetan and English, real grades and prices), herders, farmers and cooperatives, lots over
 * the past three months with sales, shipments, receipts, losses and repacks, and the monthly
 * settlements of the months that are over. The same seed gives the same goods.
 *
 * <p>Work is written as if it happened on its day: the desk runs with a clock set to each
 * moment (the audit log still says when the demo was really made). Lots are written in chunks,
 * each one transaction with its audit and outbox rows; cancelling stops after a chunk.
 */
public final class GoodsDemoData {

    static final int CHUNK = 200;
    static final int DAYS_BACK = 90;

    public record Result(int productsAdded, int producersAdded, int lotsAdded, int salesAdded, int shipmentsAdded,
                         int lossesAdded, int splitsAdded, int settlementsMade, int settlementsPaid, Duration took) {
    }

    /** One product of the demo catalog, with a price range per unit (yuan) and a typical lot size. */
    record Spec(String code, String zh, String bo, String en, GoodsCategory category, GoodsUnit unit, Integer shelfLife,
                boolean coldChain, Commission commission, List<Grade> grades, int minYuan, int maxYuan,
                long minAmount, long maxAmount) {
    }

    static final List<Spec> CATALOG = List.of(
        new Spec("CASHMERE", "山羊绒", "ར་བལ།", "Cashmere", GoodsCategory.LIVESTOCK, GoodsUnit.KG, null, false,
            Commission.basisPoints(500), List.of(
                new Grade("A", "白绒，纤维长度≥36 mm，细度≤15.5 µm，含杂≤2% / white, fibre ≥36 mm, ≤15.5 µm, impurities ≤2%"),
                new Grade("B", "白绒或青绒，长度≥32 mm，细度≤16.0 µm / white or grey, ≥32 mm, ≤16.0 µm"),
                new Grade("C", "长度<32 mm 或细度>16.0 µm / shorter than 32 mm or coarser than 16.0 µm")),
            380, 620, 2_000, 25_000),
        new Spec("YAK-BUTTER", "牦牛酥油", "འབྲི་མར།", "Yak butter", GoodsCategory.LIVESTOCK, GoodsUnit.KG, 90, true,
            Commission.basisPoints(800), List.of(
                new Grade("特级", "纯牦牛奶手工打制，水分≤16%，无异味 / hand-churned, moisture ≤16%"),
                new Grade("一级", "水分≤20% / moisture ≤20%")),
            80, 130, 2_000, 30_000),
        new Spec("YAK-MEAT", "牦牛肉", "གཡག་ཤ།", "Yak meat", GoodsCategory.LIVESTOCK, GoodsUnit.KG, 180, true,
            Commission.basisPoints(600), List.of(
                new Grade("A", "后腿、里脊，冷冻≤-18 °C / hind leg and loin, frozen at -18 °C or colder"),
                new Grade("B", "前腿、肋条 / foreleg and ribs")),
            70, 110, 5_000, 60_000),
        new Spec("YAK-CHEESE", "牦牛奶渣", "ཕྱུར་བ།", "Dried yak cheese", GoodsCategory.LIVESTOCK, GoodsUnit.KG, 180, false,
            Commission.basisPoints(800), List.of(), 40, 80, 1_000, 10_000),
        new Spec("SHEEP-WOOL", "羊毛", "ལུག་བལ།", "Sheep wool", GoodsCategory.LIVESTOCK, GoodsUnit.KG, null, false,
            Commission.perUnit(Money.ofFen(200)), List.of(
                new Grade("一等", "细度≤25 µm，长度≥60 mm / ≤25 µm, ≥60 mm"),
                new Grade("二等", "细度≤30 µm / ≤30 µm")),
            18, 35, 10_000, 80_000),
        new Spec("BARLEY", "青稞", "ནས།", "Highland barley", GoodsCategory.FARM, GoodsUnit.KG, null, false,
            Commission.perUnit(Money.ofFen(50)), List.of(
                new Grade("一等", "水分≤13%，杂质≤1%，不完善粒≤6% / moisture ≤13%, impurities ≤1%"),
                new Grade("二等", "水分≤13%，杂质≤1.5%，不完善粒≤10% / moisture ≤13%, impurities ≤1.5%")),
            6, 10, 20_000, 200_000),
        new Spec("TSAMPA", "糌粑", "རྩམ་པ།", "Tsampa", GoodsCategory.FARM, GoodsUnit.KG, 180, false,
            Commission.basisPoints(800), List.of(), 18, 30, 5_000, 50_000),
        new Spec("BARLEY-FLOUR", "青稞面", "ནས་ཕྱེ།", "Highland barley flour", GoodsCategory.FARM, GoodsUnit.KG, 270, false,
            Commission.basisPoints(800), List.of(), 10, 16, 5_000, 50_000),
        new Spec("HONEY", "蜂蜜", "སྦྲང་རྩི།", "Honey", GoodsCategory.SPECIALTY, GoodsUnit.JAR, 730, false,
            Commission.basisPoints(1000), List.of(
                new Grade("一级", "水分≤18%，每罐净重500 g / moisture ≤18%, 500 g a jar"),
                new Grade("二级", "水分≤20%，每罐净重500 g / moisture ≤20%, 500 g a jar")),
            60, 120, 6, 60),
        new Spec("INCENSE", "藏香", "སྤོས།", "Tibetan incense", GoodsCategory.SPECIALTY, GoodsUnit.PIECE, null, false,
            Commission.basisPoints(1000), List.of(), 25, 80, 10, 100),
        new Spec("MATSUTAKE", "松茸", null, "Matsutake", GoodsCategory.SPECIALTY, GoodsUnit.KG, 7, true,
            Commission.basisPoints(1000), List.of(
                new Grade("特级", "菌盖未开，长度≥7 cm，无虫眼 / cap closed, 7 cm and longer, no insect holes"),
                new Grade("一级", "菌盖未开，长度5–7 cm / cap closed, 5 to 7 cm")),
            300, 800, 500, 8_000),
        new Spec("WALNUT-OIL", "核桃油", "སྟར་ཀའི་སྣུམ།", "Walnut oil", GoodsCategory.SPECIALTY, GoodsUnit.JAR, 365, false,
            Commission.basisPoints(1000), List.of(), 80, 150, 6, 40),
        new Spec("RUG", "手工卡垫", "གདན།", "Hand-woven rug", GoodsCategory.SPECIALTY, GoodsUnit.PIECE, null, false,
            Commission.basisPoints(1200), List.of(), 300, 1500, 1, 6));

    private static final String[] COOPERATIVES = {
        "达雄村牦牛养殖专业合作社", "措勤县绒山羊养殖合作社", "门当村青稞种植合作社", "曲洛村蜂业合作社",
        "གཡག་གསོ་སྐྱོང་མཉམ་ལས་ཁང་།",
    };
    private static final String[] WHOLESALERS = {"拉萨圣地农牧产品批发", "日喀则高原特产商贸", "成都藏区好物供应链"};
    private static final String[] PLATFORMS = {"淘宝 Taobao", "京东 JD", "拼多多 Pinduoduo", "抖音 Douyin"};
    private static final String[] CAMPAIGNS = {"LIVE-TSOCHEN-2026", "LIVE-CASHMERE-WEEK", "LIVE-NEWYEAR-LOSAR"};
    private static final String[] CARRIERS = {"EMS", "中国邮政 China Post", "顺丰 SF", "德邦 Deppon"};
    private static final String[] DEMO_VILLAGES = {"达雄村", "江让村", "门当村", "曲洛村"};

    private final ServiceContext ctx;
    private final ConsignmentDesk desk;
    private final VillagerRegistry villagers;

    public GoodsDemoData(ServiceContext ctx, ConsignmentDesk desk, VillagerRegistry villagers) {
        this.ctx = ctx;
        this.desk = desk;
        this.villagers = villagers;
    }

    /** A clock the demo moves to each moment it writes. */
    static final class DemoClock extends Clock {
        private volatile Instant now;

        DemoClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final class Run {
        final Random random;
        final DemoClock clock = new DemoClock(ctx.clock().instant());
        final ConsignmentDesk at = desk.withContext(new ServiceContext(ctx.tx(), ctx.changes(), ctx.session(), clock));
        final ZoneId zone;
        final LocalDate today;
        final Map<String, Product> products = new HashMap<>();
        final List<Producer> producers = new ArrayList<>();
        int productsAdded;
        int producersAdded;
        int lots;
        int sales;
        int shipments;
        int losses;
        int splits;

        Run(long seed) {
            this.random = new Random(seed);
            this.zone = desk.stationZone();
            this.today = desk.today();
        }

        Instant moment(LocalDate day) {
            LocalTime time = LocalTime.of(9 + random.nextInt(8), random.nextInt(60), random.nextInt(60));
            Instant t = day.atTime(time).atZone(zone).toInstant();
            Instant real = ctx.clock().instant();
            return t.isAfter(real) ? real : t;
        }
    }

    /**
     * Adds the catalog (once), producers, and {@code lotCount} lots spread over the past three
     * months with their sales, shipments, receipts, losses and repacks; then settles the months
     * that are over and pays most of those settlements.
     */
    public Result fill(long seed, int lotCount, Progress progress) {
        long start = System.nanoTime();
        Progress p = progress == null ? Progress.NONE : progress;
        Run run = new Run(seed);
        ensureCatalog(run);
        int producerCount = Math.max(5, Math.min(2_000, lotCount / 6));
        addProducers(run, producerCount);
        LocalDate first = run.today.minusDays(DAYS_BACK);
        int done = 0;
        while (done < lotCount && !p.isCancelled()) {
            int n = Math.min(CHUNK, lotCount - done);
            int offset = done;
            ctx.tx().inTransaction(() -> {
                for (int i = 0; i < n; i++) {
                    int index = offset + i;
                    LocalDate day = first.plusDays((long) index * DAYS_BACK / Math.max(1, lotCount));
                    oneLot(run, day);
                }
            });
            done += n;
            p.update(done, lotCount, "lots");
        }
        int[] settled = settlePastMonths(run, first);
        return new Result(run.productsAdded, run.producersAdded, run.lots, run.sales, run.shipments, run.losses, run.splits,
                settled[0], settled[1], Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * For the settlement benchmark: {@code producerCount} producers, each with
     * {@code lotsPerProducer} consignment lots taken in during {@code month} and mostly sold in
     * it, nothing settled. Then {@code desk.settleAll(month.atDay(1), month.atEndOfMonth(), ...)}
     * is the measured work. Returns the producers made.
     */
    public List<Producer> fillMonthForSettlement(long seed, int producerCount, int lotsPerProducer, YearMonth month,
                                                 Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        Run run = new Run(seed);
        ensureCatalog(run);
        int before = run.producers.size();
        addProducers(run, producerCount);
        List<Producer> made = new ArrayList<>(run.producers.subList(before, run.producers.size()));
        LocalDate last = month.atEndOfMonth().isAfter(run.today) ? run.today : month.atEndOfMonth();
        int days = Math.max(1, (int) (last.toEpochDay() - month.atDay(1).toEpochDay()) + 1);
        int done = 0;
        for (int from = 0; from < made.size() && !p.isCancelled(); from += 50) {
            List<Producer> part = made.subList(from, Math.min(made.size(), from + 50));
            ctx.tx().inTransaction(() -> {
                for (Producer producer : part) {
                    for (int i = 0; i < lotsPerProducer; i++) {
                        LocalDate day = month.atDay(1).plusDays(run.random.nextInt(days));
                        Lot lot = intake(run, producer, day, LotTerms.CONSIGNMENT);
                        if (lot != null) {
                            sell(run, lot, day, 1.0);
                        }
                    }
                }
            });
            done += part.size();
            p.update(done, made.size(), "producers");
        }
        return made;
    }

    private void ensureCatalog(Run run) {
        for (Product existing : desk.products()) {
            run.products.put(existing.code(), existing);
        }
        for (Spec s : CATALOG) {
            if (!run.products.containsKey(s.code())) {
                Product p = desk.addProduct(new ProductDraft(s.code(), s.zh(), s.bo(), s.en(), s.category(), s.unit(),
                        s.shelfLife() != null, s.shelfLife(), s.coldChain(), s.commission(), s.grades()));
                run.products.put(p.code(), p);
                run.productsAdded++;
            }
        }
    }

    private void addProducers(Run run, int count) {
        List<Village> villages = new ArrayList<>(villagers.villages());
        if (villages.isEmpty()) {
            for (String name : DEMO_VILLAGES) {
                villages.add(villagers.addVillage(name));
            }
        }
        List<Producer> coops = new ArrayList<>(run.producers.stream().filter(x -> x.kind() == ProducerKind.COOPERATIVE).toList());
        // Many herders and farmers are also the station's villagers: the counter then shows what is owed to them.
        List<Villager> people = new ArrayList<>();
        for (Village v : villages) {
            villagers.find(v.name(), 20).stream().map(VillagerMatch::villager)
                    .filter(x -> x.phone() != null && x.villageId() != null).forEach(people::add);
        }
        ctx.tx().inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                Random r = run.random;
                Village village = villages.get(r.nextInt(villages.size()));
                ProducerKind kind;
                String name;
                UUID coop = null;
                if (i < COOPERATIVES.length && coops.size() < COOPERATIVES.length && i < count / 5 + 1) {
                    kind = ProducerKind.COOPERATIVE;
                    name = COOPERATIVES[i];
                } else {
                    kind = r.nextInt(100) < 60 ? ProducerKind.HERDER : ProducerKind.FARMER;
                    name = DemoData.randomName(r);
                    if (!coops.isEmpty() && r.nextInt(100) < 30) {
                        coop = coops.get(r.nextInt(coops.size())).id();
                    }
                }
                int pay = r.nextInt(100);
                PayoutMethod method = pay < 70 ? PayoutMethod.CASH : pay < 90 ? PayoutMethod.BANK_TRANSFER : PayoutMethod.MOBILE_PAYMENT;
                String phone = r.nextInt(100) < 80 ? "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000)) : null;
                if (kind != ProducerKind.COOPERATIVE && !people.isEmpty() && r.nextInt(100) < 40) {
                    Villager person = people.remove(r.nextInt(people.size()));
                    name = person.name().value();
                    phone = person.phone().digits();
                    village = villages.stream().filter(x -> x.id().equals(person.villageId())).findFirst().orElse(village);
                }
                String account = switch (method) {
                    case CASH -> null;
                    case BANK_TRANSFER -> "西藏农信 6221 " + String.format("%04d %04d", r.nextInt(10_000), r.nextInt(10_000));
                    case MOBILE_PAYMENT -> phone != null ? phone : "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
                };
                Producer p = run.at.addProducer(new ProducerDraft(name, kind, village.id(), phone, method, account, coop, null));
                if (kind == ProducerKind.COOPERATIVE) {
                    coops.add(p);
                }
                run.producers.add(p);
                run.producersAdded++;
            }
        });
    }

    /** One lot taken in on {@code day}, and what happened to it afterwards. */
    private void oneLot(Run run, LocalDate day) {
        Random r = run.random;
        Producer producer = run.producers.get(r.nextInt(run.producers.size()));
        Lot lot = intake(run, producer, day, r.nextInt(100) < 85 ? LotTerms.CONSIGNMENT : LotTerms.OUTRIGHT);
        if (lot == null) {
            return;
        }
        int fate = r.nextInt(100);
        if (fate < 6 && lot.received().amount() >= 2) {
            long half = lot.received().amount() / 2;
            try {
                run.clock.set(run.moment(day));
                List<Lot> parts = run.at.split(lot.id(), List.of(Quantity.of(half, lot.unit())), "分装 repacked");
                run.splits++;
                lot = parts.get(0);
            } catch (StationException e) {
                return;
            }
        }
        if (fate < 75) {
            sell(run, lot, day.plusDays(r.nextInt(20)), r.nextInt(100) < 70 ? 1.0 : 0.5);
        } else if (fate < 82) {
            LocalDate lossDay = day.plusDays(r.nextInt(30));
            if (lossDay.isAfter(run.today)) {
                return;
            }
            run.clock.set(run.moment(lossDay));
            long q = Math.max(1, lot.received().amount() / (2 + r.nextInt(4)));
            boolean producerBears = lot.terms() == LotTerms.CONSIGNMENT && r.nextBoolean();
            try {
                run.at.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), null, Quantity.of(q, lot.unit()),
                        r.nextBoolean() ? LossReason.SPOILED : LossReason.BROKEN,
                        producerBears ? LossBearer.PRODUCER : LossBearer.STATION, null, "demo"));
                run.losses++;
            } catch (StationException e) {
                // past what the lot holds: nothing lost
            }
        }
    }

    private Lot intake(Run run, Producer producer, LocalDate day, LotTerms terms) {
        Random r = run.random;
        Spec spec = specFor(producer, r);
        Product product = run.products.get(spec.code());
        long amount = spec.minAmount() + (long) (r.nextDouble() * (spec.maxAmount() - spec.minAmount()));
        if (spec.unit() == GoodsUnit.KG) {
            amount = Math.max(100, amount / 100 * 100);
        }
        int yuan = spec.minYuan() + r.nextInt(spec.maxYuan() - spec.minYuan() + 1);
        Money price = Money.ofFen(yuan * 100L);
        if (terms == LotTerms.OUTRIGHT) {
            price = Money.ofFen(yuan * 80L);
        }
        String grade = product.grades().isEmpty() ? null : product.grades().get(r.nextInt(product.grades().size())).code();
        run.clock.set(run.moment(day));
        try {
            Lot lot = run.at.intake(new ConsignmentDesk.Intake(producer.id(), product.id(), grade, Quantity.of(amount, spec.unit()),
                    spec.unit() == GoodsUnit.JAR ? Long.valueOf(amount * 500) : null, day.minusDays(r.nextInt(4)), null,
                    terms, price, null));
            run.lots++;
            return lot;
        } catch (StationException e) {
            return null;
        }
    }

    private static Spec specFor(Producer producer, Random r) {
        List<Spec> fitting = CATALOG.stream().filter(s -> switch (producer.kind()) {
            case HERDER -> s.category() == GoodsCategory.LIVESTOCK || s.code().equals("INCENSE") || s.code().equals("RUG");
            case FARMER -> s.category() == GoodsCategory.FARM || s.code().equals("HONEY") || s.code().equals("WALNUT-OIL")
                    || s.code().equals("MATSUTAKE");
            default -> true;
        }).toList();
        return fitting.get(r.nextInt(fitting.size()));
    }

    private void sell(Run run, Lot lot, LocalDate day, double share) {
        Random r = run.random;
        LocalDate saleDay = day.isAfter(run.today) ? run.today : day;
        if (lot.bestBefore() != null && saleDay.isAfter(lot.bestBefore())) {
            return;
        }
        long q = Math.max(1, (long) (lot.onHand().amount() * share));
        if (lot.unit() == GoodsUnit.KG && q > 100) {
            q = q / 100 * 100;
        }
        int kind = r.nextInt(100);
        BuyerKind buyer = kind < 45 ? BuyerKind.PLATFORM_ORDER : kind < 70 ? BuyerKind.WHOLESALER
                : kind < 85 ? BuyerKind.COUNTY_CENTER : BuyerKind.LIVESTREAM;
        String name = switch (buyer) {
            case PLATFORM_ORDER -> PLATFORMS[r.nextInt(PLATFORMS.length)];
            case WHOLESALER -> WHOLESALERS[r.nextInt(WHOLESALERS.length)];
            case COUNTY_CENTER -> "措勤县电子商务公共服务中心";
            default -> "抖音直播 Douyin live";
        };
        String reference = buyer == BuyerKind.PLATFORM_ORDER ? String.valueOf(1_000_000_000L + r.nextInt(900_000_000)) : null;
        String campaign = buyer == BuyerKind.LIVESTREAM ? CAMPAIGNS[r.nextInt(CAMPAIGNS.length)] : null;
        long markup = 100 + r.nextInt(25);
        Money price = Money.ofFen(lot.unitPrice().fen() * markup / 100);
        run.clock.set(run.moment(saleDay));
        ConsignmentDesk.SaleResult sale;
        try {
            sale = run.at.sell(new ConsignmentDesk.SaleRequest(buyer, name, reference, campaign, null,
                    List.of(new ConsignmentDesk.SaleItem(lot.id(), Quantity.of(q, lot.unit()), price))));
            run.sales++;
        } catch (StationException e) {
            return;
        }
        if (r.nextInt(100) < 85) {
            LocalDate shipDay = saleDay.plusDays(r.nextInt(3));
            if (shipDay.isAfter(run.today)) {
                return;
            }
            run.clock.set(run.moment(shipDay));
            String tracking = "E" + (100_000_000L + r.nextInt(900_000_000)) + "CN";
            ConsignmentDesk.ShipmentResult shipped = run.at.ship(sale.sale().id(), CARRIERS[r.nextInt(CARRIERS.length)],
                    tracking, null);
            run.shipments++;
            LocalDate arrival = shipDay.plusDays(5 + r.nextInt(10));
            int next = r.nextInt(100);
            if (next < 4) {
                run.clock.set(run.moment(arrival.isAfter(run.today) ? run.today : arrival));
                try {
                    run.at.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), shipped.shipment().id(),
                            shipped.lines().get(0).quantity(), LossReason.LOST_IN_TRANSIT, LossBearer.CARRIER, null, "demo"));
                    run.losses++;
                } catch (StationException e) {
                    // nothing to lose
                }
            } else if (next < 70 && !arrival.isAfter(run.today)) {
                Instant at = run.moment(arrival);
                run.clock.set(at);
                run.at.confirmReceipt(shipped.shipment().id(), at.isBefore(shipped.shipment().shippedAt())
                        ? shipped.shipment().shippedAt() : at, org.skyroad.station.domain.goods.ReceiptSource.TYPED, null);
            }
        }
    }

    /** Settles every month between {@code first} and last month, pays four in five; gives {made, paid}. */
    private int[] settlePastMonths(Run run, LocalDate first) {
        int made = 0;
        int paid = 0;
        YearMonth month = YearMonth.from(first);
        YearMonth current = YearMonth.from(run.today);
        while (month.isBefore(current)) {
            LocalDate settleDay = month.plusMonths(1).atDay(1 + run.random.nextInt(5));
            run.clock.set(run.moment(settleDay.isAfter(run.today) ? run.today : settleDay));
            List<Settlement> settlements = run.at.settleAll(month.atDay(1), month.atEndOfMonth(), Progress.NONE);
            made += settlements.size();
            for (Settlement s : settlements) {
                if (run.random.nextInt(100) >= 80) {
                    continue;
                }
                Producer producer = run.producers.stream().filter(x -> x.id().equals(s.producerId())).findFirst().orElse(null);
                PayoutMethod method = producer == null ? PayoutMethod.CASH : producer.payoutMethod();
                try {
                    run.at.pay(s.id(), method, method == PayoutMethod.CASH ? null : "TX" + (10_000_000 + run.random.nextInt(90_000_000)));
                    paid++;
                } catch (StationException e) {
                    // no cash drawer wired: the settlement stays open, as it would at the counter
                }
            }
            month = month.plusMonths(1);
        }
        return new int[] {made, paid};
    }
}
