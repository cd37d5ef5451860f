package org.skyroad.station.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.CashDayTotal;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.CashRepository;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.cash.DailyCloseSummary;
import org.skyroad.station.domain.cash.DrawerState;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.order.OrderText;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;

/**
 * The cash drawer: every yuan in and out with who, when and why; the balance the drawer
 * should hold at any moment; and the daily close, where the operator counts the cash, the
 * difference is recorded with its reason and signed, and a manager co-signs a difference over
 * the station's threshold.
 *
 * <p>Movements are never edited or deleted; a mistake is put right by a reversing correction
 * with a reason. {@link #record} joins the caller's transaction, so another desk (a parcel
 * handover taking cash on delivery, a producer payout) books its cash in the same transaction
 * as its own change. Movements of an assisted order go through {@link OrderDesk}, which keeps
 * the order's paid total equal to the sum of its movements.
 *
 * <p>Lock order: a movement first writes its audit and outbox rows (the outbox counter row),
 * then the drawer row. Every writer takes the two in that order, so two desks writing at once
 * wait for each other and never deadlock.
 */
public final class CashDrawer {

    /** The {@code referenceEntity} of an assisted order's movements. */
    public static final String ORDER_ENTITY = "assisted_order";
    public static final String MOVEMENT_ENTITY = "cash_movement";
    public static final String CLOSE_ENTITY = "cash_close";
    /** One million yuan: far above any counter movement, far below an overflow. */
    public static final Money AMOUNT_MAX = Money.ofFen(100_000_000L);
    /** Until a station sets its own: a manager co-signs a close more than 50.00 yuan off. */
    public static final Money DEFAULT_THRESHOLD = Money.ofFen(5_000);

    static final String KEY_THRESHOLD = "cash.close.threshold-fen";
    static final String KEY_SETTINGS_VERSION = "cash.settings.version";

    private final ServiceContext ctx;
    private final CashRepository cash;
    private final StationRepository stations;

    public CashDrawer(ServiceContext ctx, CashRepository cash, StationRepository stations) {
        this.ctx = ctx;
        this.cash = cash;
        this.stations = stations;
    }

    // ---------------------------------------------------------------- movements

    /**
     * Books one movement, joined to the caller's transaction when there is one.
     *
     * @param amount the amount as a positive number; the kind gives the direction. Only a
     *               {@link CashMovementKind#CORRECTION} is signed (negative: cash missing).
     * @param reason why; required for refunds, float in and out, expenses and corrections
     * @param referenceEntity what the cash belongs to (e.g. {@code parcel_handover}), or null
     */
    public CashMovement record(CashMovementKind kind, Money amount, String reason, String referenceEntity,
                               UUID referenceId) {
        Actor who = ctx.session().require(kind == CashMovementKind.CORRECTION ? Permission.CORRECTIONS
                : Permission.COUNTER_WORK);
        if (ORDER_ENTITY.equals(referenceEntity)) {
            throw new InvalidInputException("error.cash.orderThroughOrderDesk");
        }
        Checked c = check(kind, amount, reason);
        String entity = OrderText.optional(referenceEntity, 32, "error.cash.reference");
        return ctx.tx().inTransaction(() -> {
            if (c.signed().isNegative() && kind != CashMovementKind.CORRECTION) {
                requireCash(Money.ZERO.minus(c.signed()));
            }
            return write(who, kind, c, entity, referenceId, null);
        });
    }

    /** For the order desk, inside its transaction, after it checked the permission and the drawer. */
    CashMovement recordForOrder(Actor who, CashMovementKind kind, Money amount, String reason, UUID orderId) {
        Checked c = check(kind, amount, reason);
        return write(who, kind, c, ORDER_ENTITY, orderId, null);
    }

    /** Refuses when the drawer holds less than {@code out} (a positive amount to pay out). */
    void requireCash(Money out) {
        DrawerState s = cash.drawer();
        if (s.expected().minus(out).isNegative()) {
            throw new ConflictException("error.cash.notEnoughCash", s.expected(), out);
        }
    }

    /**
     * Cancels an earlier movement with a correction of the opposite amount and a reason.
     * A movement of an assisted order is reversed through the order desk; a movement is
     * reversed once; a reversal is not reversed (book a new movement instead).
     */
    public CashMovement reverse(UUID movementId, String reason) {
        Actor who = ctx.session().require(Permission.CORRECTIONS);
        String why = OrderText.required(reason, CashMovement.REASON_MAX, "error.cash.reasonRequired", "error.cash.reasonTooLong");
        return ctx.tx().inTransaction(() -> {
            CashMovement m = movement(movementId);
            if (ORDER_ENTITY.equals(m.referenceEntity())) {
                throw new ConflictException("error.cash.reverseThroughOrder");
            }
            return reverseChecked(who, m, why);
        });
    }

