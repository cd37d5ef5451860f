package org.skyroad.station.sync;

import java.util.List;
import java.util.Optional;

/**
 * What "sync now" did: the batch it made (if anything was new), the hub's outcome for each
 * batch uploaded, and this station's outcome for each return batch fetched.
 */
public record SyncNowResult(Optional<ExportResult> made, List<ImportOutcome> uploaded, List<ImportOutcome> fetched) {

    /** True when the hub took every upload and every return batch applied here. */
    public boolean succeeded() {
        return uploaded.stream().allMatch(ImportOutcome::succeeded) && fetched.stream().allMatch(ImportOutcome::succeeded);
    }
}
