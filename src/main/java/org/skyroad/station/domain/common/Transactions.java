package org.skyroad.station.domain.common;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction. Repositories called inside the work share it; when
 * the work throws, everything it wrote (the record, its audit row and its outbox row) is
 * rolled back together.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Read-only work: sees one consistent state, writes nothing. */
    <T> T read(Supplier<T> work);
}
