package org.skyroad.station.ui;

import java.nio.file.Path;
import java.util.UUID;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StationSetup;

/** A real station on a temporary H2 file, set up and ready, for view-model and screen tests. */
public final class UiFixtures {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "secret123";

    private UiFixtures() {
    }

    public static StationRuntime newStation(Path dir) {
        Messages.setLocale(java.util.Locale.ENGLISH);
        return StationRuntime.open(dir.resolve("station"));
    }

    public static StationRuntime setUpStation(Path dir) {
        StationRuntime rt = newStation(dir);
        rt.setup().initialize(new StationSetup.Request("TS-003", "Daxiong Village Service Point", "village",
                "NGA-HUB", ADMIN, "Admin Dawa", PASSWORD.toCharArray(), "en"));
        return rt;
    }

    /** Signs in as the station itself (an admin) without a password hash. */
    public static void signInAsSystem(StationRuntime rt) {
        rt.session().signIn(Actor.system("test"));
    }

    public static Actor operator() {
        return new Actor(UUID.randomUUID(), "op", "Operator One", Role.OPERATOR);
    }

    public static Village village(StationRuntime rt, String name) {
        return rt.villagers().addVillage(name);
    }

    public static Villager villager(StationRuntime rt, String name, String phone, Village village, String idTail) {
        return rt.villagers().create(new VillagerDraft(name, phone, village == null ? null : village.id(), idTail,
                null, null, true, false), true);
    }
}
