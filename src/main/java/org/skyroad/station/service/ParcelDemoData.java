package org.skyroad.station.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierRules;
import org.skyroad.station.domain.parcel.ParcelDropOffRepository;
import org.skyroad.station.domain.parcel.ParcelHandoverRepository;
import org.skyroad.station.domain.parcel.ParcelRepository;
import org.skyroad.station.domain.parcel.ParcelRunRepository;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillageRepository;
import org.skyroad.station.domain.villager.VillagerRepository;

/**
 * Parcels for a demo: over the past three months, for the station's villagers, in every state
 * (waiting, notified, out on a run, picked up, by proxies too and with cash on delivery,
 * delivered on village runs, returned to the carrier, unmatched), with realistic tracking
 * numbers of each carrier (each one recognised by {@link CarrierRules}). The same seed gives
 * the same tracking numbers, labels, tags and fates (ids and pickup codes apart).
 *
 * <p>Everything goes through a {@link ParcelDesk}, so each change has its parcel event, audit
 * and outbox rows, exactly as at the counter. To make history, that desk runs on a clock of its
 * own that this class moves day by day through the three months: parcels, events, handovers
 * and runs carry their past times. The audit and outbox rows are stamped by the change log's
 * own clock (now): acceptable for demo data. The desk has no links to orders or the cash
 * drawer, so demo handovers move no cash in the drawer.
 */
public final class ParcelDemoData {

    public static final int MAX_PARCELS = 200_000;
    static final int DEMO_DAYS = 90;
    static final int CHECK_IN_BATCH = 500;

    /** What {@link #fill} made: parcels per final state, unmatched ones, handovers, runs, returns. */
    public record Result(int parcels, Map<ParcelStatus, Integer> byStatus, int unmatched, int handovers,
                         int byProxy, int runs, int returns, Duration took) {
    }

    /** What becomes of a planned parcel. */
    enum Fate { WAITING, NOTIFIED, UNMATCHED, PICKED_UP, PROXY, DELIVERED, NOT_AT_HOME, OUT_ON_RUN, RETURNED }

    /** One parcel to make: when it comes, what its label says, what becomes of it and when. */
    static final class Plan {
        final String tracking;
        final Carrier carrier;
        final LocalDate received;
        final Villager villager;
        final String labelPhone;
        final String labelName;
        final ParcelTags tags;
        Fate fate;
        LocalDate fateDay;
        UUID parcelId;

        Plan(String tracking, Carrier carrier, LocalDate received, Villager villager, String labelPhone,
             String labelName, ParcelTags tags, Fate fate, LocalDate fateDay) {
            this.tracking = tracking;
            this.carrier = carrier;
            this.received = received;
            this.villager = villager;
            this.labelPhone = labelPhone;
            this.labelName = labelName;
            this.tags = tags;
            this.fate = fate;
            this.fateDay = fateDay;
        }
    }

    private static final Carrier[] CARRIERS = {Carrier.SF, Carrier.JD, Carrier.EMS, Carrier.CHINA_POST, Carrier.YTO,
        Carrier.ZTO, Carrier.STO, Carrier.YUNDA, Carrier.JT};
    /** How often each carrier comes to a plateau station: the post and EMS most, then JD and SF. */
    private static final int[] CARRIER_WEIGHTS = {10, 14, 18, 16, 9, 10, 6, 8, 9};
    private static final String[] STRANGERS = {"王先生", "李女士", "张师傅", "陈老师", "刘经理", "Dawa", "Lhamo"};
    private static final String[] PROXIES = {"邻居 卓玛", "儿子 次仁", "女儿 央金", "村医 扎西", "村主任 多吉", "Pema (neighbour)"};
    private static final String[] DAMAGE = {"外箱破损 box torn at one corner", "外包装潮湿 box wet", "胶带重封 retaped"};
    private static final String SIGNATURE = "M 10 40 C 30 5, 50 70, 80 30 S 120 10, 140 45";

    private final ServiceContext ctx;
    private final ParcelRepository parcels;
    private final ParcelHandoverRepository handovers;
    private final ParcelRunRepository runs;
    private final ParcelDropOffRepository dropOffs;
    private final VillagerRepository villagers;
    private final VillageRepository villages;
    private final StationRepository stations;

