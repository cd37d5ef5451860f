package org.skyroad.station.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.service.StationSetup;

/** A real station on a real H2 file in a temp folder, set up and ready for tests. */
public final class TestStation {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "secret-123";

    private TestStation() {
    }

    public static StationRuntime open(Path dir) {
        return StationRuntime.open(dir.resolve("station"));
    }

    public static StationRuntime open(Path dir, Clock clock) {
        return StationRuntime.open(dir.resolve("station"), clock);
    }

    /** Opens and sets up station TS-003 with an admin, and signs the admin in. */
    public static StationRuntime initialized(Path dir) {
        return initialized(dir, Clock.systemUTC());
    }

    public static StationRuntime initialized(Path dir, Clock clock) {
        StationRuntime rt = open(dir, clock);
        rt.setup().initialize(new StationSetup.Request("TS-003", "达雄村服务点", "village", "NGA-HUB",
                ADMIN, "Admin", PASSWORD.toCharArray(), "zh"));
        rt.staff().signIn(ADMIN, PASSWORD.toCharArray());
        return rt;
    }

    /** Acts as someone of the given role without a password round trip. */
    public static void actAs(StationRuntime rt, Role role) {
        rt.session().signIn(new Actor(java.util.UUID.randomUUID(), role.code() + "1", role.code(), role));
    }
}
