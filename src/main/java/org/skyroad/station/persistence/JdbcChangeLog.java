package org.skyroad.station.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.skyroad.station.domain.common.ChangeLog;
import org.skyroad.station.domain.staff.Actor;

/**
 * Writes audit and outbox rows through the caller's transaction. The outbox sequence number
 * comes from a counter row updated in the same transaction: concurrent writers queue on that
 * row, and a rollback returns the number, so the sequence has no gaps.
 */
public final class JdbcChangeLog implements ChangeLog {

    private final Jdbc jdbc;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final Supplier<String> stationCode;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    public JdbcChangeLog(Jdbc jdbc, Clock clock, Supplier<Actor> actor, Supplier<String> stationCode) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actor = actor;
        this.stationCode = stationCode;
    }

    @Override
    public void record(String action, String entity, UUID entityId, long version, Operation operation,
                       Map<String, Object> before, Map<String, Object> after, boolean synced) {
        Instant now = clock.instant();
        Actor who = actor.get();
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        jdbc.update("INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, entity_key, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), now, who.staffId(), who.username(), action, entity, entityId.toString(),
                beforeJson, afterJson);
        if (synced) {
            long seq = nextSequence();
            // The outbox carries the same snapshot the audit row has: written once.
            String payload = operation == Operation.DELETE ? beforeJson : afterJson;
            jdbc.update("INSERT INTO outbox (seq, station_code, txn_id, entity, entity_id, entity_version, operation, payload, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, stationCode.get(), transactionId(), entity, entityId, version, operation.name(),
                    payload, now);
        }
    }

    @Override
    public void event(String action, String entity, String entityKey, Map<String, Object> details) {
        Actor who = actor.get();
        jdbc.update("INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, entity_key, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                UUID.randomUUID(), clock.instant(), who.staffId(), who.username(), action, entity,
                entityKey, details == null || details.isEmpty() ? null : toJson(details));
    }

    @Override
    public long pendingOutboxCount() {
        return jdbc.queryLong("SELECT COUNT(*) FROM outbox WHERE acknowledged_at IS NULL");
    }

    private long nextSequence() {
        // One statement: the number comes from the very row version this transaction wrote and
        // now holds locked, never from a separate read that could see another writer's value.
        return jdbc.queryLong("SELECT next_seq - 1 FROM FINAL TABLE "
                + "(UPDATE outbox_counter SET next_seq = next_seq + 1 WHERE id = 1)");
    }

    /** Rows written by one transaction share an id, so the hub can apply them together. */
    private UUID transactionId() {
        return jdbc.transactionId();
    }

    private String toJson(Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        try {
            return json.writeValueAsString(new LinkedHashMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot not serialisable", e);
        }
    }
}
