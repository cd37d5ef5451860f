package org.skyroad.station.sync;

import org.skyroad.station.domain.common.StationException;

/** The person cancelled long sync work; whatever it was writing was rolled back or removed. */
public final class SyncCancelledException extends StationException {
    public SyncCancelledException() {
        super("error.sync.cancelled");
    }
}
