package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.util.UUID;

/** A parcel on a run, and once the run is back, its outcome (null while still out). */
public record RunItem(UUID runId, UUID parcelId, RunOutcome outcome, String receivedBy, String note,
                      Instant outcomeAt) {
}
