package org.skyroad.station.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.domain.staff.StaffRepository;
import org.skyroad.station.domain.staff.Username;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.station.StationRepository;

/** First start: the station's identity and its first admin, in one transaction. */
public final class StationSetup {

    /** What the setup screen or {@code skyroad init} collects. */
    public record Request(String stationCode, String stationName, String level, String hubCode,
                          String adminUsername, String adminDisplayName, char[] password,
                          String language) {
    }

    private final ServiceContext ctx;
    private final StationRepository stations;
    private final StaffRepository staff;
    private final PasswordHasher hasher;

    public StationSetup(ServiceContext ctx, StationRepository stations, StaffRepository staff,
                        PasswordHasher hasher) {
        this.ctx = ctx;
        this.stations = stations;
        this.staff = staff;
        this.hasher = hasher;
    }

    public boolean isInitialized() {
        return ctx.tx().read(() -> stations.find().isPresent());
    }

    /**
     * Checks everything before writing anything: a wrong station code, an empty name or a
     * short password leaves the database as it was.
     */
    public Station initialize(Request request) {
        StationCode code = StationCode.parse(request.stationCode());
        StationLevel level = StationLevel.parse(request.level());
        StationCode hub = request.hubCode() == null || request.hubCode().isBlank()
                ? null : StationCode.parse(request.hubCode());
        Username username = Username.parse(request.adminUsername());
        String displayName = StaffMember.checkDisplayName(
                request.adminDisplayName() == null || request.adminDisplayName().isBlank()
                        ? username.value() : request.adminDisplayName());
        Instant now = ctx.clock().instant();
        Station station = new Station(code, request.stationName(), level, hub, ZoneId.of("Asia/Shanghai"),
                request.language() == null ? "zh" : request.language(), now, 1);
        String hash = hasher.hash(request.password());
        return ctx.tx().inTransaction(() -> {
            if (stations.find().isPresent()) {
                throw new ConflictException("error.setup.alreadyInitialized");
            }
            stations.insert(station);
            StaffMember admin = new StaffMember(UUID.randomUUID(), username, displayName, Role.ADMIN,
                    hash, true, 0, null, now, now, 1);
            staff.insert(admin);
            ctx.changes().record("station.init", "station", stationUuid(code), 1, Operation.CREATE,
                    null, station.snapshot(), true);
            ctx.changes().record("staff.create", "staff", admin.id(), 1, Operation.CREATE,
                    null, admin.snapshot(), true);
            return station;
        });
    }

    /** The station record's id in the outbox: stable and the same at the hub. */
    public static UUID stationUuid(StationCode code) {
        return UUID.nameUUIDFromBytes(("station:" + code.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
