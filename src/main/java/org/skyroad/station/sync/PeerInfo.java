package org.skyroad.station.sync;

import java.time.Instant;

/**
 * A station enrolled at this hub, or the hub this station trusts, with where sync stands:
 * the last batch in and out, the first batch missing when later ones are held, refused
 * batches, and records still waiting to travel to it.
 *
 * @param missingSeq the number of the batch that must be imported first; 0 when nothing is held
 */
public record PeerInfo(String code, boolean hub, String name, String level, String fingerprint, Instant enrolledAt,
                       long lastInSeq, Instant lastInAt, long lastOutSeq, Instant lastOutAt,
                       long acknowledgedRecordSeq, long acknowledgedBatchSeq, long receivedRecordSeq,
                       int heldCount, long missingSeq, int refusedCount, long waitingRecords) {

    public boolean hasGap() {
        return missingSeq > 0;
    }
}
