package org.skyroad.station.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;

/**
 * The demo station as the app makes it on first start (villagers, parcels, orders, local goods
 * over the last months), small enough for a test, on a fixed "now" so last month has data.
 */
final class ReportsUiStation {

    /** 2026-11-20 10:00 in Lhasa: last month is October 2026. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private ReportsUiStation() {
    }

    static StationRuntime demo(Path dir) {
        StationRuntime rt = StationRuntime.open(dir.resolve("station"), Clock.fixed(NOW, ZoneOffset.UTC));
        rt.session().signIn(Actor.system("demo"));
        rt.demo().fill(42, 80, Progress.NONE);
        rt.parcelDemo().fill(42, 120, Progress.NONE);
        rt.orderDemo().fill(42, 50, Progress.NONE);
        rt.goodsDemo().fill(42, 20, Progress.NONE);
        rt.session().signOut();
        return rt;
    }
}