    /** For the order desk: the movement must belong to the order it is reversing for. */
    CashMovement reverseForOrder(Actor who, CashMovement m, String reason) {
        return reverseChecked(who, m, reason);
    }

    boolean isReversed(UUID movementId) {
        return cash.findReversalOf(movementId).isPresent();
    }

    CashMovement movement(UUID movementId) {
        return cash.findMovement(movementId).orElseThrow(() -> new NotFoundException("error.cash.movementNotFound"));
    }

    private CashMovement reverseChecked(Actor who, CashMovement m, String reason) {
        if (m.reversesId() != null) {
            throw new ConflictException("error.cash.reverseReversal");
        }
        if (cash.findReversalOf(m.id()).isPresent()) {
            throw new ConflictException("error.cash.alreadyReversed");
        }
        Checked c = new Checked(Money.ZERO.minus(m.amount()), reason);
        return write(who, CashMovementKind.CORRECTION, c, m.referenceEntity(), m.referenceId(), m.id());
    }

    private record Checked(Money signed, String reason) {
    }

    private static Checked check(CashMovementKind kind, Money amount, String reason) {
        if (kind == null) {
            throw new InvalidInputException("error.cash.kind", "");
        }
        if (amount == null || amount.fen() == 0) {
            throw new InvalidInputException("error.cash.amountZero");
        }
        if (kind != CashMovementKind.CORRECTION && amount.isNegative()) {
            throw new InvalidInputException("error.cash.amountNegative", amount);
        }
        Money size = amount.isNegative() ? Money.ZERO.minus(amount) : amount;
        if (size.compareTo(AMOUNT_MAX) > 0) {
            throw new InvalidInputException("error.cash.amountTooLarge", AMOUNT_MAX);
        }
        String why = kind.reasonRequired()
                ? OrderText.required(reason, CashMovement.REASON_MAX, "error.cash.reasonRequired", "error.cash.reasonTooLong")
                : OrderText.optional(reason, CashMovement.REASON_MAX, "error.cash.reasonTooLong");
        Money signed = kind.direction() == CashMovementKind.Direction.OUT ? Money.ZERO.minus(amount) : amount;
        return new Checked(signed, why);
    }

    private CashMovement write(Actor who, CashMovementKind kind, Checked c, String entity, UUID referenceId,
                               UUID reversesId) {
        Instant now = ctx.clock().instant();
        CashMovement m = new CashMovement(UUID.randomUUID(), 0, now, LocalDate.ofInstant(now, zone()), kind,
                c.signed(), c.reason(), entity, referenceId, reversesId, who.staffId(), who.username());
        // Audit and outbox first (the outbox counter's lock), then the drawer row: see the class comment.
        ctx.changes().record("cash." + kind.code(), MOVEMENT_ENTITY, m.id(), 1, Operation.CREATE, null, m.snapshot(), true);
        long seq = cash.append(m);
        return new CashMovement(m.id(), seq, m.at(), m.businessDate(), kind, m.amount(), m.reason(), entity,
                referenceId, reversesId, m.staffId(), m.staffName());
    }

    // ---------------------------------------------------------------- reading

