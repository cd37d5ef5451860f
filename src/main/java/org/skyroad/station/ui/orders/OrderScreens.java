package org.skyroad.station.ui.orders;

import java.time.Clock;
import java.time.ZoneId;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.service.OrderCatalog;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.service.SessionContext;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * What every order screen's view-model needs, handed over in one piece by the composition
 * root: the order desk and catalog, the villager registry, the station (its zone and name for
 * the receipt), who is signed in (a manager may set the fee), the executor, the saved-data
 * signal, the printing, and the door from the counter to the new-order form.
 */
public record OrderScreens(OrderDesk desk, OrderCatalog catalog, VillagerRegistry villagers, StationSettings settings,
                           SessionContext session, Clock clock, TaskExecutor executor, DataChanges changes,
                           Printouts printouts, NewOrderRequests requests) {

    public OrderScreens {
        printouts = printouts == null ? Printouts.NONE : printouts;
        changes = changes == null ? new DataChanges() : changes;
        requests = requests == null ? new NewOrderRequests() : requests;
    }

    /** True when the signed-in person may set an order's service fee by hand (the service checks again). */
    public boolean mayEditFee() {
        return session.actor().map(a -> a.role().allows(Permission.CORRECTIONS)).orElse(false);
    }

    /** The station's zone; reads the station, so call it in background work. */
    public ZoneId zone() {
        try {
            return settings.station().zone();
        } catch (RuntimeException e) {
            return Station.DEFAULT_ZONE;
        }
    }
}
