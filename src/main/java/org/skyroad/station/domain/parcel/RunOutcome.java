package org.skyroad.station.domain.parcel;

/** What became of a parcel taken on a village run. Only DELIVERED closes it. */
public enum RunOutcome {
    DELIVERED, NOT_AT_HOME, REFUSED
}
