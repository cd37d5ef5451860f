package org.skyroad.station.ui.parcels;

import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.RunItem;

/** One parcel on a village run, in words: who it is for and what became of it. */
public record RunRow(RunItem item, Parcel parcel, String recipient, String phone) {

    public String tracking() {
        return parcel.tracking().value();
    }

    public String slot() {
        return parcel.slot();
    }

    public String cod() {
        return ParcelText.money(parcel.tags().cashOnDelivery());
    }

    public String outcome() {
        if (item.outcome() == null) {
            return ParcelText.status(parcel.status());
        }
        return ParcelText.outcome(item.outcome()) + (item.receivedBy() == null ? "" : ": " + item.receivedBy());
    }
}
