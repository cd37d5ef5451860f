package org.skyroad.station.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.GoodsSaleRepository;
import org.skyroad.station.domain.goods.GoodsText;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Loss;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotLabel;
import org.skyroad.station.domain.goods.LotLink;
import org.skyroad.station.domain.goods.LotOrigin;
import org.skyroad.station.domain.goods.LotQrText;
import org.skyroad.station.domain.goods.LotRepository;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.LotTrace;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerPayoutRecorder;
import org.skyroad.station.domain.goods.ProducerRepository;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.ProductRepository;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.ReceiptSource;
import org.skyroad.station.domain.goods.Sale;
import org.skyroad.station.domain.goods.SaleLine;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.goods.SettlementConfirmation;
import org.skyroad.station.domain.goods.SettlementConfirmationRepository;
import org.skyroad.station.domain.goods.SettlementCandidate;
import org.skyroad.station.domain.goods.SettlementLine;
import org.skyroad.station.domain.goods.SettlementLineKind;
import org.skyroad.station.domain.goods.SettlementRepository;
import org.skyroad.station.domain.goods.SettlementStatus;
import org.skyroad.station.domain.goods.Shipment;
import org.skyroad.station.domain.goods.ShipmentLine;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillageRepository;

/**
 * Local goods going out (代卖): producers and the product catalog, intake of lots with their
 * lot code and QR label, repacking (split and merge, parents kept), stock, sale and dispatch
 * with the buyer's receipt, losses, producer settlement and payout, and the trace of a lot.
 *
 * <p>Every write checks its permission first, checks the input before the transaction, then
 * writes the records with their audit and outbox rows in one transaction. Stock is taken with
 * the lot's row locked ({@code SELECT ... FOR UPDATE}) and a conditional update, and the
 * database refuses a negative stock as a last guard: stock never goes below zero. A sold line,
 * an outright purchase and a producer's loss go into exactly one settlement: unique
 * constraints on the settlement lines refuse a second.
 *
 * <p>Counter work (producers, intake, repack, sale, dispatch, losses the station or carrier
 * bears, trace) needs {@link Permission#COUNTER_WORK}; charging a loss to the producer needs
 * {@link Permission#CORRECTIONS}; the catalog (it sets the commission) and settlements need
 * {@link Permission#SETTLEMENTS}.
 */
public final class ConsignmentDesk {

    public static final int LIST_LIMIT = 500;
    public static final int RECENT_SALES = 20;
    public static final int DEFAULT_NEAR_DAYS = 7;
    public static final int MAX_SPLIT_PARTS = 100;
    public static final int MAX_SALE_LINES = 200;
    public static final int QR_SIZE_PX = 360;
    /** The first day an unsettled line can be from: a producer's "owed" sums everything since. */
    static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /** What an operator enters at intake. {@code bestBefore} null: computed from the product's shelf life. */
    public record Intake(UUID producerId, UUID productId, String grade, Quantity quantity, Long weightGrams,
                         LocalDate producedOn, LocalDate bestBefore, LotTerms terms, Money unitPrice, String note) {
    }

    /** One lot in a sale. {@code unitPrice} null: the lot's own price. */
    public record SaleItem(UUID lotId, Quantity quantity, Money unitPrice) {
    }

    public record SaleRequest(BuyerKind buyerKind, String buyerName, String buyerReference, String campaignTag,
                              String note, List<SaleItem> items) {
    }

    public record SaleResult(Sale sale, List<SaleLine> lines) {
    }

    /** How much of a sold line goes in a shipment. */
    public record ShipItem(UUID saleLineId, Quantity quantity) {
    }

    public record ShipmentResult(Shipment shipment, List<ShipmentLine> lines) {
    }

    /**
     * A loss. {@code shipmentId} null: from the store (stock goes down); otherwise lost in
     * transit from that shipment. {@code amount} null: the quantity at the lot's price.
     */
    public record LossRequest(UUID lotId, UUID shipmentId, Quantity quantity, LossReason reason, LossBearer bearer,
                              Money amount, String note) {
    }

    /** How much of one lot goes into a merged lot. */
    public record MergeItem(UUID lotId, Quantity quantity) {
    }

    /** A lot with what lists show beside it. */
    public record StockLine(Lot lot, Product product, Producer producer, String village) {
    }

    /** A line of a settlement before it is made, with the commission it carries. */
    public record PreviewLine(SettlementCandidate candidate, Money commission) {

        public Money net() {
            return switch (candidate.kind()) {
                case SALE -> candidate.amount().minus(commission);
                case PURCHASE -> candidate.amount();
                case LOSS -> Money.ZERO.minus(candidate.amount());
            };
        }
    }

    /** What a settlement of a producer for a period would hold, before it is made. */
    public record SettlementPreview(Producer producer, LocalDate from, LocalDate to, List<PreviewLine> lines,
                                    Money sales, Money commission, Money purchases, Money deductions, Money due) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** One printed line of a settlement statement. */
    public record StatementLine(SettlementLineKind kind, LocalDate date, LotCode lotCode, Product product, String grade,
                                Quantity quantity, Money amount, Money commission, Money net) {
    }

    /** Everything the statement a producer signs shows (the layout belongs to the reports). */
    public record SettlementStatement(Settlement settlement, Producer producer, String village, String stationCode,
                                      String stationName, List<StatementLine> lines) {
    }

    /** A sold line of a producer's lot, for the counter screen. */
    public record SoldLine(Instant soldAt, LotCode lotCode, Product product, Quantity quantity, Money amount,
                           BuyerKind buyerKind, String buyer, boolean settled) {
    }

    /**
     * What the counter screen shows when a producer comes in: lots in stock, recent sales, what
     * is owed and not yet settled, and settlements made but not yet paid.
     */
    public record ProducerSummary(Producer producer, String village, List<StockLine> inStock, List<SoldLine> recentSales,
                                  Money owedUnsettled, List<Settlement> unpaidSettlements) {

        public Money settledUnpaid() {
            return unpaidSettlements.stream().map(Settlement::due).reduce(Money.ZERO, Money::plus);
        }

        /** Everything the station owes the producer today. */
        public Money totalOwed() {
            return owedUnsettled.plus(settledUnpaid());
        }
    }

    private final ServiceContext ctx;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final LotRepository lots;
    private final GoodsSaleRepository sales;
    private final SettlementRepository settlements;
    private final VillageRepository villages;
    private final StationRepository stations;
    private final ProducerPayoutRecorder payouts;
    private final SettlementConfirmationRepository confirmations;

    public ConsignmentDesk(ServiceContext ctx, ProducerRepository producers, ProductRepository products,
                           LotRepository lots, GoodsSaleRepository sales, SettlementRepository settlements,
                           VillageRepository villages, StationRepository stations, ProducerPayoutRecorder payouts) {
        this(ctx, producers, products, lots, sales, settlements, villages, stations, payouts, null);
    }

    /** With the hub's settlement confirmations ({@code confirmations} null: none are kept). */
    public ConsignmentDesk(ServiceContext ctx, ProducerRepository producers, ProductRepository products,
                           LotRepository lots, GoodsSaleRepository sales, SettlementRepository settlements,
                           VillageRepository villages, StationRepository stations, ProducerPayoutRecorder payouts,
                           SettlementConfirmationRepository confirmations) {
        this.ctx = ctx;
        this.confirmations = confirmations;
        this.producers = producers;
        this.products = products;
        this.lots = lots;
        this.sales = sales;
        this.settlements = settlements;
        this.villages = villages;
        this.stations = stations;
        this.payouts = payouts == null ? ProducerPayoutRecorder.NONE : payouts;
    }

