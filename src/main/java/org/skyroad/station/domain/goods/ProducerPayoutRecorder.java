package org.skyroad.station.domain.goods;

import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * Where a producer's cash payout is recorded: the cash drawer. Called inside the transaction
 * that marks the settlement paid, so the drawer's cash-out row and the settlement commit or
 * roll back together.
 */
public interface ProducerPayoutRecorder {

    /** Records {@code amount} paid out of the drawer for the settlement; {@code reason} is a short text for the drawer's list. */
    void recordPayout(Money amount, String reason, UUID settlementId);

    /** For a station with no cash drawer wired yet: refuses cash payouts. */
    ProducerPayoutRecorder NONE = (amount, reason, settlementId) -> {
        throw new org.skyroad.station.domain.common.ConflictException("error.settlement.noCashDrawer");
    };
}
