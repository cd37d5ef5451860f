package org.skyroad.station.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.ExpectedParcel;
import org.skyroad.station.domain.parcel.ExpectedParcelRepository;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.CarrierRules;
import org.skyroad.station.domain.parcel.DropOff;
import org.skyroad.station.domain.parcel.Handover;
import org.skyroad.station.domain.parcel.Manifest;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelDropOffRepository;
import org.skyroad.station.domain.parcel.ParcelEvent;
import org.skyroad.station.domain.parcel.ParcelEventType;
import org.skyroad.station.domain.parcel.ParcelHandoverRepository;
import org.skyroad.station.domain.parcel.ParcelRepository;
import org.skyroad.station.domain.parcel.ParcelRunRepository;
import org.skyroad.station.domain.parcel.ParcelSettings;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.PickupCode;
import org.skyroad.station.domain.parcel.RecipientMatch;
import org.skyroad.station.domain.parcel.Reconciliation;
import org.skyroad.station.domain.parcel.RunItem;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.ShelfLayout;
import org.skyroad.station.domain.parcel.StorageFeeRule;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillageRepository;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerRepository;
import org.skyroad.station.i18n.Messages;

/**
 * The parcel desk (代收): check-in by scanner, the shelf and the pickup code, notices for the
 * next run, handover at the counter, village runs, ageing and return to the carrier, the daily
 * reconciliation with each carrier's manifest, and parcels villagers send out.
 *
 * <p>Every state change of a parcel writes the parcel, one {@code parcel_event} row with who
 * and when, and its audit and outbox rows, in one transaction. Counter work needs
 * {@link Permission#COUNTER_WORK}; confirming a return to the carrier needs
 * {@link Permission#CORRECTIONS}; the shelf layout, ageing days and storage fee rule need
 * {@link Permission#SETTINGS_MANAGE}.
 */
public final class ParcelDesk {

    public static final int MAX_BATCH = 2_000;
    public static final int FIND_LIMIT = 200;
    static final int CODE_ATTEMPTS = 50;
    static final int PRELOAD_CODES = 20;

    static final String KEY_SHELVES = "parcel.shelves";
    static final String KEY_REMIND_DAYS = "parcel.remind-days";
    static final String KEY_RETURN_DAYS = "parcel.return-days";
    static final String KEY_FEE_FREE_DAYS = "parcel.fee.free-days";
    static final String KEY_FEE_PER_DAY = "parcel.fee.per-day-fen";
    static final String KEY_FEE_CAP = "parcel.fee.cap-fen";
    static final String KEY_SETTINGS_VERSION = "parcel.settings.version";

    /** One scan at check-in. {@code carrier} null: recognised from the number. */
    public record CheckIn(String trackingNumber, Carrier carrier, String labelPhone, String labelName,
                          UUID recipientId, ParcelTags tags) {

        public static CheckIn scanned(String trackingNumber) {
            return new CheckIn(trackingNumber, null, null, null, null, ParcelTags.NONE);
        }
    }

    /**
     * What the check-in screen shows and the slip prints: the parcel with its slot and pickup
     * code, how the recipient was found, and whether they agreed to pickup at the station and
     * to delivery at home (both false when nobody was matched) so the screen can warn.
     */
    public record CheckInResult(Parcel parcel, RecipientMatch match, boolean consentPickup, boolean consentDelivery) {

        public boolean needsConsentWarning() {
            return match.isMatched() && !consentPickup;
        }
    }

    /** A scanned number before check-in: the normalised number, the carrier guess, a parcel already waiting. */
    public record Scan(TrackingNumber tracking, CarrierRules.Guess guess, Optional<Parcel> alreadyOpen) {
    }

    /** A parcel with who it is for, for lists on screen. {@code recipient} is null when unmatched. */
    public record ParcelLine(Parcel parcel, Villager recipient, String villageName) {

        /** Name for print where strangers may see it: 扎**. */
        public String maskedName() {
            String name = recipient != null ? recipient.name().value() : parcel.labelName();
            return name == null ? "" : new PersonName(name).masked();
        }

        /** Phone for print where strangers may see it: 138****5678. */
        public String maskedPhone() {
            PhoneNumber phone = phoneOf(this);
            if (phone != null) {
                return phone.masked();
            }
            return parcel.phoneTail() == null ? "" : "****" + parcel.phoneTail();
        }
    }

    /** The list of waiting parcels of one village, for the notice taken on the next run. */
    public record VillageNotice(Village village, LocalDate date, List<ParcelLine> lines) {
    }

    /** One text message to send: to one phone, for all the parcels waiting for it. */
    public record TextMessage(String phone, String text, List<UUID> parcelIds) {
    }

    /** Text messages ready to send, and the parcels nobody can be texted about (no phone). */
    public record TextMessages(List<TextMessage> messages, List<ParcelLine> withoutPhone) {
    }

    /**
     * A handover at the counter. {@code collectorId} is the villager collecting for themself;
     * {@code proxyName} is set when someone else collects (a neighbour, a child). Signature as
     * PNG bytes or SVG path text, both optional unless a parcel requires one.
     * {@code cashReceived} is what the operator took for cash on delivery and storage fees.
     */
    public record HandoverRequest(List<UUID> parcelIds, UUID collectorId, String proxyName,
                                  byte[] signaturePng, String signatureSvg, Money cashReceived) {
    }

    /** What a handover will cost before it is done: cash on delivery and storage fees. */
    public record HandoverQuote(List<Parcel> parcels, Money codTotal, Money storageFeeTotal,
                                boolean signatureRequired) {
        public Money total() {
            return codTotal.plus(storageFeeTotal);
        }
    }

    /** A parcel villager sends out: who to, with which carrier and number, the fee paid. */
    public record DropOffRequest(UUID senderId, String recipientName, String recipientPhone, String address,
                                 Carrier carrier, String trackingNumber, Money fee) {
    }

    private final ServiceContext ctx;
    private final ParcelRepository parcels;
    private final ParcelHandoverRepository handovers;
    private final ParcelRunRepository runs;
    private final ParcelDropOffRepository dropOffs;
    private final VillagerRepository villagers;
    private final VillageRepository villages;
    private final StationRepository stations;
    private final ParcelRecipientMatcher matcher;
    private final RandomGenerator random;
    private final ParcelLinks links;
    private final ExpectedParcelRepository expected;

