package org.skyroad.station.domain.report;

import java.util.Set;

/** The day's close: parcels and orders of the day, cash in and out, counted against expected, signed. */
public record DailyCloseReport(StationHeader station, DailyFigures figures) implements PrintableDocument {

    @Override
    public String kind() {
        return "daily-close";
    }

    @Override
    public Set<Paper> papers() {
        return ALL_PAPERS;
    }
}
