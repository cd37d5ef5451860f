package org.skyroad.station.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The list posted in a village (or read out) of parcels waiting at the station; names and phones masked. */
public record VillageNoticeList(StationHeader station, String village, LocalDate date, List<Line> lines)
        implements PrintableDocument {

    public record Line(String nameMasked, String phoneMasked, String pickupCode, String carrier, LocalDate receivedOn) {
    }

    public VillageNoticeList {
        lines = List.copyOf(lines);
    }

    @Override
    public String kind() {
        return "village-notice";
    }

    @Override
    public Set<Paper> papers() {
        return Set.of(Paper.A4, Paper.THERMAL_80);
    }
}
