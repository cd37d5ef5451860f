package org.skyroad.station.domain.parcel;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's parcels of one carrier against its manifest. {@code missing}: on the manifest, never
 * checked in. {@code extra}: checked in, not on the manifest. With a count-only manifest the
 * lists are empty and only {@link #difference()} says something.
 */
public record Reconciliation(LocalDate date, Carrier carrier, int received, int onManifest,
                             List<TrackingNumber> missing, List<TrackingNumber> extra) {

    public Reconciliation {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** Manifest count minus parcels received: positive when parcels are missing. */
    public int difference() {
        return onManifest - received;
    }

    public boolean isBalanced() {
        return difference() == 0 && missing.isEmpty() && extra.isEmpty();
    }
}
