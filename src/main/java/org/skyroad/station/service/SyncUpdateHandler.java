package org.skyroad.station.service;

/**
 * Applies one kind of hub-owned record at a station, inside the import's transaction: the
 * handler writes through its repositories, which join that transaction, so a failure anywhere
 * in the batch leaves nothing applied. Each area registers its handlers by entity name with
 * the sync desk (see {@code SyncDesk.handlers()}).
 *
 * <p>The handler owns the version rule for its records: when the station already holds the
 * same or a newer hub version it writes nothing and answers {@link Outcome#STALE}; the batch
 * reports it. It must only write fields the hub owns.
 */
@FunctionalInterface
public interface SyncUpdateHandler {

    enum Outcome { APPLIED, STALE }

    /** What the handler found stored, for a stale report. */
    record Result(Outcome outcome, long storedVersion) {

        public static Result applied() {
            return new Result(Outcome.APPLIED, -1);
        }

        public static Result stale(long storedVersion) {
            return new Result(Outcome.STALE, storedVersion);
        }
    }

    Result apply(SyncUpdate update);
}