    /** The same desk working with another clock: demo data written as if on past days. */
    ConsignmentDesk withContext(ServiceContext other) {
        return new ConsignmentDesk(other, producers, products, lots, sales, settlements, villages, stations, payouts,
                confirmations);
    }

    // ---------------------------------------------------------------- catalog

    public List<Product> products() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(products::all);
    }

    public Product product(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> requireProduct(id));
    }

    /** Adds a product to the local catalog; a code already used is refused. */
    public Product addProduct(ProductDraft d) {
        ctx.session().require(Permission.SETTLEMENTS);
        Instant now = ctx.clock().instant();
        Product p = productFrom(UUID.randomUUID(), d, true, now, now, 1);
        return ctx.tx().inTransaction(() -> {
            if (products.findByCode(p.code()).isPresent()) {
                throw new ConflictException("error.goods.codeTaken", p.code());
            }
            products.insert(p);
            ctx.changes().record("goods.product.create", "goods_product", p.id(), 1, Operation.CREATE, null, p.snapshot(), true);
            return p;
        });
    }

    public Product updateProduct(UUID id, long expectedVersion, ProductDraft d, boolean active) {
        ctx.session().require(Permission.SETTLEMENTS);
        Instant now = ctx.clock().instant();
        Product checked = productFrom(id, d, active, now, now, expectedVersion + 1);
        return ctx.tx().inTransaction(() -> {
            Product before = requireProduct(id);
            if (before.version() != expectedVersion) {
                throw new ConflictException("error.changedMeanwhile");
            }
            if (before.unit() != checked.unit()) {
                throw new ConflictException("error.goods.unitChange", before.code());
            }
            products.findByCode(checked.code()).filter(o -> !o.id().equals(id)).ifPresent(o -> {
                throw new ConflictException("error.goods.codeTaken", checked.code());
            });
            Product after = new Product(id, checked.code(), checked.nameZh(), checked.nameBo(), checked.nameEn(),
                    checked.category(), checked.unit(), checked.perishable(), checked.shelfLifeDays(), checked.coldChain(),
                    checked.commission(), checked.grades(), active, before.createdAt(), now, before.version() + 1);
            if (!products.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("goods.product.update", "goods_product", id, after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    private static Product productFrom(UUID id, ProductDraft d, boolean active, Instant created, Instant updated, long version) {
        if (d == null) {
            throw new InvalidInputException("error.goods.nameEmpty");
        }
        return new Product(id, d.code(), d.nameZh(), d.nameBo(), d.nameEn(), d.category(), d.unit(), d.perishable(),
                d.shelfLifeDays(), d.coldChain(), d.commission(), d.grades(), active, created, updated, version);
    }

    // ---------------------------------------------------------------- producers

    public Producer addProducer(ProducerDraft d) {
        ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        Producer p = producerFrom(UUID.randomUUID(), d, true, now, now, 1);
        return ctx.tx().inTransaction(() -> {
            requireVillage(p.villageId());
            requireCooperative(p.cooperativeId());
            producers.insert(p);
            ctx.changes().record("producer.create", "producer", p.id(), 1, Operation.CREATE, null, p.snapshot(), true);
            return p;
        });
    }

    public Producer updateProducer(UUID id, long expectedVersion, ProducerDraft d, boolean active) {
        ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        Producer checked = producerFrom(id, d, active, now, now, expectedVersion + 1);
        return ctx.tx().inTransaction(() -> {
            Producer before = requireProducer(id);
            if (before.version() != expectedVersion) {
                throw new ConflictException("error.changedMeanwhile");
            }
            requireVillage(checked.villageId());
            requireCooperative(checked.cooperativeId());
            Producer after = new Producer(id, checked.name(), checked.kind(), checked.villageId(), checked.phone(),
                    checked.payoutMethod(), checked.payoutAccount(), checked.cooperativeId(), checked.notes(), active,
                    before.createdAt(), now, before.version() + 1);
            if (!producers.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("producer.update", "producer", id, after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    private static Producer producerFrom(UUID id, ProducerDraft d, boolean active, Instant created, Instant updated, long version) {
        if (d == null) {
            throw new InvalidInputException("error.producer.nameEmpty");
        }
        return new Producer(id, d.name(), d.kind(), d.villageId(), PhoneNumber.parseOptional(d.phone()), d.payoutMethod(),
                d.payoutAccount(), d.cooperativeId(), d.notes(), active, created, updated, version);
    }

    public Producer producer(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> requireProducer(id));
    }

    /** Finds producers by phone, phone tail (4 digits) or name in any script. */
    public List<Producer> findProducers(String text, int limit) {
        ctx.session().require(Permission.COUNTER_WORK);
        String typed = TextRules.clean(text);
        int max = limit <= 0 ? 50 : Math.min(limit, LIST_LIMIT);
        if (typed == null || typed.isEmpty()) {
            return ctx.tx().read(() -> producers.all(max));
        }
        return ctx.tx().read(() -> {
            Map<UUID, Producer> found = new LinkedHashMap<>();
            String compact = typed.replaceAll("[\\s\\-()]", "");
            if (compact.matches("[0-9]{4}")) {
                producers.findByPhoneTail(compact, max).forEach(p -> found.putIfAbsent(p.id(), p));
            } else if (compact.matches("\\+?[0-9]{10,14}")) {
                try {
                    producers.findByPhone(PhoneNumber.parseOptional(compact), max).forEach(p -> found.putIfAbsent(p.id(), p));
                } catch (InvalidInputException e) {
                    // not a phone: nothing found by phone
                }
            } else {
                producers.findByName(TextRules.searchKey(typed), max).forEach(p -> found.putIfAbsent(p.id(), p));
            }
            return List.copyOf(found.values());
        });
    }

    private void requireCooperative(UUID cooperativeId) {
        if (cooperativeId == null) {
            return;
        }
        Producer coop = producers.findById(cooperativeId).orElseThrow(() -> new NotFoundException("error.producer.notFound"));
        if (coop.kind() != org.skyroad.station.domain.goods.ProducerKind.COOPERATIVE) {
            throw new InvalidInputException("error.producer.notACooperative", coop.name());
        }
    }

    private void requireVillage(UUID villageId) {
        if (villageId != null && villages.findById(villageId).isEmpty()) {
            throw new NotFoundException("error.village.notFound");
        }
    }

    // ---------------------------------------------------------------- intake

    /**
     * Takes a lot in: checks producer, product and grade, computes the best-before day of a
     * perishable product, issues the lot code (station, local day, sequence of the day, check
     * character) and writes the lot with its audit and outbox rows.
     */
    public Lot intake(Intake in) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (in == null || in.producerId() == null) {
            throw new InvalidInputException("error.lot.producerRequired");
        }
        if (in.productId() == null) {
            throw new InvalidInputException("error.lot.productRequired");
        }
        requirePositive(in.quantity());
        if (in.weightGrams() != null && in.weightGrams() <= 0) {
            throw new InvalidInputException("error.lot.weight");
        }
        LotTerms terms = in.terms() == null ? LotTerms.CONSIGNMENT : in.terms();
        Money price = in.unitPrice() == null ? Money.ZERO : in.unitPrice();
        if (price.isNegative() || (terms == LotTerms.OUTRIGHT && price.fen() == 0)) {
            throw new InvalidInputException("error.lot.price", price);
        }
        String note = GoodsText.optional(in.note(), Lot.NOTE_MAX, "error.lot.noteTooLong");
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Station station = requireStation();
            LocalDate today = today(station);
            LocalDate producedOn = in.producedOn() == null ? today : in.producedOn();
            if (producedOn.isAfter(today)) {
                throw new InvalidInputException("error.lot.producedInFuture", producedOn);
            }
            Producer producer = requireProducer(in.producerId());
            if (!producer.active()) {
                throw new ConflictException("error.producer.inactive", producer.name());
            }
            Product product = requireProduct(in.productId());
            if (!product.active()) {
                throw new ConflictException("error.goods.inactive", product.displayName());
            }
            requireUnit(product.unit(), in.quantity());
            String grade = checkGrade(product, in.grade());
            LocalDate bestBefore = in.bestBefore() != null ? in.bestBefore() : product.bestBefore(producedOn).orElse(null);
            if (bestBefore != null && bestBefore.isBefore(producedOn)) {
                throw new InvalidInputException("error.lot.bestBeforeEarly", bestBefore, producedOn);
            }
            Long weight = product.unit() == GoodsUnit.KG ? Long.valueOf(in.quantity().amount()) : in.weightGrams();
            LotCode code = nextCode(station, today);
            Lot lot = new Lot(UUID.randomUUID(), code, product.id(), producer.id(), grade, in.quantity(), in.quantity(),
                    weight, producedOn, bestBefore, terms, price, LotOrigin.INTAKE, note, now, who.username(), now, 1);
            lots.insert(lot);
            ctx.changes().record("lot.intake", "lot", lot.id(), 1, Operation.CREATE, null, lot.snapshot(), true);
            return lot;
        });
    }

    private static String checkGrade(Product product, String typed) {
        String cleaned = TextRules.clean(typed);
        if (product.grades().isEmpty()) {
            if (cleaned != null && !cleaned.isEmpty()) {
                throw new InvalidInputException("error.lot.noGrades", product.displayName());
            }
            return null;
        }
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException("error.lot.gradeRequired", product.displayName(),
                    product.grades().stream().map(Grade::code).collect(Collectors.joining(", ")));
        }
        return product.grade(cleaned).map(Grade::code).orElseThrow(() -> new InvalidInputException("error.lot.gradeUnknown",
                cleaned, product.displayName(), product.grades().stream().map(Grade::code).collect(Collectors.joining(", "))));
    }

    /** The next lot code of the day, under the numbering lock; sequences whose check would be '*' are skipped. */
    private LotCode nextCode(Station station, LocalDate day) {
        lots.lockNumbering();
        String part = LotCode.stationPartOf(station.code());
        int seq = lots.maxSequence(day) + 1;
        while (seq <= LotCode.MAX_SEQUENCE && !LotCode.isIssuable(part, day, seq)) {
            seq++;
        }
        if (seq > LotCode.MAX_SEQUENCE) {
            throw new ConflictException("error.lot.dayFull", LotCode.MAX_SEQUENCE);
        }
        return new LotCode(part, day, seq);
    }

    public Lot lot(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> requireLot(id));
    }

    /** The lot of a typed or scanned code; a mistyped code is refused by {@link LotCode#parse}. */
    public Lot lot(String typedCode) {
        ctx.session().require(Permission.COUNTER_WORK);
        LotCode code = LotCode.parse(typedCode);
        return ctx.tx().read(() -> lots.findByCode(code).orElseThrow(() -> new NotFoundException("error.lot.notFound", code)));
    }

    /** Everything the lot's label prints, with the QR code as a PNG. */
    public LotLabel label(UUID lotId) {
        ctx.session().require(Permission.COUNTER_WORK);
        LotLabel text = ctx.tx().read(() -> {
            Lot lot = requireLot(lotId);
            Product product = requireProduct(lot.productId());
            Producer producer = requireProducer(lot.producerId());
            String village = villageName(producer.villageId());
            Station station = requireStation();
            String standard = product.grade(lot.grade()).map(Grade::standard).orElse(null);
            LotQrText qr = new LotQrText(lot.code(), product.displayName(), lot.grade(), producer.name(), village,
                    lot.producedOn(), lot.bestBefore());
            return new LotLabel(lot.code(), product.nameZh(), product.nameBo(), product.nameEn(), lot.grade(), standard,
                    producer.name(), village, lot.producedOn(), lot.bestBefore(), lot.received(), lot.weightGrams(),
                    product.coldChain(), station.code().value(), station.name(), qr, null);
        });
        byte[] png = LotLabels.qrPng(text.qrText(), QR_SIZE_PX);
        return new LotLabel(text.code(), text.productZh(), text.productBo(), text.productEn(), text.grade(),
                text.gradeStandard(), text.producer(), text.village(), text.producedOn(), text.bestBefore(), text.quantity(),
                text.weightGrams(), text.coldChain(), text.stationCode(), text.stationName(), text.qr(), png);
    }

    // ---------------------------------------------------------------- repack

    /**
     * Splits parts off a lot: each part becomes a new lot (its own code, the parent kept), the
     * parent's stock goes down by their sum. The parent keeps what is left.
     */
    public List<Lot> split(UUID lotId, List<Quantity> parts, String note) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (parts == null || parts.isEmpty() || parts.size() > MAX_SPLIT_PARTS) {
            throw new InvalidInputException("error.lot.splitParts", MAX_SPLIT_PARTS);
        }
        parts.forEach(ConsignmentDesk::requirePositive);
        String cleanNote = GoodsText.optional(note, Lot.NOTE_MAX, "error.lot.noteTooLong");
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            // Locks are always taken in one order: numbering, lots (by id), then the outbox counter.
            lots.lockNumbering();
            Station station = requireStation();
            LocalDate today = today(station);
            Lot before = lots.lockById(lotId).orElseThrow(() -> new NotFoundException("error.lot.notFound", lotId));
            Quantity total = Quantity.zero(before.unit());
            for (Quantity q : parts) {
                requireUnit(before.unit(), q);
                total = total.plus(q);
            }
            Lot after = take(before, total, now);
            ctx.changes().record("lot.split", "lot", after.id(), after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            List<Lot> children = new ArrayList<>();
            for (Quantity q : parts) {
                Long weight = before.unit() == GoodsUnit.KG ? Long.valueOf(q.amount()) : null;
                Lot child = new Lot(UUID.randomUUID(), nextCode(station, today), before.productId(), before.producerId(),
                        before.grade(), q, q, weight, before.producedOn(), before.bestBefore(), before.terms(),
                        before.unitPrice(), LotOrigin.SPLIT, cleanNote, now, who.username(), now, 1);
                lots.insert(child);
                lots.insertLink(before.id(), child.id(), q.amount());
                ctx.changes().record("lot.split.part", "lot", child.id(), 1, Operation.CREATE, null,
                        withParents(child, Map.of(before.id(), q)), true);
                children.add(child);
            }
            return children;
        });
    }

    /**
     * Merges quantities of several lots into one new lot (a packed lot), which keeps every
     * source as a parent. The sources must be the same product, grade, producer, terms and
     * price: each producer is paid for their own goods, so lots of two producers never mix.
     */
    public Lot merge(List<MergeItem> items, String note) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (items == null || items.size() < 2 || items.size() > MAX_SPLIT_PARTS) {
            throw new InvalidInputException("error.lot.mergeParts", MAX_SPLIT_PARTS);
        }
        Set<UUID> seen = new HashSet<>();
        for (MergeItem item : items) {
            if (item == null || item.lotId() == null) {
                throw new InvalidInputException("error.lot.mergeParts", MAX_SPLIT_PARTS);
            }
            requirePositive(item.quantity());
            if (!seen.add(item.lotId())) {
                throw new InvalidInputException("error.lot.mergeTwice");
            }
        }
        String cleanNote = GoodsText.optional(note, Lot.NOTE_MAX, "error.lot.noteTooLong");
        Instant now = ctx.clock().instant();
        List<MergeItem> ordered = items.stream().sorted(Comparator.comparing(MergeItem::lotId)).toList();
        return ctx.tx().inTransaction(() -> {
            lots.lockNumbering();
            Station station = requireStation();
            LocalDate today = today(station);
            List<Lot> sources = new ArrayList<>();
            for (MergeItem item : ordered) {
                sources.add(lots.lockById(item.lotId()).orElseThrow(() -> new NotFoundException("error.lot.notFound", item.lotId())));
            }
            Lot first = sources.get(0);
            for (Lot s : sources) {
                if (!s.productId().equals(first.productId()) || !java.util.Objects.equals(s.grade(), first.grade())) {
                    throw new ConflictException("error.lot.mergeDifferentGoods", first.code(), s.code());
                }
                if (!s.producerId().equals(first.producerId())) {
                    throw new ConflictException("error.lot.mergeDifferentProducers", first.code(), s.code());
                }
                if (s.terms() != first.terms() || !s.unitPrice().equals(first.unitPrice())) {
                    throw new ConflictException("error.lot.mergeDifferentPrice", first.code(), s.code());
                }
            }
            Quantity total = Quantity.zero(first.unit());
            LocalDate producedOn = first.producedOn();
            LocalDate bestBefore = null;
            Map<UUID, Quantity> parents = new LinkedHashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                Lot before = sources.get(i);
                Quantity q = ordered.get(i).quantity();
                requireUnit(before.unit(), q);
                Lot after = take(before, q, now);
                ctx.changes().record("lot.merge.source", "lot", after.id(), after.version(), Operation.UPDATE,
                        before.snapshot(), after.snapshot(), true);
                total = total.plus(q);
                producedOn = before.producedOn().isBefore(producedOn) ? before.producedOn() : producedOn;
                if (before.bestBefore() != null && (bestBefore == null || before.bestBefore().isBefore(bestBefore))) {
                    bestBefore = before.bestBefore();
                }
                parents.put(before.id(), q);
            }
            Long weight = first.unit() == GoodsUnit.KG ? Long.valueOf(total.amount()) : null;
            Lot merged = new Lot(UUID.randomUUID(), nextCode(station, today), first.productId(), first.producerId(),
                    first.grade(), total, total, weight, producedOn, bestBefore, first.terms(), first.unitPrice(),
                    LotOrigin.MERGE, cleanNote, now, who.username(), now, 1);
            lots.insert(merged);
            parents.forEach((parentId, q) -> lots.insertLink(parentId, merged.id(), q.amount()));
            ctx.changes().record("lot.merge", "lot", merged.id(), 1, Operation.CREATE, null, withParents(merged, parents), true);
            return merged;
        });
    }

    private static Map<String, Object> withParents(Lot lot, Map<UUID, Quantity> parents) {
        Map<String, Object> m = lot.snapshot();
        List<Map<String, Object>> list = new ArrayList<>();
        parents.forEach((id, q) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("lotId", id.toString());
            p.put("quantity", q.amount());
            list.add(p);
        });
        m.put("parents", list);
        return m;
    }

    /**
     * Takes {@code q} out of a lot locked by the caller's transaction: refused with a sentence
     * when the stock is short; the conditional update is the second guard, the table's check
     * constraint the third.
     */
    private Lot take(Lot locked, Quantity q, Instant now) {
        if (locked.onHand().compareTo(q) < 0) {
            throw new ConflictException("error.lot.notEnough", locked.code(), locked.onHand(), q);
        }
        if (!lots.takeFromStock(locked.id(), q.amount(), now)) {
            throw new ConflictException("error.lot.notEnough", locked.code(), locked.onHand(), q);
        }
        return locked.withOnHand(locked.onHand().minus(q), now);
    }

    // ---------------------------------------------------------------- stock

    /** Lots in stock, of one producer or (null) all, the nearest best-before first. */
    public List<StockLine> stock(UUID producerId, int limit) {
        ctx.session().require(Permission.COUNTER_WORK);
        int max = limit <= 0 ? LIST_LIMIT : Math.min(limit, 100_000);
        return ctx.tx().read(() -> stockLines(lots.inStock(producerId, max)));
    }

    /** Perishable lots in stock whose best-before day is within {@code days} days (or already past). */
    public List<StockLine> nearBestBefore(int days, int limit) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (days < 0 || days > 3650) {
            throw new InvalidInputException("error.lot.nearDays", days);
        }
        int max = limit <= 0 ? LIST_LIMIT : Math.min(limit, 100_000);
        return ctx.tx().read(() -> {
            LocalDate until = today(requireStation()).plusDays(days);
            return stockLines(lots.bestBeforeUntil(until, max));
        });
    }

    /** The station's local day today. */
    public LocalDate today() {
        return ctx.tx().read(() -> today(requireStation()));
    }

    /** The station's time zone: what its days (lot codes, settlement periods) are counted in. */
    public ZoneId stationZone() {
        return ctx.tx().read(() -> requireStation().zone());
    }

    private List<StockLine> stockLines(List<Lot> found) {
        Map<UUID, Product> productMap = products.all().stream().collect(Collectors.toMap(Product::id, Function.identity()));
        Map<UUID, Producer> producerMap = producers.findByIds(found.stream().map(Lot::producerId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Producer::id, Function.identity()));
        Map<UUID, String> villageNames = villageNames();
        List<StockLine> out = new ArrayList<>(found.size());
        for (Lot l : found) {
            Producer p = producerMap.get(l.producerId());
            out.add(new StockLine(l, productMap.get(l.productId()), p, p == null ? null : villageNames.get(p.villageId())));
        }
        return out;
    }

    // ---------------------------------------------------------------- sale and dispatch

    /**
     * Sells quantities of lots to one buyer. Each lot's stock goes down inside the transaction
     * with its row locked; a lot that does not have enough, or is past its best-before day,
     * refuses the whole sale.
     */
    public SaleResult sell(SaleRequest req) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (req == null || req.items() == null || req.items().isEmpty()) {
            throw new InvalidInputException("error.sale.noLines");
        }
        if (req.items().size() > MAX_SALE_LINES) {
            throw new InvalidInputException("error.sale.tooManyLines", MAX_SALE_LINES);
        }
        Set<UUID> seen = new HashSet<>();
        for (SaleItem item : req.items()) {
            if (item == null || item.lotId() == null) {
                throw new InvalidInputException("error.sale.noLines");
            }
            requirePositive(item.quantity());
            if (item.unitPrice() != null && item.unitPrice().isNegative()) {
                throw new InvalidInputException("error.lot.price", item.unitPrice());
            }
            if (!seen.add(item.lotId())) {
                throw new InvalidInputException("error.sale.lotTwice");
            }
        }
        Instant now = ctx.clock().instant();
        UUID saleId = UUID.randomUUID();
        // Checks the buyer fields before the transaction; the total is filled in below.
        new Sale(saleId, now, LocalDate.EPOCH, req.buyerKind(), req.buyerName(), req.buyerReference(), req.campaignTag(),
                req.note(), Money.ZERO, who.username(), 1);
        List<SaleItem> ordered = req.items().stream().sorted(Comparator.comparing(SaleItem::lotId)).toList();
        return ctx.tx().inTransaction(() -> {
            LocalDate today = today(requireStation());
            // Every lot is locked (in id order) before the first change is recorded: the outbox
            // counter is always the last lock a transaction takes, so writers never deadlock.
            List<Lot> locked = new ArrayList<>();
            for (SaleItem item : ordered) {
                locked.add(lots.lockById(item.lotId()).orElseThrow(() -> new NotFoundException("error.lot.notFound", item.lotId())));
            }
            List<SaleLine> lines = new ArrayList<>();
            Money total = Money.ZERO;
            for (int i = 0; i < ordered.size(); i++) {
                SaleItem item = ordered.get(i);
                Lot before = locked.get(i);
                requireUnit(before.unit(), item.quantity());
                if (before.isPastBestBefore(today)) {
                    throw new ConflictException("error.lot.pastBestBefore", before.code(), before.bestBefore());
                }
                Lot after = take(before, item.quantity(), now);
                ctx.changes().record("lot.sold", "lot", after.id(), after.version(), Operation.UPDATE,
                        before.snapshot(), after.snapshot(), true);
                Money price = item.unitPrice() != null ? item.unitPrice() : before.unitPrice();
                Money amount = item.quantity().priceAt(price);
                lines.add(new SaleLine(UUID.randomUUID(), saleId, before.id(), item.quantity(), price, amount,
                        Quantity.zero(before.unit()), 1));
                total = total.plus(amount);
            }
            Sale sale = new Sale(saleId, now, today, req.buyerKind(), req.buyerName(), req.buyerReference(),
                    req.campaignTag(), req.note(), total, who.username(), 1);
            sales.insertSale(sale);
            lines.forEach(sales::insertLine);
            ctx.changes().record("goods.sale.create", "goods_sale", sale.id(), 1, Operation.CREATE, null,
                    sale.snapshot(lines), true);
            return new SaleResult(sale, List.copyOf(lines));
        });
    }

    public SaleResult sale(UUID saleId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> new SaleResult(requireSale(saleId), sales.linesOfSale(saleId)));
    }

    /**
     * Hands goods of a sale to a carrier under one tracking number. {@code items} empty or null:
     * everything of the sale not shipped yet. Dispatches may be partial; a line never ships
     * more than was sold.
     */
    public ShipmentResult ship(UUID saleId, String carrier, String trackingNumber, List<ShipItem> items) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        // Checks carrier and tracking number before the transaction.
        new Shipment(UUID.randomUUID(), saleId == null ? UUID.randomUUID() : saleId, carrier, trackingNumber, now,
                who.username(), null, null, null, 1);
        List<ShipItem> wanted = items == null ? List.of() : items;
        Set<UUID> seen = new HashSet<>();
        for (ShipItem item : wanted) {
            if (item == null || item.saleLineId() == null) {
                throw new InvalidInputException("error.shipment.nothingToShip");
            }
            requirePositive(item.quantity());
            if (!seen.add(item.saleLineId())) {
                throw new InvalidInputException("error.shipment.lineTwice");
            }
        }
        return ctx.tx().inTransaction(() -> {
            requireSale(saleId);
            Map<UUID, SaleLine> saleLines = new LinkedHashMap<>();
            sales.linesOfSale(saleId).forEach(l -> saleLines.put(l.id(), l));
            List<ShipItem> toShip = new ArrayList<>();
            if (wanted.isEmpty()) {
                for (SaleLine l : saleLines.values()) {
                    if (l.toShip().isPositive()) {
                        toShip.add(new ShipItem(l.id(), l.toShip()));
                    }
                }
            } else {
                toShip.addAll(wanted);
            }
            if (toShip.isEmpty()) {
                throw new ConflictException("error.shipment.nothingToShip");
            }
            toShip.sort(Comparator.comparing(ShipItem::saleLineId));
            List<SaleLine> locked = new ArrayList<>();
            for (ShipItem item : toShip) {
                if (!saleLines.containsKey(item.saleLineId())) {
                    throw new NotFoundException("error.shipment.lineNotInSale");
                }
                locked.add(sales.lockLine(item.saleLineId()).orElseThrow(() -> new NotFoundException("error.shipment.lineNotInSale")));
            }
            Shipment shipment = new Shipment(UUID.randomUUID(), saleId, carrier, trackingNumber, now, who.username(),
                    null, null, null, 1);
            sales.insertShipment(shipment);
            List<ShipmentLine> lines = new ArrayList<>();
            for (int i = 0; i < toShip.size(); i++) {
                ShipItem item = toShip.get(i);
                SaleLine before = locked.get(i);
                requireUnit(before.quantity().unit(), item.quantity());
                if (before.toShip().compareTo(item.quantity()) < 0 || !sales.addShipped(before.id(), item.quantity().amount())) {
                    throw new ConflictException("error.shipment.moreThanSold", before.toShip(), item.quantity());
                }
                SaleLine after = before.withShipped(before.shipped().plus(item.quantity()));
                ctx.changes().record("goods.sale.ship", "goods_sale_line", after.id(), after.version(), Operation.UPDATE,
                        before.snapshot(), after.snapshot(), true);
                ShipmentLine line = new ShipmentLine(UUID.randomUUID(), shipment.id(), before.id(), before.lotId(), item.quantity());
                sales.insertShipmentLine(line);
                lines.add(line);
            }
            ctx.changes().record("goods.shipment.create", "goods_shipment", shipment.id(), 1, Operation.CREATE, null,
                    shipment.snapshot(lines), true);
            return new ShipmentResult(shipment, List.copyOf(lines));
        });
    }

    /**
     * The buyer confirmed receipt: typed at the station, or applied from the hub by sync.
     * {@code at} null: now. A shipment is confirmed once.
     */
    public Shipment confirmReceipt(UUID shipmentId, Instant at, ReceiptSource source, String note) {
        ctx.session().require(Permission.COUNTER_WORK);
        Instant when = at == null ? ctx.clock().instant() : at;
        ReceiptSource from = source == null ? ReceiptSource.TYPED : source;
        String cleanNote = GoodsText.optional(note, Shipment.NOTE_MAX, "error.shipment.noteTooLong");
        return ctx.tx().inTransaction(() -> {
            Shipment before = sales.findShipment(shipmentId).orElseThrow(() -> new NotFoundException("error.shipment.notFound"));
            if (before.isReceived()) {
                throw new ConflictException("error.shipment.alreadyReceived", before.trackingNumber());
            }
            if (when.isBefore(before.shippedAt())) {
                throw new InvalidInputException("error.shipment.receivedBeforeShipped");
            }
            Shipment after = before.received(when, from, cleanNote);
            if (!sales.updateShipment(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("goods.shipment.receipt", "goods_shipment", after.id(), after.version(), Operation.UPDATE,
                    before.snapshot(null), after.snapshot(null), true);
            return after;
        });
    }

    /**
     * The buyer's receipt as the hub learnt it, from a return batch (inside the import's
     * transaction). False (not applied, reported) when the shipment is not here or its receipt
     * was already typed at the counter.
     */
    public boolean applyHubReceipt(SyncUpdate u) {
        ctx.session().require(Permission.SYNC);
        Instant at = HubUpdates.instant(u.payload(), "receivedAt");
        String note = HubUpdates.text(u.payload(), "note");
        return ctx.tx().inTransaction(() -> {
            Optional<Shipment> s = sales.findShipment(u.entityId());
            if (s.isEmpty() || s.get().isReceived() || u.operation() == Operation.DELETE) {
                return false;
            }
            confirmReceipt(u.entityId(), at, ReceiptSource.HUB, note);
            return true;
        });
    }

    /**
     * The county accounts' confirmation of a settlement, from a return batch. False (not
     * applied, reported) when the settlement is not here.
     */
    public boolean applyHubSettlementConfirmation(SyncUpdate u) {
        ctx.session().require(Permission.SYNC);
        if (confirmations == null) {
            throw new InvalidInputException("error.sync.unknownEntity", u.entity(), u.entity());
        }
        Instant at = HubUpdates.instant(u.payload(), "confirmedAt");
        Money due = Money.ofFen(HubUpdates.requiredNumber(u.payload(), "confirmedDueFen"));
        String reference = GoodsText.optional(HubUpdates.text(u.payload(), "reference"), Settlement.REFERENCE_MAX,
                "error.settlement.referenceTooLong");
        String note = HubUpdates.text(u.payload(), "note");
        if (note != null && note.length() > 500) {
            note = note.substring(0, 500);
        }
        String cleanNote = note;
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            if (settlements.findById(u.entityId()).isEmpty() || u.operation() == Operation.DELETE) {
                return false;
            }
            confirmations.saveConfirmation(new SettlementConfirmation(u.entityId(), at == null ? now : at, due, reference,
                    cleanNote, u.hubCode(), now));
            ctx.changes().event("settlement.hubConfirmation", "settlement", u.entityId().toString(),
                    Map.of("confirmedDueFen", due.fen(), "hub", u.hubCode()));
            return true;
        });
    }

    /** The hub's confirmation of a settlement, when one came. */
    public Optional<SettlementConfirmation> settlementConfirmation(UUID settlementId) {
        ctx.session().require(Permission.SETTLEMENTS);
        return confirmations == null ? Optional.empty() : ctx.tx().read(() -> confirmations.findConfirmation(settlementId));
    }

    // ---------------------------------------------------------------- losses

    /**
     * Records goods spoiled, broken or lost: from the store (stock goes down, never below zero)
     * or in transit after a shipment. Charging a loss to the producer is a manager's call, and
     * only for consignment goods (the station owns what it bought outright).
     */
    public Loss recordLoss(LossRequest req) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (req == null || req.lotId() == null) {
            throw new InvalidInputException("error.loss.lotRequired");
        }
        requirePositive(req.quantity());
        if (req.reason() == null) {
            throw new InvalidInputException("error.loss.reason", "");
        }
        if (req.bearer() == null) {
            throw new InvalidInputException("error.loss.bearer", "");
        }
        if (req.bearer() == LossBearer.PRODUCER) {
            ctx.session().require(Permission.CORRECTIONS);
        }
        if (req.amount() != null && req.amount().isNegative()) {
            throw new InvalidInputException("error.loss.amount", req.amount());
        }
        String note = GoodsText.optional(req.note(), Loss.NOTE_MAX, "error.loss.noteTooLong");
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            LocalDate today = today(requireStation());
            Lot before = lots.lockById(req.lotId()).orElseThrow(() -> new NotFoundException("error.lot.notFound", req.lotId()));
            requireUnit(before.unit(), req.quantity());
            if (req.bearer() == LossBearer.PRODUCER && before.terms() != LotTerms.CONSIGNMENT) {
                throw new ConflictException("error.loss.producerBearsConsignmentOnly", before.code());
            }
            if (req.shipmentId() == null) {
                Lot after = take(before, req.quantity(), now);
                ctx.changes().record("lot.loss", "lot", after.id(), after.version(), Operation.UPDATE,
                        before.snapshot(), after.snapshot(), true);
            } else {
                Shipment shipment = sales.findShipment(req.shipmentId())
                        .orElseThrow(() -> new NotFoundException("error.shipment.notFound"));
                long shipped = sales.linesOfShipment(shipment.id()).stream().filter(l -> l.lotId().equals(before.id()))
                        .mapToLong(l -> l.quantity().amount()).sum();
                long left = shipped - sales.lostInTransit(shipment.id(), before.id());
                if (req.quantity().amount() > left) {
                    throw new ConflictException("error.loss.moreThanShipped", Quantity.of(Math.max(left, 0), before.unit()),
                            shipment.trackingNumber());
                }
            }
            Money amount = req.amount() != null ? req.amount() : req.quantity().priceAt(before.unitPrice());
            Loss loss = new Loss(UUID.randomUUID(), before.id(), req.shipmentId(), req.quantity(), req.reason(), req.bearer(),
                    amount, note, now, today, who.username(), 1);
            sales.insertLoss(loss);
            ctx.changes().record("goods.loss.create", "goods_loss", loss.id(), 1, Operation.CREATE, null, loss.snapshot(), true);
            return loss;
        });
    }

    // ---------------------------------------------------------------- settlement

    /** What a settlement of the producer for the days {@code from} to {@code to} (both included) would hold. */
    public SettlementPreview previewSettlement(UUID producerId, LocalDate from, LocalDate to) {
        ctx.session().require(Permission.SETTLEMENTS);
        checkPeriod(from, to);
        return ctx.tx().read(() -> preview(requireProducer(producerId), from, to));
    }

    private SettlementPreview preview(Producer producer, LocalDate from, LocalDate to) {
        return preview(producer, from, to, settlements.candidates(producer.id(), from, to));
    }

    private SettlementPreview preview(Producer producer, LocalDate from, LocalDate to, List<SettlementCandidate> candidates) {
        Map<UUID, Product> productMap = new HashMap<>();
        List<PreviewLine> lines = new ArrayList<>();
        Money sold = Money.ZERO;
        Money commission = Money.ZERO;
        Money purchases = Money.ZERO;
        Money deductions = Money.ZERO;
        for (SettlementCandidate c : candidates) {
            Money fee = Money.ZERO;
            switch (c.kind()) {
                case SALE -> {
                    Product p = productMap.computeIfAbsent(c.productId(), this::requireProduct);
                    fee = p.commission().on(c.amount(), c.quantity());
                    if (fee.compareTo(c.amount()) > 0) {
                        fee = c.amount();
                    }
                    sold = sold.plus(c.amount());
                    commission = commission.plus(fee);
                }
                case PURCHASE -> purchases = purchases.plus(c.amount());
                case LOSS -> deductions = deductions.plus(c.amount());
                default -> throw new IllegalStateException(c.kind().name());
            }
            lines.add(new PreviewLine(c, fee));
        }
        Money due = sold.minus(commission).plus(purchases).minus(deductions);
        return new SettlementPreview(producer, from, to, List.copyOf(lines), sold, commission, purchases, deductions, due);
    }

    /**
     * Makes the producer's settlement for the period: every sold line, outright purchase and
     * producer-borne loss of the period not yet in a settlement. A line already settled (by
     * someone else at the same moment) refuses the whole settlement; nothing is paid twice.
     */
    public Settlement settle(UUID producerId, LocalDate from, LocalDate to) {
        Actor who = ctx.session().require(Permission.SETTLEMENTS);
        checkPeriod(from, to);
        return settle(who, producerId, from, to, null);
    }

    /**
     * The settlement itself; {@code readBefore} are the producer's candidates when the caller
     * already read them (the month-end run reads every producer's at once), null to read them
     * here. A candidate settled meanwhile still cannot be settled twice: the unique source
     * columns of settlement_line refuse it and the whole settlement is rolled back.
     */
    private Settlement settle(Actor who, UUID producerId, LocalDate from, LocalDate to, List<SettlementCandidate> readBefore) {
        Instant now = ctx.clock().instant();
        try {
            return ctx.tx().inTransaction(() -> {
                Producer producer = requireProducer(producerId);
                SettlementPreview pv = readBefore == null ? preview(producer, from, to)
                        : preview(producer, from, to, readBefore);
                if (pv.isEmpty()) {
                    throw new ConflictException("error.settlement.nothingToSettle", producer.name(), from, to);
                }
                if (pv.due().isNegative()) {
                    throw new ConflictException("error.settlement.negative", producer.name(), pv.due());
                }
                Settlement s = new Settlement(UUID.randomUUID(), producer.id(), from, to, pv.sales(), pv.commission(),
                        pv.deductions(), pv.purchases(), pv.due(), SettlementStatus.OPEN, now, who.username(),
                        null, null, null, null, 1);
                settlements.insert(s);
                List<SettlementLine> lines = new ArrayList<>();
                for (PreviewLine pl : pv.lines()) {
                    SettlementCandidate c = pl.candidate();
                    SettlementLine line = new SettlementLine(UUID.randomUUID(), s.id(), c.kind(), c.sourceId(), c.lotId(),
                            c.date(), c.quantity(), c.amount(), pl.commission());
                    settlements.insertLine(line);
                    lines.add(line);
                }
                ctx.changes().record("settlement.create", "settlement", s.id(), 1, Operation.CREATE, null,
                        s.snapshot(lines), true);
                return s;
            });
        } catch (ConflictException e) {
            if ("error.db.duplicate".equals(e.messageKey())) {
                throw new ConflictException("error.settlement.alreadySettled");
            }
            throw e;
        }
    }

    /**
     * Settles every producer with something to settle in the period, one transaction each (the
     * month-end run). A producer whose lines would come to less than nothing is left for later.
     */
    public List<Settlement> settleAll(LocalDate from, LocalDate to, Progress progress) {
        Actor who = ctx.session().require(Permission.SETTLEMENTS);
        checkPeriod(from, to);
        Progress p = progress == null ? Progress.NONE : progress;
        // One read of the month for every producer: a read per producer made the run grow with producers x lines.
        Map<UUID, List<SettlementCandidate>> candidates = new TreeMap<>(ctx.tx().read(() ->
                settlements.candidatesByProducer(from, to)));
        List<UUID> ids = List.copyOf(candidates.keySet());
        List<Settlement> made = new ArrayList<>();
        int done = 0;
        for (UUID id : ids) {
            if (p.isCancelled()) {
                break;
            }
            try {
                made.add(settle(who, id, from, to, candidates.get(id)));
            } catch (ConflictException e) {
                if (!"error.settlement.negative".equals(e.messageKey())
                        && !"error.settlement.nothingToSettle".equals(e.messageKey())
                        && !"error.settlement.alreadySettled".equals(e.messageKey())) {
                    throw e;
                }
            }
            p.update(++done, ids.size(), "settlements");
        }
        return made;
    }

    /**
     * Pays a settlement: in cash (recorded in the cash drawer in the same transaction) or by
     * bank transfer or mobile payment (with its reference). A settlement is paid once.
     */
    public Settlement pay(UUID settlementId, PayoutMethod method, String reference) {
        Actor who = ctx.session().require(Permission.SETTLEMENTS);
        if (method == null) {
            throw new InvalidInputException("error.producer.payoutMethod", "");
        }
        String ref = GoodsText.optional(reference, Settlement.REFERENCE_MAX, "error.settlement.referenceTooLong");
        if (method != PayoutMethod.CASH && ref == null) {
            throw new InvalidInputException("error.settlement.referenceRequired");
        }
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Settlement before = settlements.findById(settlementId)
                    .orElseThrow(() -> new NotFoundException("error.settlement.notFound"));
            if (before.isPaid()) {
                throw new ConflictException("error.settlement.alreadyPaid", before.paidAt());
            }
            Producer producer = requireProducer(before.producerId());
            Settlement after = before.paid(now, method, ref, who.username());
            if (!settlements.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            if (method == PayoutMethod.CASH && after.due().fen() > 0) {
                // The movement's kind already says "producer payout" in the reader's language; the reason names whom and when.
                payouts.recordPayout(after.due(), producer.name() + " " + before.periodFrom()
                        + " – " + before.periodTo(), after.id());
            }
            ctx.changes().record("settlement.pay", "settlement", after.id(), after.version(), Operation.UPDATE,
                    before.snapshot(null), after.snapshot(null), true);
            return after;
        });
    }

    public Settlement settlement(UUID id) {
        ctx.session().require(Permission.SETTLEMENTS);
        return ctx.tx().read(() -> settlements.findById(id).orElseThrow(() -> new NotFoundException("error.settlement.notFound")));
    }

    public List<Settlement> settlementsOf(UUID producerId, int limit) {
        ctx.session().require(Permission.SETTLEMENTS);
        return ctx.tx().read(() -> settlements.ofProducer(producerId, limit <= 0 ? LIST_LIMIT : limit));
    }

    /** The statement a producer signs: every line with its lot, product, quantity, amount, commission. */
    public SettlementStatement statement(UUID settlementId) {
        ctx.session().require(Permission.SETTLEMENTS);
        return ctx.tx().read(() -> {
            Settlement s = settlements.findById(settlementId).orElseThrow(() -> new NotFoundException("error.settlement.notFound"));
            Producer producer = requireProducer(s.producerId());
            Station station = requireStation();
            List<SettlementLine> lines = settlements.linesOf(s.id());
            Map<UUID, Lot> lotMap = lots.findByIds(lines.stream().map(SettlementLine::lotId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(Lot::id, Function.identity()));
            Map<UUID, Product> productMap = products.all().stream().collect(Collectors.toMap(Product::id, Function.identity()));
            List<StatementLine> out = new ArrayList<>();
            for (SettlementLine l : lines) {
                Lot lot = lotMap.get(l.lotId());
                out.add(new StatementLine(l.kind(), l.date(), lot.code(), productMap.get(lot.productId()), lot.grade(),
                        l.quantity(), l.amount(), l.commission(), l.net()));
            }
            return new SettlementStatement(s, producer, villageName(producer.villageId()), station.code().value(),
                    station.name(), List.copyOf(out));
        });
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("error.settlement.period");
        }
    }

    // ---------------------------------------------------------------- trace and counter

    /**
     * A lot's whole history: the lot, its producer and product, every lot it came from and
     * every lot made from it through splits and merges (recursively), and the intake, repacks,
     * sales, shipments, receipts, losses, settlements and payouts of all of them, in time order.
     */
    public LotTrace trace(LotCode code) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            Lot lot = lots.findByCode(code).orElseThrow(() -> new NotFoundException("error.lot.notFound", code));
            Map<String, LotLink> linkSet = new LinkedHashMap<>();
            Set<UUID> sourceIds = walk(lot.id(), true, linkSet);
            Set<UUID> derivedIds = walk(lot.id(), false, linkSet);
            Set<UUID> family = new LinkedHashSet<>();
            family.add(lot.id());
            family.addAll(sourceIds);
            family.addAll(derivedIds);
            Map<UUID, Lot> lotMap = lots.findByIds(family).stream().collect(Collectors.toMap(Lot::id, Function.identity()));
            Map<UUID, Product> productMap = products.all().stream().collect(Collectors.toMap(Product::id, Function.identity()));
            Map<UUID, Producer> producerMap = producers.findByIds(lotMap.values().stream().map(Lot::producerId)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Producer::id, Function.identity()));
            List<TraceEvent> events = new ArrayList<>();
            for (Lot l : lotMap.values()) {
                if (l.origin() == LotOrigin.INTAKE) {
                    Producer p = producerMap.get(l.producerId());
                    events.add(new TraceEvent(l.createdAt(), TraceEvent.Kind.INTAKE, l.code(), null, l.received(),
                            l.received().priceAt(l.unitPrice()), join(p == null ? null : p.name(),
                            l.grade() == null ? null : "grade " + l.grade(), l.terms().code(), "by " + l.createdBy()), l.id()));
                }
            }
            for (LotLink link : linkSet.values()) {
                events.add(new TraceEvent(link.at(), link.kind() == LotOrigin.MERGE ? TraceEvent.Kind.MERGE : TraceEvent.Kind.SPLIT,
                        link.parentCode(), link.childCode(), link.quantity(), null, null, link.childId()));
            }
            List<SaleLine> saleLines = sales.linesOfLots(family);
            Map<UUID, Sale> saleMap = sales.findSales(saleLines.stream().map(SaleLine::saleId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(Sale::id, Function.identity()));
            for (SaleLine sl : saleLines) {
                Sale s = saleMap.get(sl.saleId());
                events.add(new TraceEvent(s.soldAt(), TraceEvent.Kind.SALE, lotMap.get(sl.lotId()).code(), null, sl.quantity(),
                        sl.amount(), join(s.buyerKind().code(), s.buyerName(), s.buyerReference(), s.campaignTag()), s.id()));
            }
            List<ShipmentLine> shipLines = sales.shipmentLinesOfLots(family);
            Map<UUID, Shipment> shipMap = sales.findShipments(shipLines.stream().map(ShipmentLine::shipmentId)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Shipment::id, Function.identity()));
            Set<String> receipts = new HashSet<>();
            for (ShipmentLine sl : shipLines) {
                Shipment s = shipMap.get(sl.shipmentId());
                LotCode lc = lotMap.get(sl.lotId()).code();
                events.add(new TraceEvent(s.shippedAt(), TraceEvent.Kind.SHIPMENT, lc, null, sl.quantity(), null,
                        join(s.carrier(), s.trackingNumber()), s.id()));
                if (s.isReceived() && receipts.add(s.id() + "/" + sl.lotId())) {
                    events.add(new TraceEvent(s.receivedAt(), TraceEvent.Kind.RECEIPT, lc, null, null, null,
                            join(s.trackingNumber(), s.receiptSource().code(), s.receiptNote()), s.id()));
                }
            }
            for (Loss loss : sales.lossesOfLots(family)) {
                events.add(new TraceEvent(loss.at(), TraceEvent.Kind.LOSS, lotMap.get(loss.lotId()).code(), null, loss.quantity(),
                        loss.amount(), join(loss.reason().code(), "borne by " + loss.bearer().code(),
                        loss.inTransit() ? "in transit" : null, loss.note()), loss.id()));
            }
            List<SettlementLine> settled = settlements.linesOfLots(family);
            Map<UUID, Settlement> settlementMap = settlements.findByIds(settled.stream().map(SettlementLine::settlementId)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Settlement::id, Function.identity()));
            Set<String> paid = new HashSet<>();
            for (SettlementLine sl : settled) {
                Settlement s = settlementMap.get(sl.settlementId());
                LotCode lc = lotMap.get(sl.lotId()).code();
                events.add(new TraceEvent(s.createdAt(), TraceEvent.Kind.SETTLEMENT, lc, null, sl.quantity(), sl.net(),
                        join(sl.kind().code(), s.periodFrom() + ".." + s.periodTo()), s.id()));
                if (s.isPaid() && paid.add(s.id() + "/" + sl.lotId())) {
                    events.add(new TraceEvent(s.paidAt(), TraceEvent.Kind.PAYOUT, lc, null, null, s.due(),
                            join(s.payoutMethod().code(), s.payoutReference()), s.id()));
                }
            }
            events.sort(Comparator.comparing(TraceEvent::at).thenComparing(TraceEvent::kind)
                    .thenComparing(e -> e.lotCode().value()));
            Producer producer = producerMap.get(lot.producerId());
            return new LotTrace(lot, productMap.get(lot.productId()), producer, villageName(producer.villageId()),
                    sourceIds.stream().map(lotMap::get).toList(), derivedIds.stream().map(lotMap::get).toList(), events);
        });
    }

    /** The lots reachable from {@code start} through parents ({@code up}) or children, start excluded. */
    private Set<UUID> walk(UUID start, boolean up, Map<String, LotLink> links) {
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            UUID id = todo.poll();
            for (LotLink link : up ? lots.parentsOf(id) : lots.childrenOf(id)) {
                links.putIfAbsent(link.parentId().toString() + link.childId(), link);
                UUID next = up ? link.parentId() : link.childId();
                if (!next.equals(start) && found.add(next)) {
                    todo.add(next);
                }
            }
        }
        return found;
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(" · ", kept);
    }

    /** What the counter screen shows for a producer: lots in stock, recent sales, money owed. */
    public ProducerSummary producerSummary(UUID producerId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            Producer producer = requireProducer(producerId);
            LocalDate today = today(requireStation());
            List<StockLine> inStock = stockLines(lots.inStock(producerId, LIST_LIMIT));
            List<SaleLine> recent = sales.recentLinesOfProducer(producerId, RECENT_SALES);
            Map<UUID, Sale> saleMap = sales.findSales(recent.stream().map(SaleLine::saleId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(Sale::id, Function.identity()));
            Map<UUID, Lot> lotMap = lots.findByIds(recent.stream().map(SaleLine::lotId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(Lot::id, Function.identity()));
            Map<UUID, Product> productMap = products.all().stream().collect(Collectors.toMap(Product::id, Function.identity()));
            Set<UUID> settledLines = settlements.linesOfLots(lotMap.keySet()).stream()
                    .filter(l -> l.kind() == SettlementLineKind.SALE).map(SettlementLine::sourceId).collect(Collectors.toSet());
            List<SoldLine> sold = new ArrayList<>();
            for (SaleLine l : recent) {
                Sale s = saleMap.get(l.saleId());
                Lot lot = lotMap.get(l.lotId());
                sold.add(new SoldLine(s.soldAt(), lot.code(), productMap.get(lot.productId()), l.quantity(), l.amount(),
                        s.buyerKind(), s.buyerName(), settledLines.contains(l.id())));
            }
            Money owed = preview(producer, EPOCH, today).due();
            List<Settlement> unpaid = settlements.ofProducer(producerId, LIST_LIMIT).stream()
                    .filter(s -> !s.isPaid()).toList();
            return new ProducerSummary(producer, villageName(producer.villageId()), inStock, List.copyOf(sold), owed, unpaid);
        });
    }

    // ---------------------------------------------------------------- helpers

    private static void requirePositive(Quantity q) {
        if (q == null || !q.isPositive()) {
            throw new InvalidInputException("error.goods.quantityPositive", q == null ? "" : q.plain());
        }
    }

    private static void requireUnit(GoodsUnit unit, Quantity q) {
        if (q.unit() != unit) {
            throw new InvalidInputException("error.goods.wrongUnit", q, unit.symbol());
        }
    }

    private Station requireStation() {
        return stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
    }

    private LocalDate today(Station station) {
        ZoneId zone = station.zone();
        return LocalDate.ofInstant(ctx.clock().instant(), zone);
    }

    private Product requireProduct(UUID id) {
        if (id == null) {
            throw new InvalidInputException("error.lot.productRequired");
        }
        return products.findById(id).orElseThrow(() -> new NotFoundException("error.goods.notFound"));
    }

    private Producer requireProducer(UUID id) {
        if (id == null) {
            throw new InvalidInputException("error.lot.producerRequired");
        }
        return producers.findById(id).orElseThrow(() -> new NotFoundException("error.producer.notFound"));
    }

    private Lot requireLot(UUID id) {
        return lots.findById(id).orElseThrow(() -> new NotFoundException("error.lot.notFound", id));
    }

    private Sale requireSale(UUID id) {
        if (id == null) {
            throw new NotFoundException("error.sale.notFound");
        }
        return sales.findSale(id).orElseThrow(() -> new NotFoundException("error.sale.notFound"));
    }

    private String villageName(UUID villageId) {
        return villageId == null ? null : villages.findById(villageId).map(Village::name).orElse(null);
    }

    private Map<UUID, String> villageNames() {
        Map<UUID, String> m = new HashMap<>();
        for (Village v : villages.all()) {
            m.put(v.id(), v.name());
        }
        return m;
    }
}
