package org.skyroad.station.domain.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * The hub's version of each hub-owned record: at a station, the version last applied; at the
 * hub, the version last queued for the stations. Joins the caller's transaction.
 */
public interface HubVersions {

    /** The version held for the record, 0 when none. */
    long version(String entity, UUID entityId);

    void put(String entity, UUID entityId, long version, String hubCode, Instant at);
}
