package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * One step in a lot's history. {@code lotCode} is the lot it happened to (the traced lot, a
 * source it came from or a lot made from it); for a split or merge, {@code lotCode} is the
 * source lot and {@code otherCode} the lot made from it, {@code quantity} what went across; {@code detail} the buyer, carrier and tracking number, reason, or settlement
 * state; {@code refId} the sale, shipment, loss or settlement.
 */
public record TraceEvent(Instant at, Kind kind, LotCode lotCode, LotCode otherCode, Quantity quantity, Money amount,
                         String detail, UUID refId) {

    public enum Kind {
        INTAKE, SPLIT, MERGE, SALE, SHIPMENT, RECEIPT, LOSS, SETTLEMENT, PAYOUT
    }
}