    public ParcelDesk(ServiceContext ctx, ParcelRepository parcels, ParcelHandoverRepository handovers,
                      ParcelRunRepository runs, ParcelDropOffRepository dropOffs, VillagerRepository villagers,
                      VillageRepository villages, StationRepository stations) {
        this(ctx, parcels, handovers, runs, dropOffs, villagers, villages, stations, new SecureRandom());
    }

    /** The desk of a whole station: arrivals and handovers reach the orders and the cash drawer. */
    public ParcelDesk(ServiceContext ctx, ParcelRepository parcels, ParcelHandoverRepository handovers,
                      ParcelRunRepository runs, ParcelDropOffRepository dropOffs, VillagerRepository villagers,
                      VillageRepository villages, StationRepository stations, ParcelLinks links) {
        this(ctx, parcels, handovers, runs, dropOffs, villagers, villages, stations, new SecureRandom(), links);
    }

    public ParcelDesk(ServiceContext ctx, ParcelRepository parcels, ParcelHandoverRepository handovers,
                      ParcelRunRepository runs, ParcelDropOffRepository dropOffs, VillagerRepository villagers,
                      VillageRepository villages, StationRepository stations, RandomGenerator random) {
        this(ctx, parcels, handovers, runs, dropOffs, villagers, villages, stations, random, ParcelLinks.NONE);
    }

    /** With a given source of pickup codes: tests pass a seeded one to force collisions. */
    public ParcelDesk(ServiceContext ctx, ParcelRepository parcels, ParcelHandoverRepository handovers,
                      ParcelRunRepository runs, ParcelDropOffRepository dropOffs, VillagerRepository villagers,
                      VillageRepository villages, StationRepository stations, RandomGenerator random,
                      ParcelLinks links) {
        this(ctx, parcels, handovers, runs, dropOffs, villagers, villages, stations, random, links, null);
    }

    /** The whole station's desk with the parcels its hub announced ({@code expected} null: none are kept). */
    public ParcelDesk(ServiceContext ctx, ParcelRepository parcels, ParcelHandoverRepository handovers,
                      ParcelRunRepository runs, ParcelDropOffRepository dropOffs, VillagerRepository villagers,
                      VillageRepository villages, StationRepository stations, RandomGenerator random,
                      ParcelLinks links, ExpectedParcelRepository expected) {
        this.ctx = ctx;
        this.expected = expected;
        this.links = links == null ? ParcelLinks.NONE : links;
        this.parcels = parcels;
        this.handovers = handovers;
        this.runs = runs;
        this.dropOffs = dropOffs;
        this.villagers = villagers;
        this.villages = villages;
        this.stations = stations;
        this.matcher = new ParcelRecipientMatcher(villagers);
        this.random = random;
    }

    // ---------------------------------------------------------------- check-in

    /** What the scanner typed: the normalised number, the carrier it looks like, and a parcel already here. */
    public Scan scan(String scanned) {
        ctx.session().require(Permission.COUNTER_WORK);
        TrackingNumber tracking = TrackingNumber.parse(scanned);
        return ctx.tx().read(() -> new Scan(tracking, CarrierRules.recognise(tracking),
                parcels.findOpenByTracking(tracking)));
    }

    /**
     * Checks one parcel in: recognises the carrier (unless given), matches the recipient,
     * chooses the slot and a pickup code no waiting parcel has. A number already waiting or
     * out on a run is refused and nothing is written.
     */
    public CheckInResult checkIn(CheckIn request) {
        return checkInAll(List.of(request)).get(0);
    }

