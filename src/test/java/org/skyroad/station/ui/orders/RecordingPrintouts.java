package org.skyroad.station.ui.orders;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.ui.common.Printouts;

/** Printing that keeps what it was given, so a test can read the receipt a screen handed over. */
public final class RecordingPrintouts implements Printouts {

    public final List<PrintableDocument> printed = new CopyOnWriteArrayList<>();

    @Override
    public String print(PrintableDocument document) {
        printed.add(document);
        return "Printed " + document.kind();
    }

    @Override
    public String print(PrintableDocument document, Paper paper) {
        return print(document);
    }
}
