package org.skyroad.station.ui.goods;

import java.time.ZoneId;
import org.skyroad.station.domain.report.StationHeader;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.SessionContext;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * What every local goods screen's view-model needs, handed over in one piece by the
 * composition root: the goods desk, the villagers (villages, and finding a producer among the
 * people at the counter), the station settings (code, name and zone for printed papers), the
 * signed-in session, the executor, the saved-data signal and the printing.
 */
public record GoodsScreens(ConsignmentDesk desk, VillagerRegistry villagers, StationSettings settings,
                           SessionContext session, TaskExecutor executor, DataChanges changes, Printouts printouts) {

    public GoodsScreens {
        printouts = printouts == null ? Printouts.NONE : printouts;
        changes = changes == null ? new DataChanges() : changes;
    }

    /** The station as a printed paper names it; reads the station, so call it in background work. */
    public StationHeader header() {
        Station s = settings.station();
        return new StationHeader(s.code().value(), s.name(), null, s.zone());
    }

    /** The station's zone; reads the station, so call it in background work. */
    public ZoneId zone() {
        try {
            return settings.station().zone();
        } catch (RuntimeException e) {
            return Station.DEFAULT_ZONE;
        }
    }

    /** Who is signed in, as a printed paper names them. */
    public String staffName() {
        return session.actor().map(a -> a.displayName() == null || a.displayName().isBlank() ? a.username()
                : a.displayName()).orElse("");
    }
}
