package org.skyroad.station.ui.cash;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.service.CashDrawer;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.service.SessionContext;
import org.skyroad.station.service.StaffDirectory;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * What every cash screen's view-model needs, handed over in one piece by the composition
 * root: the drawer, the staff directory (a manager's co-signature), who is signed in, the
 * report desk (the close report's figures), the order desk (service fees and order numbers),
 * the station settings (its time zone), the clock, the executor, the saved-data signal and
 * the printing.
 */
public record CashScreens(CashDrawer cash, StaffDirectory staff, SessionContext session, ReportDesk reports, OrderDesk orders,
                          StationSettings settings, Clock clock, TaskExecutor executor, DataChanges changes,
                          Printouts printouts) {

    public CashScreens {
        printouts = printouts == null ? Printouts.NONE : printouts;
        changes = changes == null ? new DataChanges() : changes;
    }

    /** The station's zone; reads the station, so call it in background work. */
    public ZoneId zone() {
        try {
            return settings.station().zone();
        } catch (RuntimeException e) {
            return Station.DEFAULT_ZONE;
        }
    }

    /** The station's day today; reads the station, so call it in background work. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }
}
