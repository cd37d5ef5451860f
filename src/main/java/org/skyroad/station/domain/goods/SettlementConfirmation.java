package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/** The county hub's confirmation of a producer settlement: the amount the county accounts checked. */
public record SettlementConfirmation(UUID settlementId, Instant confirmedAt, Money confirmedDue, String reference,
                                     String note, String hubCode, Instant receivedAt) {
}
