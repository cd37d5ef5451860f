package org.skyroad.station.ui.reports;

import java.time.Clock;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.printing.PrinterAccess;

/**
 * What the reports area needs, handed over in one piece by the composition root: the report
 * desk, the station settings (zone, hub or not, this computer's printers), the clock, the
 * executor, the printing, the printers this computer knows and the dialog that asks where to save.
 */
public record ReportScreens(ReportDesk reports, StationSettings settings, Clock clock, TaskExecutor executor,
                            Printouts printouts, PrinterAccess printers, SaveDialog saveDialog) {

    public ReportScreens {
        printouts = printouts == null ? Printouts.NONE : printouts;
        printers = printers == null ? PrinterAccess.NONE : printers;
        saveDialog = saveDialog == null ? SaveDialog.NONE : saveDialog;
    }
}
