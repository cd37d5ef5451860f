package org.skyroad.station.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One record a batch carries: an outbox row (station to hub) or a return-queue row (hub to
 * station). {@code seq} is gapless per sender and direction; {@code payloadJson} is the
 * record's full snapshot as the sender wrote it.
 */
public record SyncRecord(long seq, UUID txnId, String entity, UUID entityId, long version, String operation,
                         Instant createdAt, String payloadJson) {
}
