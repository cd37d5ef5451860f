package org.skyroad.station.domain.cash;

import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * The drawer now: {@code expected} = {@code opening} (cash counted at the last close, zero
 * before the first) + {@code sinceClose} (the movements after it). {@code lastSeq} is the
 * number of the newest movement, {@code lastClosedSeq} the newest one the last close took in;
 * {@code lastCloseId} is null before the first close.
 */
public record DrawerState(Money opening, Money sinceClose, long lastSeq, long lastClosedSeq, Money runningTotal,
                          Money totalAtLastClose, UUID lastCloseId) {

    public Money expected() {
        return opening.plus(sinceClose);
    }

    /** Movements since the last close. */
    public long movementCount() {
        return lastSeq - lastClosedSeq;
    }
}
