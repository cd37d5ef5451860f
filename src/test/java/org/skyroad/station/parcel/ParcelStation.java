package org.skyroad.station.parcel;

import org.skyroad.station.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.persistence.JdbcParcelDropOffRepository;
import org.skyroad.station.persistence.JdbcParcelHandoverRepository;
import org.skyroad.station.persistence.JdbcParcelRepository;
import org.skyroad.station.persistence.JdbcParcelRunRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillageRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.service.ServiceContext;

/**
 * A real station in a temp folder with the parcel desk wired the way StationRuntime will wire
 * it, a clock the test moves, and one signed-in person whose role the test chooses.
 */
final class ParcelStation implements AutoCloseable {

    /** 2025-07-01 10:00 in Lhasa (UTC+8). */
    static final Instant START = Instant.parse("2025-07-01T02:00:00Z");

    final MutableClock clock;
    final StationRuntime rt;
    final Jdbc jdbc;
    final ServiceContext ctx;
    final ParcelDesk desk;
    final Village village;
    final Village otherVillage;

    private ParcelStation(Path dir, RandomGenerator codes) {
        clock = new MutableClock(START);
        rt = StationRuntime.open(dir.resolve("station"), clock);
        jdbc = rt.database().jdbc();
        var stationRepo = new JdbcStationRepository(jdbc);
        // The station row alone: setting up an admin would hash a password (slow) for nothing here.
        rt.database().transactions().inTransaction(() -> stationRepo.insert(new Station(StationCode.parse("TS-003"),
                "达雄村服务点", StationLevel.VILLAGE, StationCode.parse("NGA-HUB"), ZoneId.of("Asia/Shanghai"), "zh",
                START, 1)));
        ctx = rt.serviceContext();
        var parcels = new JdbcParcelRepository(jdbc);
        var handovers = new JdbcParcelHandoverRepository(jdbc);
        var runs = new JdbcParcelRunRepository(jdbc);
        var dropOffs = new JdbcParcelDropOffRepository(jdbc);
        var villagers = new JdbcVillagerRepository(jdbc);
        var villages = new JdbcVillageRepository(jdbc);
        desk = codes == null
                ? new ParcelDesk(ctx, parcels, handovers, runs, dropOffs, villagers, villages, stationRepo)
                : new ParcelDesk(ctx, parcels, handovers, runs, dropOffs, villagers, villages, stationRepo, codes);
        as(Role.ADMIN);
        village = rt.villagers().addVillage("达雄村");
        otherVillage = rt.villagers().addVillage("江让村");
        as(Role.OPERATOR);
    }

    static ParcelStation open(Path dir) {
        return new ParcelStation(dir, null);
    }

    static ParcelStation open(Path dir, RandomGenerator codes) {
        return new ParcelStation(dir, codes);
    }

    /** Signs in a person with this role (a new one each time, like a change of shift). */
    ParcelStation as(Role role) {
        String name = role.code();
        rt.session().signIn(new Actor(UUID.randomUUID(), name, name, role));
        return this;
    }

    Villager villager(String name, String phone, Village in, boolean consentPickup) {
        Actor before = rt.session().actor().orElseThrow();
        as(Role.ADMIN);
        try {
            return rt.villagers().create(new VillagerDraft(name, phone, in == null ? null : in.id(), null, null, null,
                    consentPickup, true), true);
        } finally {
            rt.session().signIn(before);
        }
    }

    long count(String sql, Object... params) {
        return ctx.tx().read(() -> jdbc.queryLong(sql, params));
    }

    long auditRows(String action) {
        return count("SELECT COUNT(*) FROM audit_log WHERE action = ?", action);
    }

    long outboxRows(String entity) {
        return count("SELECT COUNT(*) FROM outbox WHERE entity = ?", entity);
    }

    @Override
    public void close() {
        rt.close();
    }
}
