package org.skyroad.station.domain.report;

import java.time.Instant;
import java.util.Set;
import org.skyroad.station.domain.common.Money;

/**
 * The slip printed at check-in for the villager: the short pickup code in large print, the
 * shelf slot, the parcel's number and carrier, and any cash on delivery. Name and phone masked.
 */
public record PickupSlip(StationHeader station, String pickupCode, String slot, String trackingNumber,
                         String carrier, String recipientMasked, String phoneMasked, String village,
                         Instant receivedAt, Money cashOnDelivery, String note) implements PrintableDocument {

    @Override
    public String kind() {
        return "pickup-slip";
    }

    @Override
    public Set<Paper> papers() {
        return ALL_PAPERS;
    }
}
