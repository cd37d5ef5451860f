package org.skyroad.station.ui.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.service.StationSettings.PrinterChoice;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Printouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Printing on this computer: a document is rendered by the report templates in the interface
 * language and sent to the printer chosen for its paper (receipt roll or A4). Documents laid out
 * for the roll in the receipt printer go there; the rest go to the A4 printer. With no printer
 * (or when printing fails) the PDF is kept in the station's "printouts" folder, written under a
 * temporary name and renamed, and the sentence says where.
 */
public final class StationPrintouts implements Printouts {

    private static final Logger LOG = LoggerFactory.getLogger(StationPrintouts.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ReportDesk reports;
    private final StationSettings settings;
    private final Path folder;
    private final PrinterAccess printers;
    private final Clock clock;

    public StationPrintouts(ReportDesk reports, StationSettings settings, Path folder, PrinterAccess printers,
                            Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.folder = folder;
        this.printers = printers == null ? PrinterAccess.NONE : printers;
        this.clock = clock;
    }

    /** The folder where printouts are kept when there is no printer: beside the station's database. */
    public Path folder() {
        return folder;
    }

    /** The paper this computer prints {@code document} on: the receipt roll if it is laid out for it, else A4. */
    public Paper paperFor(PrintableDocument document) {
        Paper roll = settings.printerChoice().receiptPaper();
        return roll.isThermal() && document.papers().contains(roll) ? roll : Paper.A4;
    }

    @Override
    public String print(PrintableDocument document) {
        return print(document, paperFor(document));
    }

    @Override
    public String print(PrintableDocument document, Paper paper) {
        Paper p = paper != null && document.papers().contains(paper) ? paper : Paper.A4;
        RenderedReport rendered = reports.document(document, p, Messages.locale());
        return print(rendered, p);
    }

    @Override
    public String print(RenderedReport report, Paper paper) {
        PrinterChoice choice = settings.printerChoice();
        String printer = paper != null && paper.isThermal() ? choice.receiptPrinter() : choice.a4Printer();
        try {
            Optional<String> used = printers.print(printer, report, paper == null ? Paper.A4 : paper);
            if (used.isPresent()) {
                return Messages.get("reportsui.print.printed", used.get());
            }
            Path kept = keep(report);
            if (!printer.isBlank()) {
                return Messages.get("reportsui.print.missing", printer, kept);
            }
            return Messages.get("reportsui.print.saved", kept);
        } catch (Exception e) {
            LOG.warn("printing {} on '{}' failed", report.name(), printer, e);
            Path kept = keep(report);
            return Messages.get("reportsui.print.failed", printer.isBlank() ? Messages.get("reportsui.printer.default")
                    : printer, Errors.sentence(e), kept);
        }
    }

    /** Writes the PDF under a name no other printout has (the renderer writes a temporary file, then renames). */
    private Path keep(RenderedReport report) {
        String base = report.name() + "-" + STAMP.format(clock.instant());
        Path target = folder.resolve(base + ".pdf");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".pdf");
        }
        report.writePdf(target);
        return target;
    }
}
