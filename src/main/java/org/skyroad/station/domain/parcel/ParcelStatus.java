package org.skyroad.station.domain.parcel;

/**
 * Where an incoming parcel is. WAITING and OUT_ON_RUN hold a shelf slot and a pickup code; the
 * other three are closed for good.
 */
public enum ParcelStatus {
    WAITING, OUT_ON_RUN, PICKED_UP, DELIVERED, RETURNED;

    public boolean isOpen() {
        return this == WAITING || this == OUT_ON_RUN;
    }
}