    /** The cash the drawer should hold now. */
    public Money expectedBalance() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> cash.drawer().expected());
    }

    public DrawerState state() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(cash::drawer);
    }

    /**
     * The expected balance counted again from the records themselves: the last close's counted
     * cash plus the sum of every movement after it. Equal to {@link #expectedBalance()}
     * unless something wrote around the drawer; a self-check and what tests compare.
     */
    public Money expectedBalanceFromMovements() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            var last = cash.lastClose();
            long after = last.map(DailyClose::toSeq).orElse(0L);
            Money opening = last.map(c -> c.counted().total()).orElse(Money.ZERO);
            return opening.plus(cash.sum(after + 1, Long.MAX_VALUE));
        });
    }

    public List<CashMovement> movementsSinceClose() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            DrawerState s = cash.drawer();
            return cash.movements(s.lastClosedSeq() + 1, s.lastSeq());
        });
    }

    public List<CashMovement> movementsOn(LocalDate day) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> cash.movementsOn(day));
    }

    public List<CashMovement> movementsFor(String referenceEntity, UUID referenceId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> cash.movementsFor(referenceEntity, referenceId));
    }

    public CashMovement get(UUID movementId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> movement(movementId));
    }

    /** Movements per day and kind, for the monthly report. */
    public List<CashDayTotal> totalsByDay(LocalDate from, LocalDate to) {
        ctx.session().require(Permission.REPORTS);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("error.cash.period");
        }
        return ctx.tx().read(() -> cash.totalsByDay(from, to));
    }

    // ---------------------------------------------------------------- daily close

    /**
     * Closes the drawer with what the operator counted. A difference needs a reason. Over the
     * station's threshold, the close waits for a manager's co-signature unless the person
     * closing is a manager. The counted cash becomes the opening of the next period either way.
     */
    public DailyClose close(CashCount counted, String reason) {
        return close(counted, reason, null);
    }

    /**
     * Closes the drawer as {@link #close(CashCount, String)} does, with a manager's signature
     * given at the same counter ({@code manager}, may be null): over the threshold, the close is
     * signed by both at once and waits for no one. The manager cannot be the person closing.
     */
    public DailyClose close(CashCount counted, String reason, Countersignature manager) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Actor cosigner = manager == null ? null : manager.signer();
        if (cosigner != null) {
            requireManager(cosigner);
            requireSomeoneElse(cosigner, who.staffId());
        }
        if (counted == null) {
            throw new InvalidInputException("error.cash.countMissing");
        }
        if (counted.total().compareTo(AMOUNT_MAX) > 0) {
            throw new InvalidInputException("error.cash.amountTooLarge", AMOUNT_MAX);
        }
        String why = OrderText.optional(reason, CashMovement.REASON_MAX, "error.cash.reasonTooLong");
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> closeChecked(who, cosigner, now, counted, why, true));
    }

    private static void requireManager(Actor signer) {
        if (!signer.role().allows(Permission.CORRECTIONS)) {
            throw new AccessDeniedException("error.countersign.notAllowed", signer.displayName(),
                    new org.skyroad.station.i18n.Messages.Key("permission.corrections"));
        }
    }

    private static void requireSomeoneElse(Actor signer, UUID operatorId) {
        if (signer.staffId() != null && signer.staffId().equals(operatorId)) {
            throw new AccessDeniedException("error.cash.cosignOwnClose");
        }
    }

    private DailyClose closeChecked(Actor who, Actor cosigner, Instant at, CashCount counted, String reason,
                                    boolean reasonRequired) {
        DrawerState s = cash.drawer();
        Money threshold = loadThreshold();
        Money difference = counted.total().minus(s.expected());
        if (difference.fen() != 0 && reason == null && reasonRequired) {
            throw new InvalidInputException("error.cash.closeReasonRequired", difference);
        }
        boolean overThreshold = Math.abs(difference.fen()) > threshold.fen();
        boolean manager = who.role().allows(Permission.CORRECTIONS);
        boolean cosignedNow = overThreshold && (manager || cosigner != null);
        DailyClose.Status status = overThreshold && !cosignedNow ? DailyClose.Status.AWAITING_MANAGER
                : DailyClose.Status.SIGNED;
        Actor signer = manager ? who : cosigner;
        DailyClose c = new DailyClose(UUID.randomUUID(), at, LocalDate.ofInstant(at, zone()), s.lastClosedSeq() + 1,
                s.lastSeq(), s.runningTotal(), s.opening(), s.sinceClose(), s.expected(), counted,
                difference.fen() == 0 ? null : reason, threshold, status, who.staffId(), who.username(),
                cosignedNow ? signer.staffId() : null, cosignedNow ? signer.username() : null, cosignedNow ? at : null, 1);
        ctx.changes().record("cash.close", CLOSE_ENTITY, c.id(), 1, Operation.CREATE, null, c.snapshot(), true);
        if (!cash.insertClose(c, s.lastCloseId())) {
            throw new ConflictException("error.changedMeanwhile");
        }
        return c;
    }

    /** A manager's co-signature on a close whose difference was over the threshold. */
    public DailyClose cosign(UUID closeId, long expectedVersion) {
        Actor who = ctx.session().require(Permission.CORRECTIONS);
        return cosignAs(who, closeId, expectedVersion);
    }

    /** A manager's co-signature given at the counter by typing their own name and password. */
    public DailyClose cosign(UUID closeId, long expectedVersion, Countersignature manager) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (manager == null) {
            throw new AccessDeniedException("error.countersign.missing");
        }
        requireManager(manager.signer());
        return cosignAs(manager.signer(), closeId, expectedVersion);
    }

    private DailyClose cosignAs(Actor who, UUID closeId, long expectedVersion) {
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            DailyClose before = cash.findClose(closeId).orElseThrow(() -> new NotFoundException("error.cash.closeNotFound"));
            if (before.version() != expectedVersion) {
                throw new ConflictException("error.changedMeanwhile");
            }
            if (!before.needsManager()) {
                throw new ConflictException("error.cash.closeAlreadySigned");
            }
            requireSomeoneElse(who, before.operatorId());
            DailyClose after = before.cosigned(who.staffId(), who.username(), now);
            ctx.changes().record("cash.close.cosign", CLOSE_ENTITY, after.id(), after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            if (!cash.updateClose(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            return after;
        });
    }

    public DailyClose getClose(UUID closeId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> cash.findClose(closeId).orElseThrow(() -> new NotFoundException("error.cash.closeNotFound")));
    }

    public List<DailyClose> closes(LocalDate from, LocalDate to) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> cash.closesBetween(from, to));
    }

    /** Closes still waiting for a manager's co-signature, oldest first. */
    public List<DailyClose> awaitingManager() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(cash::awaitingManager);
    }

    /** What the close report prints. */
    public DailyCloseSummary summary(UUID closeId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            DailyClose c = cash.findClose(closeId).orElseThrow(() -> new NotFoundException("error.cash.closeNotFound"));
            List<CashMovement> moves = cash.movements(c.fromSeq(), c.toSeq());
            Map<CashMovementKind, Money> byKind = new EnumMap<>(CashMovementKind.class);
            Money in = Money.ZERO;
            Money out = Money.ZERO;
            for (CashMovement m : moves) {
                byKind.merge(m.kind(), m.amount(), Money::plus);
                if (m.amount().isNegative()) {
                    out = out.minus(m.amount());
                } else {
                    in = in.plus(m.amount());
                }
            }
            Station st = stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
            return new DailyCloseSummary(st.code().value(), st.name(), c, byKind, in, out, moves);
        });
    }

    // ---------------------------------------------------------------- settings

    /** The difference over which a manager must co-sign a close. */
    public Money threshold() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(this::loadThreshold);
    }

    public Money updateThreshold(Money threshold) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        if (threshold == null || threshold.isNegative() || threshold.compareTo(AMOUNT_MAX) > 0) {
            throw new InvalidInputException("error.cash.threshold", AMOUNT_MAX);
        }
        return ctx.tx().inTransaction(() -> {
            Money before = loadThreshold();
            long version = stations.setting(KEY_SETTINGS_VERSION).map(Long::parseLong).orElse(0L);
            ctx.changes().record("cash.settings", "cash_settings", settingsId(), version + 1,
                    version == 0 ? Operation.CREATE : Operation.UPDATE,
                    version == 0 ? null : Map.of("thresholdFen", before.fen(), "version", version),
                    Map.of("thresholdFen", threshold.fen(), "version", version + 1), true);
            stations.putSetting(KEY_THRESHOLD, Long.toString(threshold.fen()));
            stations.putSetting(KEY_SETTINGS_VERSION, Long.toString(version + 1));
            return threshold;
        });
    }

    private Money loadThreshold() {
        return stations.setting(KEY_THRESHOLD).map(v -> Money.ofFen(Long.parseLong(v))).orElse(DEFAULT_THRESHOLD);
    }

    private UUID settingsId() {
        String code = stations.find().map(s -> s.code().value()).orElse("UNSET");
        return UUID.nameUUIDFromBytes(("cash-settings:" + code).getBytes(StandardCharsets.UTF_8));
    }

    ZoneId zone() {
        return stations.find().map(Station::zone).orElse(Station.DEFAULT_ZONE);
    }

    // ---------------------------------------------------------------- bulk (demo data, benchmarks)

    /**
     * Books many ready-made movements in one go, in the caller's transaction, each with its
     * audit and outbox row unless {@code withChangeLog} is false (a benchmark's bulk history):
     * for demo data and benchmarks that make months of history.
     */
    void appendAll(List<CashMovement> movements, boolean withChangeLog) {
        if (withChangeLog) {
            for (CashMovement m : movements) {
                ctx.changes().record("cash." + m.kind().code(), MOVEMENT_ENTITY, m.id(), 1, Operation.CREATE, null,
                        m.snapshot(), true);
            }
        }
        cash.appendAll(movements);
    }

    /** A close made by demo data or a benchmark at a given moment, signed by whoever is signed in. */
    DailyClose closeAt(Instant at, CashCount counted, String reason) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().inTransaction(() -> closeChecked(who, null, at, counted, reason, false));
    }
}
