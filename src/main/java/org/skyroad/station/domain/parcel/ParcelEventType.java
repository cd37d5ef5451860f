package org.skyroad.station.domain.parcel;

/** Each change in a parcel's life, kept as one {@link ParcelEvent} with who and when. */
public enum ParcelEventType {
    RECEIVED,
    RECIPIENT_ASSIGNED,
    NOTIFIED,
    REMINDED,
    OUT_ON_RUN,
    BACK_FROM_RUN,
    PICKED_UP,
    DELIVERED,
    RETURNED
}
