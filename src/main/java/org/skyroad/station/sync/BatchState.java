package org.skyroad.station.sync;

/**
 * Where a batch stands. Outgoing: {@link #WRITTEN} (made: on a stick or waiting to upload),
 * {@link #UPLOADED} (the hub has it), {@link #ACKNOWLEDGED} (the other end applied it).
 * Incoming: {@link #APPLIED}, {@link #HELD} (received and verified, waiting for an earlier
 * batch that has not arrived), {@link #REFUSED} (with its reason).
 */
public enum BatchState {
    WRITTEN, UPLOADED, ACKNOWLEDGED, APPLIED, HELD, REFUSED;

    /** The message key of the state's name on screen. */
    public String labelKey() {
        return "sync.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
