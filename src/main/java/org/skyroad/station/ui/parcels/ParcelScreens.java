package org.skyroad.station.ui.parcels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * What every parcel screen's view-model needs, handed over in one piece by the composition
 * root: the parcel desk, the villager registry (finding people by name, the villages), the
 * station settings (its time zone), the clock, the executor, the saved-data signal and the
 * printing.
 */
public record ParcelScreens(ParcelDesk desk, VillagerRegistry villagers, StationSettings settings, Clock clock,
                            TaskExecutor executor, DataChanges changes, ParcelPrinting printing) {

    public ParcelScreens {
        printing = printing == null ? ParcelPrinting.NONE : printing;
        changes = changes == null ? new DataChanges() : changes;
    }

    /** The station's day today; reads the station, so call it in background work. */
    public LocalDate today() {
        ZoneId zone;
        try {
            zone = settings.station().zone();
        } catch (RuntimeException e) {
            zone = Station.DEFAULT_ZONE;
        }
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
