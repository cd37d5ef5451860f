package org.skyroad.station.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the sync screen shows at a station or a hub: changes waiting, the peers (the trusted
 * hub, or the enrolled stations), the newest batches out and in with their states.
 */
public record SyncStatus(String stationCode, boolean hub, String ownFingerprint, long pendingChanges,
                         Optional<Instant> lastSync, List<PeerInfo> peers, List<BatchInfo> outgoing,
                         List<BatchInfo> incoming) {
}