    /**
     * Checks a box of parcels in, in one transaction (a carrier's delivery, demo data). Any
     * refusal leaves none of them checked in.
     */
    public List<CheckInResult> checkInAll(List<CheckIn> requests) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (requests.isEmpty()) {
            return List.of();
        }
        if (requests.size() > MAX_BATCH) {
            throw new InvalidInputException("error.parcel.batchTooBig", MAX_BATCH);
        }
        List<Checked> checked = requests.stream().map(ParcelDesk::check).toList();
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            ParcelSettings settings = loadSettings();
            LocalDate today = LocalDate.ofInstant(now, zone());
            // Read when a parcel first needs the least-filled slot; it then counts this transaction's own inserts.
            Map<String, Integer> fill = null;
            Set<String> open = parcels.openTrackingAmong(checked.stream().map(Checked::tracking).toList());
            // A box of parcels checks codes against one read of the open codes; one parcel asks the index.
            Set<String> codes = checked.size() >= PRELOAD_CODES ? parcels.openCodes() : null;
            Set<String> seen = new HashSet<>();
            List<CheckInResult> results = new ArrayList<>(checked.size());
            for (Checked scanned : checked) {
                if (!seen.add(scanned.tracking().value()) || open.contains(scanned.tracking().value())) {
                    throw new ConflictException("error.parcel.alreadyWaiting", scanned.tracking().value());
                }
                Optional<ExpectedParcel> announced = expected == null ? Optional.empty()
                        : expected.findWaitingByTracking(scanned.tracking().value());
                Checked c = announced.map(scanned::withAnnouncement).orElse(scanned);
                RecipientMatch match = expectedRecipient(c)
                        .orElseGet(() -> matcher.match(c.request().recipientId(), c.labelPhone(), c.request().labelName()));
                Villager v = match.villager();
                String tail = c.labelPhone() != null ? c.labelPhone().substring(c.labelPhone().length() - 4)
                        : v != null && v.phone() != null ? v.phone().tail() : null;
                Optional<String> together = v == null ? Optional.empty() : parcels.slotOfWaitingParcelOf(v.id());
                if (fill == null && settings.shelves().needsFill(c.tags().large(), together)) {
                    fill = new HashMap<>(parcels.slotFill());
                }
                String slot = settings.shelves().choose(c.tags().large(), together, fill == null ? Map.of() : fill);
                if (fill != null) {
                    fill.merge(slot, 1, Integer::sum);
                }
                Parcel p = new Parcel(UUID.randomUUID(), c.tracking(), c.carrier(), ParcelStatus.WAITING,
                        v == null ? null : v.id(), c.request().labelName(), c.labelPhone(), tail,
                        v == null ? null : v.villageId(), slot, newCode(codes), c.tags(), now, today, who.username(),
                        null, null, null, null, null, null, null, null, null, now, 1);
                parcels.insert(p);
                ParcelEvent e = event(who, p, ParcelEventType.RECEIVED, now, null, null,
                        match.kind().name().toLowerCase(Locale.ROOT));
                ctx.changes().record("parcel.receive", "parcel", p.id(), p.version(), Operation.CREATE, null,
                        withEvent(p, e), true);
                if (links.orders() != null) {
                    links.orders().markArrivedByTracking(p.tracking().value(), p.id());
                }
                announced.ifPresent(a -> expected.saveExpected(a.arrived(p.id(), now)));
                results.add(new CheckInResult(p, match, v != null && v.consentPickup(), v != null && v.consentDelivery()));
            }
            return results;
        });
    }

    /**
     * A label with no phone, no name and no recipient chosen belongs to the villager whose
     * assisted order was shipped with this tracking number, when there is one.
     */
    private Optional<RecipientMatch> expectedRecipient(Checked c) {
        if (links.orders() == null || c.request().recipientId() != null || c.labelPhone() != null
                || c.request().labelName() != null && !c.request().labelName().isBlank()) {
            return Optional.empty();
        }
        return links.orders().villagerAwaiting(c.tracking().value())
                .flatMap(villagers::findById)
                .map(v -> RecipientMatch.of(RecipientMatch.Kind.ORDER, v));
    }

    private record Checked(CheckIn request, TrackingNumber tracking, Carrier carrier, String labelPhone, ParcelTags tags) {

        /** What the hub announced fills what the counter did not type: the label phone and name. */
        Checked withAnnouncement(ExpectedParcel a) {
            String phone = labelPhone;
            if (phone == null && a.recipientPhone() != null) {
                try {
                    phone = ParcelRecipientMatcher.labelPhone(a.recipientPhone());
                } catch (InvalidInputException unusable) {
                    phone = null;
                }
            }
            String name = request.labelName() == null || request.labelName().isBlank() ? a.recipientName()
                    : request.labelName();
            CheckIn r = new CheckIn(request.trackingNumber(), request.carrier(), request.labelPhone(), name,
                    request.recipientId(), request.tags());
            return new Checked(r, tracking, carrier, phone, tags);
        }
    }

    // ---------------------------------------------------------------- announced by the hub

    /**
     * A parcel the hub announced, from a return batch (inside the import's transaction); a
     * DELETE withdraws the announcement. False (not applied, reported) when the parcel has
     * already been checked in here: the check-in is the counter's fact.
     */
    public boolean applyExpectedParcel(SyncUpdate u) {
        ctx.session().require(Permission.SYNC);
        if (expected == null) {
            throw new InvalidInputException("error.sync.unknownEntity", u.entity(), u.entity());
        }
        Map<String, Object> p = u.payload();
        Instant now = ctx.clock().instant();
        String tracking = u.operation() == Operation.DELETE ? null
                : TrackingNumber.parse(HubUpdates.requiredText(p, "trackingNumber")).value();
        String carrierText = HubUpdates.text(p, "carrier");
        Carrier carrier = carrierText == null ? null : Carrier.parse(carrierText);
        String phone = HubUpdates.text(p, "recipientPhone");
        if (phone != null) {
            ParcelRecipientMatcher.labelPhone(phone);
        }
        String name = HubUpdates.text(p, "recipientName");
        if (name != null) {
            new PersonName(name);
        }
        return ctx.tx().inTransaction(() -> {
            Optional<ExpectedParcel> before = expected.findExpected(u.entityId());
            if (before.isPresent() && before.get().parcelId() != null) {
                return false;
            }
            if (u.operation() == Operation.DELETE) {
                if (before.isEmpty()) {
                    return false;
                }
                ExpectedParcel b = before.get();
                expected.saveExpected(new ExpectedParcel(b.id(), b.trackingNumber(), b.carrier(), b.recipientName(),
                        b.recipientPhone(), b.orderNo(), b.expectedDate(), b.note(), true, null, null, u.hubCode(),
                        b.receivedAt(), now));
                return true;
            }
            expected.saveExpected(new ExpectedParcel(u.entityId(), tracking, carrier, name, phone,
                    HubUpdates.text(p, "orderNo"), HubUpdates.date(p, "expectedDate"), HubUpdates.text(p, "note"), false,
                    null, null, u.hubCode(), before.map(ExpectedParcel::receivedAt).orElse(now), now));
            return true;
        });
    }

    /** Parcels the hub announced that have not arrived yet, soonest first. */
    public List<ExpectedParcel> expectedParcels(int limit) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (expected == null) {
            return List.of();
        }
        return ctx.tx().read(() -> expected.waitingExpected(limit <= 0 ? 100 : Math.min(limit, 1000)));
    }

    /** The announcement of a parcel, arrived or not. */
    public Optional<ExpectedParcel> expectedParcel(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return expected == null ? Optional.empty() : ctx.tx().read(() -> expected.findExpected(id));
    }

    private static Checked check(CheckIn r) {
        if (r == null) {
            throw new InvalidInputException("error.parcel.trackingEmpty");
        }
        TrackingNumber tracking = TrackingNumber.parse(r.trackingNumber());
        Carrier carrier = r.carrier();
        if (carrier == null || carrier == Carrier.UNKNOWN) {
            CarrierRules.Guess guess = CarrierRules.recognise(tracking);
            if (!guess.isKnown()) {
                throw new InvalidInputException("error.parcel.carrierUnknown", tracking.value(),
                        String.join(", ", guess.candidates().stream().map(Carrier::chineseName).toList()));
            }
            carrier = guess.carrier();
        }
        if (r.labelName() != null && !r.labelName().isBlank()) {
            new PersonName(r.labelName());
        }
        return new Checked(r, tracking, carrier, ParcelRecipientMatcher.labelPhone(r.labelPhone()),
                r.tags() == null ? ParcelTags.NONE : r.tags());
    }

    /** A code no open parcel has; {@code taken} is the preloaded set (kept up to date), or null to ask the index. */
    private PickupCode newCode(Set<String> taken) {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            PickupCode code = PickupCode.random(random);
            if (taken == null ? !parcels.isCodeTaken(code) : taken.add(code.value())) {
                return code;
            }
        }
        throw new ConflictException("error.parcel.noFreeCode");
    }

    /** Puts an unmatched (or wrongly matched) waiting parcel on a villager's name. */
    public Parcel assignRecipient(UUID parcelId, long expectedVersion, UUID villagerId) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Parcel before = open(parcelId, expectedVersion);
            Villager v = villagers.findById(villagerId).orElseThrow(() -> new NotFoundException("error.villager.notFound"));
            String tail = before.labelPhone() != null ? before.labelPhone().substring(before.labelPhone().length() - 4)
                    : v.phone() == null ? null : v.phone().tail();
            Parcel after = before.change(now).recipient(v.id(), v.villageId(), tail).done();
            return apply(who, before, after, ParcelEventType.RECIPIENT_ASSIGNED, "parcel.assign", null, null,
                    v.name().value());
        });
    }

    // ---------------------------------------------------------------- finding

    /**
     * Open parcels for what the person at the counter says: a pickup code, a phone's last four
     * digits, a whole phone number, or a tracking number (which also finds closed parcels).
     */
    public List<ParcelLine> find(String text) {
        ctx.session().require(Permission.COUNTER_WORK);
        String typed = TextRules.clean(text);
        if (typed == null || typed.isEmpty()) {
            return List.of();
        }
        String compact = typed.replaceAll("[\\s\\-()]", "");
        return ctx.tx().read(() -> {
            Map<UUID, Parcel> found = new LinkedHashMap<>();
            if (PickupCode.looksLikeCode(compact)) {
                parcels.findOpenByCode(PickupCode.parse(compact)).ifPresent(p -> found.put(p.id(), p));
            }
            if (compact.matches("[0-9]{4}")) {
                parcels.findOpenByPhoneTail(compact).forEach(p -> found.putIfAbsent(p.id(), p));
            }
            PhoneNumber phone = tryPhone(compact);
            if (phone != null) {
                for (var m : villagers.findByPhone(phone, 20)) {
                    parcels.findOpenByRecipient(m.villager().id()).forEach(p -> found.putIfAbsent(p.id(), p));
                }
                parcels.findOpenByPhoneTail(phone.tail()).stream()
                        .filter(p -> phone.digits().equals(p.labelPhone()))
                        .forEach(p -> found.putIfAbsent(p.id(), p));
            }
            TrackingNumber tracking = tryTracking(compact);
            if (tracking != null) {
                parcels.findByTracking(tracking).forEach(p -> found.putIfAbsent(p.id(), p));
            }
            return lines(found.values().stream().limit(FIND_LIMIT).toList());
        });
    }

    /** Everything waiting (or out on a run) for one villager: the counter screen's parcel list. */
    public List<ParcelLine> openFor(UUID villagerId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> lines(parcels.findOpenByRecipient(villagerId)));
    }

    /** Waiting parcels nobody was matched to: the list to sort. */
    public List<ParcelLine> unmatched() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> lines(parcels.findWaitingUnmatched()));
    }

    public Parcel get(UUID parcelId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> parcels.findById(parcelId)
                .orElseThrow(() -> new NotFoundException("error.parcel.notFound")));
    }

    public List<ParcelEvent> history(UUID parcelId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> parcels.events(parcelId));
    }

    public long openCount() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(parcels::countOpen);
    }

    private static PhoneNumber tryPhone(String compact) {
        if (!compact.matches("\\+?[0-9]{10,14}")) {
            return null;
        }
        try {
            return PhoneNumber.parseOptional(compact);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static TrackingNumber tryTracking(String compact) {
        try {
            return TrackingNumber.parse(compact);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private List<ParcelLine> lines(List<Parcel> list) {
        Map<UUID, Villager> people = new HashMap<>();
        Map<UUID, String> villageNames = new HashMap<>();
        List<ParcelLine> out = new ArrayList<>(list.size());
        for (Parcel p : list) {
            Villager v = p.recipientId() == null ? null
                    : people.computeIfAbsent(p.recipientId(), id -> villagers.findById(id).orElse(null));
            String village = p.villageId() == null ? null
                    : villageNames.computeIfAbsent(p.villageId(), id -> villages.findById(id).map(Village::name).orElse(null));
            out.add(new ParcelLine(p, v, village));
        }
        return out;
    }

    // ---------------------------------------------------------------- notices

    /** The village's waiting parcels, with names and phones masked, for the notice on the next run. */
    public VillageNotice villageNotice(UUID villageId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            Village village = villages.findById(villageId)
                    .orElseThrow(() -> new NotFoundException("error.village.notFound"));
            return new VillageNotice(village, LocalDate.ofInstant(ctx.clock().instant(), zone()),
                    lines(parcels.findWaitingByVillage(villageId)));
        });
    }

    /**
     * Text messages for a village's waiting parcels (all waiting parcels with {@code villageId}
     * null), one per phone, in Chinese ({@code zh}) or Tibetan ({@code bo}), with each
     * parcel's pickup code and slot. Nothing is marked: call {@link #recordNotified} for the
     * ones actually sent.
     */
    public TextMessages textMessages(UUID villageId, String language) {
        ctx.session().require(Permission.COUNTER_WORK);
        Locale locale = smsLocale(language);
        return ctx.tx().read(() -> {
            String stationName = stations.find().map(Station::name).orElse("");
            List<Parcel> waiting = villageId == null
                    ? parcels.findWaitingReceivedOnOrBefore(LocalDate.ofInstant(ctx.clock().instant(), zone()))
                    : parcels.findWaitingByVillage(villageId);
            Map<String, List<ParcelLine>> byPhone = new LinkedHashMap<>();
            List<ParcelLine> noPhone = new ArrayList<>();
            for (ParcelLine line : lines(waiting)) {
                PhoneNumber phone = phoneOf(line);
                if (phone == null) {
                    noPhone.add(line);
                } else {
                    byPhone.computeIfAbsent(phone.digits(), k -> new ArrayList<>()).add(line);
                }
            }
            List<TextMessage> out = new ArrayList<>();
            byPhone.forEach((phone, list) -> {
                List<String> codes = list.stream().map(l -> ParcelTexts.get(locale, "parcel.sms.code",
                        l.parcel().pickupCode().value(), l.parcel().slot())).toList();
                String text = ParcelTexts.get(locale, "parcel.sms.text", list.size(), stationName,
                        String.join(ParcelTexts.get(locale, "parcel.sms.separator"), codes));
                out.add(new TextMessage(phone, text, list.stream().map(l -> l.parcel().id()).toList()));
            });
            return new TextMessages(out, noPhone);
        });
    }

    /** Villagers are texted in Chinese unless Tibetan (bo) or English (en) is asked for. */
    private static Locale smsLocale(String language) {
        return "bo".equals(language) ? Messages.TIBETAN : "en".equals(language) ? Locale.ENGLISH : Messages.CHINESE;
    }

    private static Messages.Key statusName(ParcelStatus status) {
        return new Messages.Key("parcel.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private static PhoneNumber phoneOf(ParcelLine line) {
        if (line.recipient() != null && line.recipient().phone() != null) {
            return line.recipient().phone();
        }
        String label = line.parcel().labelPhone();
        return label != null && label.length() > 4 ? new PhoneNumber(label) : null;
    }

    /** Marks waiting parcels as told (notice taken on a run, text message sent). */
    public int recordNotified(List<UUID> parcelIds, String how) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        String channel = TextRules.clean(how);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            int n = 0;
            for (UUID id : parcelIds) {
                Parcel before = parcels.findById(id).orElseThrow(() -> new NotFoundException("error.parcel.notFound"));
                if (!before.isWaiting()) {
                    continue;
                }
                apply(who, before, before.change(now).notified().done(), ParcelEventType.NOTIFIED, "parcel.notify",
                        null, null, channel);
                n++;
            }
            return n;
        });
    }

    // ---------------------------------------------------------------- handover

    /** Cash on delivery, storage fees and whether a signature is needed, for parcels about to be handed over. */
    public HandoverQuote quote(List<UUID> parcelIds) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> quoteOf(waitingParcels(parcelIds)));
    }

    private HandoverQuote quoteOf(List<Parcel> list) {
        StorageFeeRule rule = loadSettings().fee();
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), zone());
        Money cod = Money.ZERO;
        Money fees = Money.ZERO;
        boolean signature = false;
        for (Parcel p : list) {
            if (p.tags().isCashOnDelivery()) {
                cod = cod.plus(p.tags().cashOnDelivery());
            }
            fees = fees.plus(rule.feeFor(ChronoUnit.DAYS.between(p.receivedDate(), today)));
            signature |= p.tags().signatureRequired();
        }
        return new HandoverQuote(list, cod, fees, signature);
    }

    /** The storage fee a waiting parcel would cost if it were collected today. */
    public Money storageFee(Parcel parcel) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> loadSettings().fee().feeFor(
                ChronoUnit.DAYS.between(parcel.receivedDate(), LocalDate.ofInstant(ctx.clock().instant(), zone()))));
    }

    /**
     * Hands waiting parcels over at the counter in one handover record: to the villager
     * ({@code collectorId}) or to someone collecting for them ({@code proxyName}). The cash
     * received must be exactly the cash on delivery plus storage fees; a parcel that requires
     * a signature is not given out without one.
     */
    public Handover handOver(HandoverRequest request) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (request == null || request.parcelIds() == null || request.parcelIds().isEmpty()) {
            throw new InvalidInputException("error.parcel.nothingSelected");
        }
        String proxy = Handover.checkProxyName(request.proxyName());
        if (proxy == null && request.collectorId() == null) {
            throw new InvalidInputException("error.parcel.collectorMissing");
        }
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            List<Parcel> list = waitingParcels(request.parcelIds());
            Villager collectorVillager = request.collectorId() == null ? null : villagers.findById(request.collectorId())
                    .orElseThrow(() -> new NotFoundException("error.villager.notFound"));
            if (proxy == null) {
                for (Parcel p : list) {
                    if (p.recipientId() != null && !p.recipientId().equals(request.collectorId())) {
                        throw new InvalidInputException("error.parcel.notTheirs", p.tracking().value());
                    }
                }
            }
            HandoverQuote quote = quoteOf(list);
            Handover h = new Handover(UUID.randomUUID(), now, who.staffId(), who.username(), request.collectorId(),
                    proxy, list.stream().map(Parcel::id).toList(), quote.codTotal(), quote.storageFeeTotal(),
                    request.signaturePng(), request.signatureSvg(), 1);
            if (quote.signatureRequired() && !h.isSigned()) {
                throw new InvalidInputException("error.parcel.signatureMissing");
            }
            Money received = request.cashReceived() == null ? Money.ZERO : request.cashReceived();
            if (!received.equals(quote.total())) {
                throw new InvalidInputException("error.parcel.cashMismatch", quote.total(), received,
                        quote.codTotal(), quote.storageFeeTotal());
            }
            handovers.insert(h);
            ctx.changes().record("parcel.handover", "parcel_handover", h.id(), h.version(), Operation.CREATE, null,
                    h.snapshot(), true);
            String collector = proxy != null ? proxy : collectorVillager.name().value();
            StorageFeeRule rule = loadSettings().fee();
            LocalDate today = LocalDate.ofInstant(now, zone());
            for (Parcel before : list) {
                Money fee = rule.feeFor(ChronoUnit.DAYS.between(before.receivedDate(), today));
                Parcel after = before.change(now).status(ParcelStatus.PICKED_UP)
                        .handover(h.id(), collector, before.tags().cashOnDelivery(), fee.fen() == 0 ? null : fee)
                        .done();
                apply(who, before, after, ParcelEventType.PICKED_UP, "parcel.pickup", null, h.id(),
                        proxy != null ? "proxy: " + proxy : null);
                if (links.orders() != null) {
                    links.orders().markCollectedByParcel(before.id());
                }
            }
            if (links.cash() != null) {
                if (quote.codTotal().fen() > 0) {
                    links.cash().record(CashMovementKind.COD_COLLECTED, quote.codTotal(), null, "parcel_handover", h.id());
                }
                if (quote.storageFeeTotal().fen() > 0) {
                    links.cash().record(CashMovementKind.PARCEL_FEE, quote.storageFeeTotal(), null, "parcel_handover", h.id());
                }
            }
            return h;
        });
    }

    public Handover handover(UUID handoverId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> handovers.findById(handoverId)
                .orElseThrow(() -> new NotFoundException("error.parcel.handoverNotFound")));
    }

    private List<Parcel> waitingParcels(List<UUID> ids) {
        List<Parcel> list = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!seen.add(id)) {
                continue;
            }
            Parcel p = parcels.findById(id).orElseThrow(() -> new NotFoundException("error.parcel.notFound"));
            if (!p.isWaiting()) {
                throw new ConflictException("error.parcel.notWaiting", p.tracking().value(),
                        statusName(p.status()));
            }
            list.add(p);
        }
        return list;
    }

    // ---------------------------------------------------------------- village runs

    /** Starts a run to a village (or along a named route) on a date. */
    public VillageRun createRun(UUID villageId, String route, LocalDate date) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        VillageRun run = new VillageRun(UUID.randomUUID(), villageId, route, date, VillageRun.Status.OPEN, now,
                who.username(), null, 1);
        return ctx.tx().inTransaction(() -> {
            if (villageId != null && villages.findById(villageId).isEmpty()) {
                throw new NotFoundException("error.village.notFound");
            }
            runs.insert(run);
            ctx.changes().record("parcel.run.create", "village_run", run.id(), run.version(), Operation.CREATE, null,
                    run.snapshot(), true);
            return run;
        });
    }

    /** Puts a waiting parcel (scanned) on an open run: it leaves the shelf, keeping its slot and code. */
    public Parcel addToRun(UUID runId, String trackingNumber) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        TrackingNumber tracking = TrackingNumber.parse(trackingNumber);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            VillageRun run = openRun(runId);
            Parcel before = parcels.findOpenByTracking(tracking)
                    .orElseThrow(() -> new NotFoundException("error.parcel.notWaitingHere", tracking.value()));
            if (!before.isWaiting()) {
                throw new ConflictException("error.parcel.notWaiting", tracking.value(),
                        statusName(before.status()));
            }
            if (runs.findItem(run.id(), before.id()).isPresent()) {
                runs.updateItem(new RunItem(run.id(), before.id(), null, null, null, null));
            } else {
                runs.insertItem(new RunItem(run.id(), before.id(), null, null, null, null));
            }
            Parcel after = before.change(now).status(ParcelStatus.OUT_ON_RUN).run(run.id()).done();
            return apply(who, before, after, ParcelEventType.OUT_ON_RUN, "parcel.run.out", run.id(), null, null);
        });
    }

    /**
     * The outcome of a parcel back from a run. DELIVERED closes it (to {@code receivedBy}, with
     * the cash on delivery collected); NOT_AT_HOME and REFUSED put it back on its slot, waiting
     * again with the same pickup code.
     */
    public Parcel recordOutcome(UUID runId, UUID parcelId, RunOutcome outcome, String receivedBy, String note,
                                Money cashReceived) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (outcome == null) {
            throw new InvalidInputException("error.parcel.outcomeMissing");
        }
        String to = Handover.checkProxyName(receivedBy);
        String cleanNote = TextRules.clean(note);
        if (outcome == RunOutcome.DELIVERED && to == null) {
            throw new InvalidInputException("error.parcel.deliveredToWhom");
        }
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            VillageRun run = openRun(runId);
            RunItem item = runs.findItem(run.id(), parcelId)
                    .orElseThrow(() -> new NotFoundException("error.parcel.notOnRun"));
            Parcel before = parcels.findById(parcelId).orElseThrow(() -> new NotFoundException("error.parcel.notFound"));
            if (before.status() != ParcelStatus.OUT_ON_RUN || item.outcome() != null) {
                throw new ConflictException("error.parcel.outcomeAlready", before.tracking().value());
            }
            runs.updateItem(new RunItem(run.id(), parcelId, outcome, to, cleanNote, now));
            if (outcome == RunOutcome.DELIVERED) {
                Money cod = before.tags().cashOnDelivery();
                Money received = cashReceived == null ? Money.ZERO : cashReceived;
                Money expected = cod == null ? Money.ZERO : cod;
                if (!received.equals(expected)) {
                    throw new InvalidInputException("error.parcel.cashMismatch", expected, received, expected, Money.ZERO);
                }
                Parcel after = before.change(now).status(ParcelStatus.DELIVERED).deliveredTo(to, cod).done();
                return apply(who, before, after, ParcelEventType.DELIVERED, "parcel.deliver", run.id(), null,
                        cleanNote == null ? to : to + ": " + cleanNote);
            }
            Parcel after = before.change(now).status(ParcelStatus.WAITING).done();
            return apply(who, before, after, ParcelEventType.BACK_FROM_RUN, "parcel.run.back", run.id(), null,
                    outcome.name() + (cleanNote == null ? "" : ": " + cleanNote));
        });
    }

    /** Closes a run that is back; parcels with no outcome recorded go back to their slot, waiting. */
    public VillageRun closeRun(UUID runId) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            VillageRun before = openRun(runId);
            for (RunItem item : runs.items(runId)) {
                if (item.outcome() != null) {
                    continue;
                }
                Parcel p = parcels.findById(item.parcelId()).orElseThrow();
                if (p.status() == ParcelStatus.OUT_ON_RUN && runId.equals(p.runId())) {
                    apply(who, p, p.change(now).status(ParcelStatus.WAITING).done(), ParcelEventType.BACK_FROM_RUN,
                            "parcel.run.back", runId, null, "no outcome");
                }
            }
            VillageRun after = before.closed(now);
            if (!runs.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("parcel.run.close", "village_run", after.id(), after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    public VillageRun run(UUID runId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> runs.findById(runId).orElseThrow(() -> new NotFoundException("error.parcel.runNotFound")));
    }

    public List<RunItem> runItems(UUID runId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> runs.items(runId));
    }

    public List<VillageRun> runsOn(LocalDate date) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> runs.findByDate(date));
    }

    private VillageRun openRun(UUID runId) {
        VillageRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("error.parcel.runNotFound"));
        if (!run.isOpen()) {
            throw new ConflictException("error.parcel.runClosed");
        }
        return run;
    }

    // ---------------------------------------------------------------- ageing and return

    /** Waiting parcels at least the reminder days old and not reminded yet, oldest first. */
    public List<ParcelLine> toRemind() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            ParcelSettings s = loadSettings();
            LocalDate cutoff = LocalDate.ofInstant(ctx.clock().instant(), zone()).minusDays(s.remindDays());
            return lines(parcels.findWaitingReceivedOnOrBefore(cutoff).stream()
                    .filter(p -> p.remindedAt() == null).toList());
        });
    }

    public int recordReminded(List<UUID> parcelIds, String how) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        String channel = TextRules.clean(how);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            int n = 0;
            for (UUID id : parcelIds) {
                Parcel before = parcels.findById(id).orElseThrow(() -> new NotFoundException("error.parcel.notFound"));
                if (before.isWaiting()) {
                    apply(who, before, before.change(now).reminded().done(), ParcelEventType.REMINDED,
                            "parcel.remind", null, null, channel);
                    n++;
                }
            }
            return n;
        });
    }

    /** Waiting parcels past the return days, per carrier: what a manager may send back. */
    public Map<Carrier, List<ParcelLine>> returnProposals() {
        ctx.session().require(Permission.CORRECTIONS);
        return ctx.tx().read(() -> {
            ParcelSettings s = loadSettings();
            LocalDate cutoff = LocalDate.ofInstant(ctx.clock().instant(), zone()).minusDays(s.returnDays());
            Map<Carrier, List<ParcelLine>> byCarrier = new EnumMap<>(Carrier.class);
            for (ParcelLine line : lines(parcels.findWaitingReceivedOnOrBefore(cutoff))) {
                byCarrier.computeIfAbsent(line.parcel().carrier(), c -> new ArrayList<>()).add(line);
            }
            return byCarrier;
        });
    }

    /**
     * Hands waiting parcels back to their carrier: one return list for the carrier, each parcel
     * RETURNED. Every parcel must be waiting and belong to that carrier.
     */
    public CarrierReturn confirmReturn(Carrier carrier, List<UUID> parcelIds) {
        Actor who = ctx.session().require(Permission.CORRECTIONS);
        if (carrier == null || carrier == Carrier.UNKNOWN) {
            throw new InvalidInputException("error.parcel.chooseCarrier");
        }
        if (parcelIds == null || parcelIds.isEmpty()) {
            throw new InvalidInputException("error.parcel.nothingSelected");
        }
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            List<Parcel> list = waitingParcels(parcelIds);
            for (Parcel p : list) {
                if (p.carrier() != carrier) {
                    throw new InvalidInputException("error.parcel.otherCarrier", p.tracking().value(),
                            p.carrier().chineseName(), carrier.chineseName());
                }
            }
            CarrierReturn r = new CarrierReturn(UUID.randomUUID(), carrier, now, who.username(),
                    list.stream().map(Parcel::id).toList(), 1);
            parcels.insertReturn(r);
            ctx.changes().record("parcel.return", "parcel_return", r.id(), r.version(), Operation.CREATE, null,
                    r.snapshot(), true);
            for (Parcel before : list) {
                apply(who, before, before.change(now).status(ParcelStatus.RETURNED).returned(r.id()).done(),
                        ParcelEventType.RETURNED, "parcel.returned", null, null, carrier.name());
            }
            return r;
        });
    }

    /** The parcels of one return to the carrier, for the list the driver signs. */
    public List<Parcel> returnList(UUID returnId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            parcels.findReturn(returnId).orElseThrow(() -> new NotFoundException("error.parcel.returnNotFound"));
            return parcels.findByReturn(returnId);
        });
    }

    // ---------------------------------------------------------------- reconciliation

    /**
     * The parcels of one carrier checked in on {@code date} (station's day) against the
     * carrier's manifest: what is missing and what is extra.
     */
    public Reconciliation reconcile(LocalDate date, Carrier carrier, Manifest manifest) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (carrier == null || carrier == Carrier.UNKNOWN) {
            throw new InvalidInputException("error.parcel.chooseCarrier");
        }
        return ctx.tx().read(() -> {
            List<TrackingNumber> received = parcels.findReceivedOn(date, carrier).stream()
                    .map(Parcel::tracking).distinct().toList();
            if (manifest.isCountOnly()) {
                return new Reconciliation(date, carrier, received.size(), manifest.size(), List.of(), List.of());
            }
            Set<TrackingNumber> got = new HashSet<>(received);
            Set<TrackingNumber> listed = new HashSet<>(manifest.trackingNumbers());
            List<TrackingNumber> missing = manifest.trackingNumbers().stream().filter(t -> !got.contains(t)).toList();
            List<TrackingNumber> extra = received.stream().filter(t -> !listed.contains(t)).toList();
            return new Reconciliation(date, carrier, received.size(), manifest.size(), missing, extra);
        });
    }

    // ---------------------------------------------------------------- drop-off

    /** Records a parcel a villager sends out, with the fee taken at the counter. */
    public DropOff dropOff(DropOffRequest r) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (r == null) {
            throw new InvalidInputException("error.parcel.dropOffRecipient");
        }
        TrackingNumber tracking = TrackingNumber.parse(r.trackingNumber());
        Carrier carrier = r.carrier() != null && r.carrier() != Carrier.UNKNOWN ? r.carrier()
                : CarrierRules.recognise(tracking).carrier();
        if (carrier == null || carrier == Carrier.UNKNOWN) {
            throw new InvalidInputException("error.parcel.dropOffCarrier", tracking.value());
        }
        if (r.recipientName() == null || r.recipientName().isBlank()) {
            throw new InvalidInputException("error.parcel.dropOffRecipient");
        }
        Instant now = ctx.clock().instant();
        DropOff d = new DropOff(UUID.randomUUID(), r.senderId(), new PersonName(r.recipientName()),
                PhoneNumber.parseOptional(r.recipientPhone()), r.address(), carrier, tracking, r.fee(), now,
                who.username(), 1);
        return ctx.tx().inTransaction(() -> {
            if (r.senderId() != null && villagers.findById(r.senderId()).isEmpty()) {
                throw new NotFoundException("error.villager.notFound");
            }
            if (dropOffs.findByTracking(carrier, tracking).isPresent()) {
                throw new ConflictException("error.parcel.dropOffExists", tracking.value());
            }
            dropOffs.insert(d);
            ctx.changes().record("parcel.dropoff", "parcel_dropoff", d.id(), d.version(), Operation.CREATE, null,
                    d.snapshot(), true);
            if (links.cash() != null && d.fee() != null && d.fee().fen() > 0) {
                links.cash().record(CashMovementKind.PARCEL_FEE, d.fee(), null, "parcel_dropoff", d.id());
            }
            return d;
        });
    }

    public List<DropOff> dropOffsOf(UUID villagerId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> dropOffs.findBySender(villagerId));
    }

    // ---------------------------------------------------------------- settings

    public ParcelSettings settings() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(this::loadSettings);
    }

    /** Changes the shelf layout and the reminder and return days. */
    public ParcelSettings updateSettings(String shelves, int remindDays, int returnDays) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        ShelfLayout layout = ShelfLayout.parse(shelves);
        return saveSettings(current -> new ParcelSettings(layout, remindDays, returnDays, current.fee(),
                current.version() + 1));
    }

    /** Changes the storage fee rule; {@link StorageFeeRule#NONE} switches the fee off. */
    public ParcelSettings updateFeeRule(StorageFeeRule rule) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        StorageFeeRule checked = rule == null ? StorageFeeRule.NONE : rule;
        return saveSettings(current -> new ParcelSettings(current.shelves(), current.remindDays(),
                current.returnDays(), checked, current.version() + 1));
    }

    private ParcelSettings saveSettings(java.util.function.UnaryOperator<ParcelSettings> edit) {
        return ctx.tx().inTransaction(() -> {
            ParcelSettings before = loadSettings();
            ParcelSettings after = edit.apply(before);
            stations.putSetting(KEY_SHELVES, after.shelves().text());
            stations.putSetting(KEY_REMIND_DAYS, Integer.toString(after.remindDays()));
            stations.putSetting(KEY_RETURN_DAYS, Integer.toString(after.returnDays()));
            stations.putSetting(KEY_FEE_FREE_DAYS, Integer.toString(after.fee().freeDays()));
            stations.putSetting(KEY_FEE_PER_DAY, Long.toString(after.fee().perDay().fen()));
            stations.putSetting(KEY_FEE_CAP, Long.toString(after.fee().cap().fen()));
            stations.putSetting(KEY_SETTINGS_VERSION, Long.toString(after.version()));
            ctx.changes().record("parcel.settings", "parcel_settings", settingsId(), after.version(),
                    before.version() == 0 ? Operation.CREATE : Operation.UPDATE,
                    before.version() == 0 ? null : before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    private UUID settingsId() {
        String code = stations.find().map(s -> s.code().value()).orElse("UNSET");
        return UUID.nameUUIDFromBytes(("parcel-settings:" + code).getBytes(StandardCharsets.UTF_8));
    }

    private ParcelSettings loadSettings() {
        long version = stations.setting(KEY_SETTINGS_VERSION).map(Long::parseLong).orElse(0L);
        if (version == 0) {
            return ParcelSettings.DEFAULTS;
        }
        ShelfLayout shelves = ShelfLayout.parse(stations.setting(KEY_SHELVES).orElse(ShelfLayout.DEFAULT_TEXT));
        StorageFeeRule fee = new StorageFeeRule(intSetting(KEY_FEE_FREE_DAYS, 0),
                Money.ofFen(longSetting(KEY_FEE_PER_DAY)), Money.ofFen(longSetting(KEY_FEE_CAP)));
        return new ParcelSettings(shelves, intSetting(KEY_REMIND_DAYS, ParcelSettings.DEFAULT_REMIND_DAYS),
                intSetting(KEY_RETURN_DAYS, ParcelSettings.DEFAULT_RETURN_DAYS), fee, version);
    }

    private int intSetting(String key, int fallback) {
        return stations.setting(key).map(Integer::parseInt).orElse(fallback);
    }

    private long longSetting(String key) {
        return stations.setting(key).map(Long::parseLong).orElse(0L);
    }

    private ZoneId zone() {
        return stations.find().map(Station::zone).orElse(Station.DEFAULT_ZONE);
    }

    // ---------------------------------------------------------------- the one way a parcel changes

    private Parcel open(UUID parcelId, long expectedVersion) {
        Parcel p = parcels.findById(parcelId).orElseThrow(() -> new NotFoundException("error.parcel.notFound"));
        if (p.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        if (!p.status().isOpen()) {
            throw new ConflictException("error.parcel.notWaiting", p.tracking().value(),
                    statusName(p.status()));
        }
        return p;
    }

    /** Writes the parcel's next version, its event, and its audit and outbox rows. */
    private Parcel apply(Actor who, Parcel before, Parcel after, ParcelEventType type, String action, UUID runId,
                         UUID handoverId, String detail) {
        if (!parcels.update(after)) {
            throw new ConflictException("error.changedMeanwhile");
        }
        ParcelEvent e = event(who, after, type, after.updatedAt(), runId, handoverId, detail);
        ctx.changes().record(action, "parcel", after.id(), after.version(), Operation.UPDATE, before.snapshot(),
                withEvent(after, e), true);
        return after;
    }

    private ParcelEvent event(Actor who, Parcel p, ParcelEventType type, Instant at, UUID runId, UUID handoverId,
                              String detail) {
        ParcelEvent e = new ParcelEvent(UUID.randomUUID(), p.id(), type, at, who.staffId(), who.username(), runId,
                handoverId, detail);
        parcels.insertEvent(e);
        return e;
    }

    /** The parcel's snapshot with the event that made it: the hub rebuilds the event rows from it. */
    private static Map<String, Object> withEvent(Parcel p, ParcelEvent e) {
        Map<String, Object> m = p.snapshot();
        m.put("event", e.snapshot());
        return m;
    }
}
