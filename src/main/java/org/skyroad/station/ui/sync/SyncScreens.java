package org.skyroad.station.ui.sync;

import java.net.URI;
import java.time.Duration;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.sync.HubClient;
import org.skyroad.station.sync.SyncDesk;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * What the sync screens' view-models need, handed over by the composition root: the sync
 * desk, the settings (hub address, this computer's batch folder), the executor, the saved-data
 * signal, the folder and file pickers, and how to reach the hub over the network.
 */
public record SyncScreens(SyncDesk desk, StationSettings settings, TaskExecutor executor, DataChanges changes,
                          SyncFiles files, HubConnector hubs) {

    /** Opens a connection to the hub at an address; tests point it at a hub on this machine. */
    @FunctionalInterface
    public interface HubConnector {
        HubClient connect(URI hub, long maxBatchBytes);

        /** A few quick retries: a person is waiting at the screen. */
        HubConnector NETWORK = (hub, max) -> new HubClient(HubClient.Options.defaults(hub)
                .withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(4)), max);
    }

    public SyncScreens {
        changes = changes == null ? new DataChanges() : changes;
        files = files == null ? new FxSyncFiles() : files;
        hubs = hubs == null ? HubConnector.NETWORK : hubs;
    }
}
