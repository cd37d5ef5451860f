package org.skyroad.station.ui.printing;

import java.util.List;
import java.util.Optional;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.RenderedReport;

/** This computer's printers: their names, and sending rendered pages to one of them. */
public interface PrinterAccess {

    /** The names of the printers this computer knows; empty on a machine with none. */
    List<String> printers();

    /**
     * Prints {@code report} on the printer named {@code printer} (blank: the default printer).
     * Returns the name of the printer used, or empty when there is no such printer.
     */
    Optional<String> print(String printer, RenderedReport report, Paper paper) throws Exception;

    /** A computer with no printer at all (CI, headless machines, tests): every printout is kept as a PDF. */
    PrinterAccess NONE = new PrinterAccess() {
        @Override
        public List<String> printers() {
            return List.of();
        }

        @Override
        public Optional<String> print(String printer, RenderedReport report, Paper paper) {
            return Optional.empty();
        }
    };
}
