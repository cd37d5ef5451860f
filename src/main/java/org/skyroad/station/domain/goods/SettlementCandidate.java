package org.skyroad.station.domain.goods;

import java.time.LocalDate;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * Something not yet in any settlement that a producer's settlement takes in: a sold line of a
 * consignment lot, a lot bought outright at intake, or a loss the producer bears.
 * {@code sourceId} is the sale line, the lot or the loss.
 */
public record SettlementCandidate(SettlementLineKind kind, UUID sourceId, UUID lotId, LotCode lotCode, UUID productId,
                                  String grade, LocalDate date, Quantity quantity, Money unitPrice, Money amount) {
}
