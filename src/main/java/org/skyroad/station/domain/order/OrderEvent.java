package org.skyroad.station.domain.order;

import java.time.Instant;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/** One step of an order's life with who, when, the amount if money moved, and why. Append-only. */
public record OrderEvent(UUID id, UUID orderId, OrderEventType type, Instant at, String actorName, Money amount,
                         String detail) {
}
