package org.skyroad.station.domain.common;

import java.util.Map;
import java.util.UUID;

/**
 * Records a change inside the current transaction: one audit row (who, when, what, before and
 * after) and, for records that travel to the hub, one outbox row with the next gapless
 * per-station sequence number.
 */
public interface ChangeLog {

    enum Operation { CREATE, UPDATE, DELETE }

    /**
     * @param action  what happened, e.g. {@code villager.create}
     * @param entity  the entity type, e.g. {@code villager}
     * @param before  snapshot before the change, or null when created
     * @param after   snapshot after the change, or null when deleted
     * @param synced  whether the change goes to the outbox for the hub
     */
    void record(String action, String entity, UUID entityId, long version, Operation operation,
                Map<String, Object> before, Map<String, Object> after, boolean synced);

    /** An audit-only event with no record behind it (a sign-in, a failed sign-in, a backup). */
    void event(String action, String entity, String entityKey, Map<String, Object> details);

    /** Number of outbox rows not yet acknowledged by the hub. */
    long pendingOutboxCount();
}
