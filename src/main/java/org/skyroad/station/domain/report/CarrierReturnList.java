package org.skyroad.station.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The list handed to a carrier's courier with the unclaimed parcels going back: each parcel
 * with its number and when it came, and a line for the courier to sign that they took them.
 */
public record CarrierReturnList(StationHeader station, String carrier, Instant at, String staffName,
                                List<Line> lines) implements PrintableDocument {

    public record Line(String trackingNumber, String recipientMasked, LocalDate receivedOn, String slot) {
    }

    public CarrierReturnList {
        lines = List.copyOf(lines);
    }

    @Override
    public String kind() {
        return "carrier-return";
    }

    @Override
    public Set<Paper> papers() {
        return Set.of(Paper.A4, Paper.THERMAL_80);
    }
}
