package org.skyroad.station.ui.common;

import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.i18n.Messages;

/**
 * The one door through which screens print a counter paper (receipt, slip, label, statement,
 * close report). The app's implementation renders it with the report templates and sends it
 * to this computer's printer, or keeps the PDF when no printer is set up; screens only hand
 * over the filled document. Calls run off the UI thread and return the sentence the screen
 * shows afterwards ("Printed on ...", "Saved as ...").
 */
public interface Printouts {

    /** Prints on the paper this computer uses for that kind of document (receipt roll or A4). */
    String print(PrintableDocument document);

    /** Prints on the paper asked for. */
    String print(PrintableDocument document, Paper paper);

    /** Prints pages already rendered (a monthly report from its preview) on {@code paper}'s printer. */
    default String print(RenderedReport report, Paper paper) {
        return Messages.get("ui.print.notSetUp");
    }

    /** Prints nothing: the screens still work and say that printing is not set up. */
    Printouts NONE = new Printouts() {
        @Override
        public String print(PrintableDocument document) {
            return Messages.get("ui.print.notSetUp");
        }

        @Override
        public String print(PrintableDocument document, Paper paper) {
            return Messages.get("ui.print.notSetUp");
        }
    };
}
