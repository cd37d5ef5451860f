package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A parcel the county hub announced before it arrives. The check-in of the same tracking
 * number takes the recipient from it and marks it arrived ({@code parcelId}).
 *
 * @param trackingNumber normalised (see {@link TrackingNumber})
 */
public record ExpectedParcel(UUID id, String trackingNumber, Carrier carrier, String recipientName,
                             String recipientPhone, String orderNo, LocalDate expectedDate, String note,
                             boolean cancelled, UUID parcelId, Instant arrivedAt, String hubCode, Instant receivedAt,
                             Instant updatedAt) {

    public boolean isWaiting() {
        return !cancelled && parcelId == null;
    }

    public ExpectedParcel arrived(UUID parcel, Instant at) {
        return new ExpectedParcel(id, trackingNumber, carrier, recipientName, recipientPhone, orderNo, expectedDate, note,
                cancelled, parcel, at, hubCode, receivedAt, at);
    }
}
