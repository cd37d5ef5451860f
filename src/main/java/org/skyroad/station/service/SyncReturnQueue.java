package org.skyroad.station.service;

import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;

/**
 * At the county hub: queues a hub-owned record for the return batch of one station, or of
 * every enrolled station, inside the caller's transaction (so the queued update exists exactly
 * when the hub's own change does). The hub's catalog, price and platform-order services call
 * this; the sync desk carries the rows to the stations and drops them from the queue once a
 * station acknowledges them.
 */
public interface SyncReturnQueue {

    /** Queues for one station; returns the record's sequence number in that station's queue. */
    long enqueue(String stationCode, String entity, UUID entityId, long version, Operation operation,
                 Map<String, Object> payload);

    /** Queues for every enrolled station (catalog, prices); returns how many stations. */
    int enqueueForAll(String entity, UUID entityId, long version, Operation operation, Map<String, Object> payload);

    /** Rows not yet acknowledged by the station. */
    long pending(String stationCode);
}