    public ParcelDemoData(ServiceContext ctx, ParcelRepository parcels, ParcelHandoverRepository handovers,
                          ParcelRunRepository runs, ParcelDropOffRepository dropOffs, VillagerRepository villagers,
                          VillageRepository villages, StationRepository stations) {
        this.ctx = ctx;
        this.parcels = parcels;
        this.handovers = handovers;
        this.runs = runs;
        this.dropOffs = dropOffs;
        this.villagers = villagers;
        this.villages = villages;
        this.stations = stations;
    }

    /** A clock the demo moves through the past; read by the demo's own desk only. */
    private static final class MovedClock extends Clock {
        private volatile Instant now;

        MovedClock(Instant start) {
            now = start;
        }

        void set(Instant at) {
            now = at;
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

    /**
     * Adds {@code count} parcels over the past three months for the station's villagers (run
     * the villager demo first). Needs someone who may make corrections (returns to the
     * carrier). Cancelling stops after the current day; what was committed stays.
     */
    public Result fill(long seed, int count, Progress progress) {
        ctx.session().require(Permission.CORRECTIONS);
        if (count < 0 || count > MAX_PARCELS) {
            throw new InvalidInputException("cli.parcel.demoCount", MAX_PARCELS, count);
        }
        long start = System.nanoTime();
        Map<ParcelStatus, Integer> byStatus = new EnumMap<>(ParcelStatus.class);
        if (count == 0) {
            return new Result(0, byStatus, 0, 0, 0, 0, 0, Duration.ZERO);
        }
        List<Villager> people = ctx.tx().read(() -> villagers.findByName("", 2_000)).stream()
                .map(VillagerMatch::villager).toList();
        if (people.isEmpty()) {
            throw new InvalidInputException("cli.parcel.demoNoVillagers");
        }
        Station station = ctx.tx().read(stations::find).orElseThrow(
                () -> new InvalidInputException("error.station.notInitialized"));
        ZoneId zone = station.zone();
        Instant realNow = ctx.clock().instant();
        LocalDate today = LocalDate.ofInstant(realNow, zone);
        LocalDate first = today.minusDays(DEMO_DAYS);
        List<Plan> plans = plan(seed, count, people, first, today);

        MovedClock clock = new MovedClock(realNow);
        ParcelDesk desk = new ParcelDesk(new ServiceContext(ctx.tx(), ctx.changes(), ctx.session(), clock), parcels,
                handovers, runs, dropOffs, villagers, villages, stations, new Random(seed ^ 0x5DEECE66DL),
                ParcelLinks.NONE);
        Counts counts = new Counts();
        long days = DEMO_DAYS + 1;
        long done = 0;
        for (LocalDate d = first; !d.isAfter(today) && !progress.isCancelled(); d = d.plusDays(1)) {
            LocalDate day = d;
            Instant morning = at(day, 10, zone, realNow);
            checkIn(desk, clock, morning, plans.stream().filter(p -> p.received.equals(day)).toList(), counts);
            clock.set(at(day, 12, zone, realNow));
            notifyDue(desk, plans, day);
            clock.set(at(day, 15, zone, realNow));
            handOverDue(desk, clock, plans, day, counts);
            clock.set(at(day, 9, zone, realNow).plusSeconds(3600 * 4 + 1800));
            runsDue(desk, clock, plans, day, today, zone, realNow, counts);
            clock.set(at(day, 17, zone, realNow));
            returnsDue(desk, plans, day, counts);
            progress.update(++done, days, "parcels");
        }
        for (Plan p : plans) {
            if (p.parcelId != null) {
                byStatus.merge(finalStatus(p.fate), 1, Integer::sum);
            }
        }
        int made = (int) plans.stream().filter(p -> p.parcelId != null).count();
        return new Result(made, byStatus, counts.unmatched, counts.handovers, counts.proxies, counts.runs,
                counts.returns, Duration.ofNanos(System.nanoTime() - start));
    }

    private static final class Counts {
        int unmatched;
        int handovers;
        int proxies;
        int runs;
        int returns;
    }

    /** {@code hour} on {@code day} in the station's zone, never after now. */
    private static Instant at(LocalDate day, int hour, ZoneId zone, Instant now) {
        Instant t = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
        return t.isAfter(now) ? now : t;
    }

    private static ParcelStatus finalStatus(Fate f) {
        return switch (f) {
            case WAITING, NOTIFIED, UNMATCHED, NOT_AT_HOME -> ParcelStatus.WAITING;
            case PICKED_UP, PROXY -> ParcelStatus.PICKED_UP;
            case DELIVERED -> ParcelStatus.DELIVERED;
            case OUT_ON_RUN -> ParcelStatus.OUT_ON_RUN;
            case RETURNED -> ParcelStatus.RETURNED;
        };
    }

    // ---------------------------------------------------------------- the plan

    /** Decides every parcel up front from the seed alone, so the same seed makes the same parcels. */
    static List<Plan> plan(long seed, int count, List<Villager> people, LocalDate first, LocalDate today) {
        // Numbers from their own stream: the same seed gives the same numbers whatever the villagers are.
        Random numbersRandom = new Random(seed);
        Random r = new Random(seed * 31 + 7);
        List<Plan> plans = new ArrayList<>(count);
        Set<String> numbers = new HashSet<>();
        // The first parcels take each fate once, so even a small demo shows every state.
        Fate[] forced = Fate.values();
        int[] forcedAge = {0, 2, 1, 30, 20, 12, 9, 0, 40};
        for (int i = 0; i < count; i++) {
            Carrier carrier = carrier(numbersRandom);
            String tracking = trackingNumber(numbersRandom, carrier, numbers);
            int age;
            Fate fate;
            if (i < forced.length) {
                fate = forced[i];
                age = forcedAge[i];
            } else {
                age = r.nextInt(DEMO_DAYS + 1);
                fate = fate(r, age);
            }
            LocalDate received = today.minusDays(age);
            if (received.isBefore(first)) {
                received = first;
            }
            Villager v = people.get(r.nextInt(people.size()));
            String labelPhone;
            String labelName;
            if (fate == Fate.UNMATCHED) {
                v = null;
                labelPhone = "170" + String.format("%08d", r.nextInt(100_000_000));
                labelName = STRANGERS[r.nextInt(STRANGERS.length)];
            } else if (v.phone() != null) {
                int how = r.nextInt(100);
                labelPhone = how < 55 ? v.phone().digits() : v.phone().tail();
                labelName = how < 55 || how >= 85 ? v.name().value() : null;
            } else {
                labelPhone = null;
                labelName = v.name().value();
            }
            LocalDate fateDay = fateDay(r, fate, received, today);
            ParcelTags tags = tags(r);
            if (i == Fate.PICKED_UP.ordinal()) {
                tags = new ParcelTags(false, false, false, false, Money.ofFen(35_00), false, null);
            } else if (i == Fate.PROXY.ordinal()) {
                tags = new ParcelTags(true, false, false, true, null, false, null);
            }
            plans.add(new Plan(tracking, carrier, received, v, labelPhone, labelName, tags, fate, fateDay));
        }
        plans.sort(java.util.Comparator.comparing(p -> p.received));
        return plans;
    }

    private static Fate fate(Random r, int age) {
        int roll = r.nextInt(100);
        if (roll < 4) {
            return Fate.UNMATCHED;
        }
        if (age <= 1) {
            return roll < 60 ? Fate.WAITING : Fate.NOTIFIED;
        }
        if (age > 16 && roll < 10) {
            return Fate.RETURNED;
        }
        if (roll < 16) {
            return roll < 12 ? Fate.NOTIFIED : Fate.WAITING;
        }
        if (roll < 27) {
            return Fate.PROXY;
        }
        if (roll < 38) {
            return Fate.DELIVERED;
        }
        if (roll < 41) {
            return Fate.NOT_AT_HOME;
        }
        return Fate.PICKED_UP;
    }

    private static LocalDate fateDay(Random r, Fate fate, LocalDate received, LocalDate today) {
        LocalDate d = switch (fate) {
            case WAITING, UNMATCHED, OUT_ON_RUN -> today;
            case NOTIFIED -> received.plusDays(r.nextInt(2));
            case RETURNED -> received.plusDays(15 + r.nextInt(5));
            default -> received.plusDays(1 + r.nextInt(6));
        };
        return d.isAfter(today) ? today : d;
    }

    private static Carrier carrier(Random r) {
        int total = 0;
        for (int w : CARRIER_WEIGHTS) {
            total += w;
        }
        int roll = r.nextInt(total);
        for (int i = 0; i < CARRIERS.length; i++) {
            roll -= CARRIER_WEIGHTS[i];
            if (roll < 0) {
                return CARRIERS[i];
            }
        }
        return Carrier.EMS;
    }

    /** A number in the shape the carrier prints, that {@link CarrierRules} recognises as that carrier. */
    static String trackingNumber(Random r, Carrier c, Set<String> taken) {
        while (true) {
            String n = switch (c) {
                case SF -> "SF" + digits(r, 13);
                case JD -> "JDV" + (char) ('A' + r.nextInt(26)) + digits(r, 11);
                case JT -> "JT" + digits(r, 13);
                case YTO -> "YT" + digits(r, 13);
                case EMS -> r.nextBoolean() ? "E" + (char) ('A' + r.nextInt(26)) + digits(r, 9) + "CN"
                        : "11" + digits(r, 11);
                case CHINA_POST -> r.nextBoolean() ? "9" + digits(r, 12)
                        : "RR" + digits(r, 9) + "CN";
                case ZTO -> "7" + "3568".charAt(r.nextInt(4)) + digits(r, 12);
                case STO -> r.nextBoolean() ? "88" + digits(r, 11) : "772" + digits(r, 12);
                case YUNDA -> (r.nextBoolean() ? "43" : "46") + digits(r, 11);
                default -> "SF" + digits(r, 13);
            };
            if (CarrierRules.recognise(TrackingNumber.parse(n)).carrier() == c && taken.add(n)) {
                return n;
            }
        }
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private static ParcelTags tags(Random r) {
        int roll = r.nextInt(100);
        boolean damaged = r.nextInt(100) < 2;
        Money cod = r.nextInt(100) < 8 ? Money.ofFen((20 + r.nextInt(280)) * 100L + (r.nextBoolean() ? 50 : 0)) : null;
        return new ParcelTags(roll < 8, roll >= 90 && roll < 95, r.nextInt(100) < 7, r.nextInt(100) < 5, cod, damaged,
                damaged ? DAMAGE[r.nextInt(DAMAGE.length)] : null);
    }

    // ---------------------------------------------------------------- the days

    private void checkIn(ParcelDesk desk, MovedClock clock, Instant morning, List<Plan> arriving, Counts counts) {
        // Each carrier drops its box in turn through the morning.
        Map<Carrier, List<Plan>> byCarrier = new LinkedHashMap<>();
        for (Plan p : arriving) {
            byCarrier.computeIfAbsent(p.carrier, c -> new ArrayList<>()).add(p);
        }
        Instant t = morning;
        for (List<Plan> box : byCarrier.values()) {
            for (int from = 0; from < box.size(); from += CHECK_IN_BATCH) {
                List<Plan> part = box.subList(from, Math.min(box.size(), from + CHECK_IN_BATCH));
                clock.set(t);
                List<ParcelDesk.CheckInResult> results = desk.checkInAll(part.stream()
                        .map(p -> new ParcelDesk.CheckIn(p.tracking, p.carrier, p.labelPhone, p.labelName, null, p.tags))
                        .toList());
                for (int i = 0; i < part.size(); i++) {
                    Plan p = part.get(i);
                    ParcelDesk.CheckInResult res = results.get(i);
                    p.parcelId = res.parcel().id();
                    if (!res.match().isMatched()) {
                        p.fate = Fate.UNMATCHED;   // an ambiguous label stays on the list to sort
                        counts.unmatched++;
                    }
                }
            }
            t = t.plusSeconds(7 * 60);
        }
    }

    private void notifyDue(ParcelDesk desk, List<Plan> plans, LocalDate day) {
        List<UUID> ids = new ArrayList<>();
        for (Plan p : plans) {
            if (p.parcelId != null && p.fate == Fate.NOTIFIED && p.fateDay.equals(day)) {
                ids.add(p.parcelId);
            }
        }
        if (!ids.isEmpty()) {
            desk.recordNotified(ids, "notice");
        }
    }

    private void handOverDue(ParcelDesk desk, MovedClock clock, List<Plan> plans, LocalDate day, Counts counts) {
        Map<UUID, List<Plan>> byPerson = new LinkedHashMap<>();
        for (Plan p : plans) {
            if (p.parcelId != null && (p.fate == Fate.PICKED_UP || p.fate == Fate.PROXY) && p.fateDay.equals(day)) {
                byPerson.computeIfAbsent(p.villager.id(), k -> new ArrayList<>()).add(p);
            }
        }
        Instant t = clock.instant();
        for (List<Plan> mine : byPerson.values()) {
            boolean proxy = mine.stream().anyMatch(p -> p.fate == Fate.PROXY);
            List<UUID> ids = mine.stream().map(p -> p.parcelId).toList();
            ParcelDesk.HandoverQuote quote = desk.quote(ids);
            String proxyName = proxy ? PROXIES[Math.floorMod(ids.get(0).hashCode(), PROXIES.length)] : null;
            desk.handOver(new ParcelDesk.HandoverRequest(ids, mine.get(0).villager.id(), proxyName, null,
                    quote.signatureRequired() ? SIGNATURE : null, quote.total()));
            counts.handovers++;
            if (proxy) {
                counts.proxies++;
            }
            t = t.plusSeconds(90);
            clock.set(t);
        }
    }

    private void runsDue(ParcelDesk desk, MovedClock clock, List<Plan> plans, LocalDate day, LocalDate today,
                         ZoneId zone, Instant realNow, Counts counts) {
        // Runs that came back (delivered or not at home), then today's runs still out.
        Map<UUID, List<Plan>> back = new LinkedHashMap<>();
        Map<UUID, List<Plan>> out = new LinkedHashMap<>();
        UUID noVillage = new UUID(0, 0);
        for (Plan p : plans) {
            if (p.parcelId == null || !p.fateDay.equals(day)) {
                continue;
            }
            UUID v = p.villager == null || p.villager.villageId() == null ? noVillage : p.villager.villageId();
            if (p.fate == Fate.DELIVERED || p.fate == Fate.NOT_AT_HOME) {
                back.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
            } else if (p.fate == Fate.OUT_ON_RUN && day.equals(today)) {
                out.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
            }
        }
        Instant leaving = clock.instant();
        for (Map.Entry<UUID, List<Plan>> e : back.entrySet()) {
            clock.set(leaving);
            VillageRun run = startRun(desk, e.getKey(), noVillage, day, e.getValue());
            counts.runs++;
            clock.set(at(day, 18, zone, realNow));
            for (Plan p : e.getValue()) {
                if (p.fate == Fate.DELIVERED) {
                    desk.recordOutcome(run.id(), p.parcelId, RunOutcome.DELIVERED, p.villager.name().value(), null,
                            p.tags.cashOnDelivery());
                } else {
                    desk.recordOutcome(run.id(), p.parcelId, RunOutcome.NOT_AT_HOME, null, "家里没人 nobody home", null);
                }
            }
            desk.closeRun(run.id());
        }
        for (Map.Entry<UUID, List<Plan>> e : out.entrySet()) {
            clock.set(leaving);
            startRun(desk, e.getKey(), noVillage, day, e.getValue());
            counts.runs++;
        }
    }

    private static VillageRun startRun(ParcelDesk desk, UUID village, UUID noVillage, LocalDate day, List<Plan> load) {
        UUID villageId = village.equals(noVillage) ? null : village;
        VillageRun run = desk.createRun(villageId, villageId == null ? "北线 north road" : null, day);
        for (Plan p : load) {
            desk.addToRun(run.id(), p.tracking);
        }
        return run;
    }

    private void returnsDue(ParcelDesk desk, List<Plan> plans, LocalDate day, Counts counts) {
        Map<Carrier, List<UUID>> byCarrier = new EnumMap<>(Carrier.class);
        for (Plan p : plans) {
            if (p.parcelId != null && p.fate == Fate.RETURNED && p.fateDay.equals(day)) {
                byCarrier.computeIfAbsent(p.carrier, c -> new ArrayList<>()).add(p.parcelId);
            }
        }
        byCarrier.forEach((carrier, ids) -> {
            desk.confirmReturn(carrier, ids);
            counts.returns++;
        });
    }
}
