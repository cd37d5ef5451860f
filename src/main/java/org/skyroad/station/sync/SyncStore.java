package org.skyroad.station.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.persistence.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync tables, through the caller's transaction: peers, batches and their bytes, the
 * hub's replica of every station's records, the hub's return queue, stale reports, and the
 * outbox rows a batch carries. Only the sync package uses it.
 */
final class SyncStore {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStore.class);
    static final String ROLE_STATION = "STATION";
    static final String ROLE_HUB = "HUB";
    private static final int CHUNK = 500;

    /** A peer row: its keys and where each direction stands (see V5__sync.sql). */
    record Peer(String code, String role, String name, String level, String hubCode, byte[] signPublicKey,
                byte[] encryptPublicKey, String fingerprint, Instant enrolledAt, long inSeq, String inHash,
                long inRecordSeq, Instant lastInAt, long outSeq, String outHash, long outAckSent, Instant lastOutAt,
                long peerAck, long peerAckBatch, long version) {

        boolean isHub() {
            return ROLE_HUB.equals(role);
        }
    }

    /** A batch row to insert. */
    record BatchRow(UUID id, String direction, BatchKind kind, String from, String to, Long seq, UUID batchId,
                    String fileSha256, String prevSha256, String fileName, long byteSize, long recordCount,
                    Long firstRecordSeq, Long lastRecordSeq, Long ackRecordSeq, long appliedCount, long staleCount,
                    Map<String, Long> counts, BatchState state, String reasonKey, List<Object> reasonArgs,
                    Instant createdAt, Instant recordedAt) {
    }

    private final Jdbc jdbc;

    SyncStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Jdbc jdbc() {
        return jdbc;
    }

    // ---- peers -------------------------------------------------------------------------

    Optional<Peer> peer(String code) {
        return jdbc.queryOne("SELECT * FROM sync_peer WHERE station_code = ?", SyncStore::peer, code);
    }

    /** The peer row, locked until the transaction ends: batches of one peer apply one at a time. */
    Optional<Peer> lockPeer(String code) {
        return jdbc.queryOne("SELECT * FROM sync_peer WHERE station_code = ? FOR UPDATE", SyncStore::peer, code);
    }

    List<Peer> peers() {
        return jdbc.query("SELECT * FROM sync_peer ORDER BY station_code", SyncStore::peer);
    }

    private static Peer peer(ResultSet rs) throws SQLException {
        return new Peer(rs.getString("station_code"), rs.getString("peer_role"), rs.getString("name"),
                rs.getString("level"), rs.getString("hub_code"), rs.getBytes("sign_public_key"),
                rs.getBytes("encrypt_public_key"), rs.getString("fingerprint"), Jdbc.instant(rs, "enrolled_at"),
                rs.getLong("in_seq"), rs.getString("in_hash"), rs.getLong("in_record_seq"), Jdbc.instant(rs, "last_in_at"),
                rs.getLong("out_seq"), rs.getString("out_hash"), rs.getLong("out_ack_sent"), Jdbc.instant(rs, "last_out_at"),
                rs.getLong("peer_ack"), rs.getLong("peer_ack_batch"), rs.getLong("version"));
    }

    void insertPeer(Enrolment e, String role, String by, Instant now) {
        jdbc.update("INSERT INTO sync_peer (station_code, peer_role, name, level, hub_code, sign_public_key, "
                        + "encrypt_public_key, fingerprint, enrolled_at, enrolled_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                e.station().value(), role, e.name(), e.level().code(), e.hub() == null ? null : e.hub().value(),
                e.signPublicKey(), e.encryptPublicKey(), e.fingerprint(), now, by);
    }

    /** New keys for a known peer (a reinstalled station); its sequence positions stay. */
    void replacePeerKeys(Enrolment e, String by, Instant now) {
        jdbc.update("UPDATE sync_peer SET name = ?, level = ?, hub_code = ?, sign_public_key = ?, encrypt_public_key = ?, "
                        + "fingerprint = ?, enrolled_at = ?, enrolled_by = ?, version = version + 1 WHERE station_code = ?",
                e.name(), e.level().code(), e.hub() == null ? null : e.hub().value(), e.signPublicKey(),
                e.encryptPublicKey(), e.fingerprint(), now, by, e.station().value());
    }

    void peerIn(String code, long inSeq, String inHash, long inRecordSeq, Instant now) {
        jdbc.update("UPDATE sync_peer SET in_seq = ?, in_hash = ?, in_record_seq = ?, last_in_at = ?, version = version + 1 "
                + "WHERE station_code = ?", inSeq, inHash, inRecordSeq, now, code);
    }

    void peerOut(String code, long outSeq, String outHash, long ackSent, Instant now) {
        jdbc.update("UPDATE sync_peer SET out_seq = ?, out_hash = ?, out_ack_sent = ?, last_out_at = ?, version = version + 1 "
                + "WHERE station_code = ?", outSeq, outHash, ackSent, now, code);
    }

    void peerAck(String code, long ackRecordSeq, long ackBatchSeq) {
        jdbc.update("UPDATE sync_peer SET peer_ack = GREATEST(peer_ack, ?), peer_ack_batch = GREATEST(peer_ack_batch, ?), "
                + "version = version + 1 WHERE station_code = ?", ackRecordSeq, ackBatchSeq, code);
    }

    // ---- batches -----------------------------------------------------------------------

    void insertBatch(BatchRow b) {
        jdbc.update("INSERT INTO sync_batch (id, direction, kind, from_code, to_code, seq, batch_id, file_sha256, prev_sha256, "
                        + "file_name, byte_size, record_count, first_record_seq, last_record_seq, ack_record_seq, applied_count, "
                        + "stale_count, counts_json, state, reason_key, reason_args, created_at, recorded_at, state_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.id(), b.direction(), b.kind() == null ? null : b.kind().code(), b.from(), b.to(), b.seq(), b.batchId(),
                b.fileSha256(), b.prevSha256(), clip(b.fileName(), 300), b.byteSize(), b.recordCount(), b.firstRecordSeq(),
                b.lastRecordSeq(), b.ackRecordSeq(), b.appliedCount(), b.staleCount(),
                b.counts() == null ? null : clip(SyncJson.write(b.counts()), 4000), b.state(), b.reasonKey(),
                b.reasonArgs() == null ? null : clip(SyncJson.write(b.reasonArgs()), 4000), b.createdAt(), b.recordedAt(),
                b.recordedAt());
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    void batchState(UUID rowId, BatchState state, long applied, long stale, String reasonKey, List<Object> args, Instant now) {
        jdbc.update("UPDATE sync_batch SET state = ?, applied_count = ?, stale_count = ?, reason_key = ?, reason_args = ?, "
                        + "state_at = ? WHERE id = ?", state, applied, stale, reasonKey,
                args == null ? null : clip(SyncJson.write(args), 4000), now, rowId);
    }

    void storeFile(UUID rowId, byte[] bytes) {
        jdbc.update("INSERT INTO sync_batch_file (batch_row_id, content) VALUES (?, ?)", rowId, bytes);
    }

    Optional<byte[]> file(UUID rowId) {
        return jdbc.queryOne("SELECT content FROM sync_batch_file WHERE batch_row_id = ?", rs -> rs.getBytes(1), rowId);
    }

    void deleteFile(UUID rowId) {
        jdbc.update("DELETE FROM sync_batch_file WHERE batch_row_id = ?", rowId);
    }

    /** Outgoing batches to {@code to} up to {@code seq} become acknowledged; their bytes are no longer kept. */
    void acknowledgeOut(String to, long upToSeq, Instant now) {
        List<UUID> ids = jdbc.query("SELECT id FROM sync_batch WHERE direction = 'OUT' AND to_code = ? AND seq <= ? "
                + "AND state <> 'ACKNOWLEDGED'", rs -> Jdbc.uuid(rs, "id"), to, upToSeq);
        for (UUID id : ids) {
            jdbc.update("UPDATE sync_batch SET state = 'ACKNOWLEDGED', state_at = ? WHERE id = ?", now, id);
            deleteFile(id);
        }
    }

    Optional<BatchInfo> batch(UUID rowId) {
        return jdbc.queryOne("SELECT * FROM sync_batch WHERE id = ?", SyncStore::info, rowId);
    }

    /** The incoming batch from {@code from} with number {@code seq} in the given state, if any. */
    Optional<BatchInfo> incoming(String from, long seq, BatchState state) {
        return jdbc.queryOne("SELECT * FROM sync_batch WHERE direction = 'IN' AND from_code = ? AND seq = ? AND state = ? "
                + "ORDER BY recorded_at DESC LIMIT 1", SyncStore::info, from, seq, state);
    }

    Optional<String> fileHashOfIncoming(String from, long seq, BatchState state) {
        return jdbc.queryOne("SELECT file_sha256 FROM sync_batch WHERE direction = 'IN' AND from_code = ? AND seq = ? "
                + "AND state = ? ORDER BY recorded_at DESC LIMIT 1", rs -> rs.getString(1), from, seq, state);
    }

    Optional<BatchInfo> appliedWithHash(String sha256) {
        return jdbc.queryOne("SELECT * FROM sync_batch WHERE direction = 'IN' AND file_sha256 = ? AND state = 'APPLIED' "
                + "ORDER BY recorded_at DESC LIMIT 1", SyncStore::info, sha256);
    }

    Optional<BatchInfo> outgoing(String to, long seq) {
        return jdbc.queryOne("SELECT * FROM sync_batch WHERE direction = 'OUT' AND to_code = ? AND seq = ?", SyncStore::info, to, seq);
    }

    /** Outgoing batches to {@code to} in the given state, oldest first. */
    List<BatchInfo> outgoingIn(String to, BatchState state) {
        return jdbc.query("SELECT * FROM sync_batch WHERE direction = 'OUT' AND to_code = ? AND state = ? ORDER BY seq",
                SyncStore::info, to, state);
    }

    List<BatchInfo> held(String from) {
        return jdbc.query("SELECT * FROM sync_batch WHERE direction = 'IN' AND from_code = ? AND state = 'HELD' ORDER BY seq",
                SyncStore::info, from);
    }

    List<BatchInfo> batches(boolean outgoing, String peer, int limit) {
        String side = outgoing ? "to_code" : "from_code";
        if (peer == null) {
            return jdbc.query("SELECT * FROM sync_batch WHERE direction = ? ORDER BY recorded_at DESC, seq DESC LIMIT ?",
                    SyncStore::info, outgoing ? "OUT" : "IN", limit);
        }
        return jdbc.query("SELECT * FROM sync_batch WHERE direction = ? AND " + side + " = ? "
                + "ORDER BY recorded_at DESC, seq DESC LIMIT ?", SyncStore::info, outgoing ? "OUT" : "IN", peer, limit);
    }

    List<BatchInfo> refused(String from, int limit) {
        if (from == null) {
            return jdbc.query("SELECT * FROM sync_batch WHERE direction = 'IN' AND state = 'REFUSED' "
                    + "ORDER BY recorded_at DESC LIMIT ?", SyncStore::info, limit);
        }
        return jdbc.query("SELECT * FROM sync_batch WHERE direction = 'IN' AND state = 'REFUSED' AND from_code = ? "
                + "ORDER BY recorded_at DESC LIMIT ?", SyncStore::info, from, limit);
    }

    int count(String from, BatchState state) {
        return (int) jdbc.queryLong("SELECT COUNT(*) FROM sync_batch WHERE direction = 'IN' AND from_code = ? AND state = ?",
                from, state);
    }

    private static BatchInfo info(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        long seq = rs.getLong("seq");
        Long seqOrNull = rs.wasNull() ? null : seq;
        Map<String, Long> counts = new java.util.TreeMap<>();
        String countsJson = rs.getString("counts_json");
        if (countsJson != null) {
            SyncJson.map(countsJson).forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
        }
        return new BatchInfo(Jdbc.uuid(rs, "id"), "OUT".equals(rs.getString("direction")),
                kind == null ? null : BatchKind.parse(kind), rs.getString("from_code"), rs.getString("to_code"), seqOrNull,
                rs.getString("file_name"), rs.getLong("byte_size"), rs.getLong("record_count"), rs.getLong("applied_count"),
                rs.getLong("stale_count"), counts, BatchState.valueOf(rs.getString("state")), rs.getString("reason_key"),
                SyncJson.list(rs.getString("reason_args")), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "recorded_at"),
                Jdbc.instant(rs, "state_at"));
    }

    // ---- records that travel -----------------------------------------------------------

    /** Every outbox row the hub has not acknowledged, in sequence order, one at a time. */
    void forEachPendingOutbox(Consumer<SyncRecord> each) {
        stream("SELECT seq, txn_id, entity, entity_id, entity_version, operation, created_at, payload FROM outbox "
                + "WHERE acknowledged_at IS NULL ORDER BY seq", each);
    }

    /** Every return-queue row {@code station} has not acknowledged, in sequence order. */
    void forEachPendingReturn(String station, Consumer<SyncRecord> each) {
        stream("SELECT seq, txn_id, entity, entity_id, entity_version, operation, created_at, payload FROM sync_return_queue "
                + "WHERE station_code = ? AND acknowledged_at IS NULL ORDER BY seq", each, station);
    }

    private void stream(String sql, Consumer<SyncRecord> each, Object... params) {
        try (PreparedStatement ps = jdbc.connection().prepareStatement(sql)) {
            bind(ps, params);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(new SyncRecord(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getLong(5), rs.getString(6), Jdbc.instant(rs, "created_at"),
                            rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    long pendingOutbox() {
        return jdbc.queryLong("SELECT COUNT(*) FROM outbox WHERE acknowledged_at IS NULL");
    }

    long maxOutboxSeq() {
        return jdbc.queryLong("SELECT COALESCE(MAX(seq), 0) FROM outbox");
    }

    long pendingReturn(String station) {
        return jdbc.queryLong("SELECT COUNT(*) FROM sync_return_queue WHERE station_code = ? AND acknowledged_at IS NULL", station);
    }

    long maxReturnSeq(String station) {
        return jdbc.queryLong("SELECT COALESCE(MAX(seq), 0) FROM sync_return_queue WHERE station_code = ?", station);
    }

    int acknowledgeOutbox(long upToSeq, Instant now) {
        return jdbc.update("UPDATE outbox SET acknowledged_at = ? WHERE seq <= ? AND acknowledged_at IS NULL", now, upToSeq);
    }

    int acknowledgeReturn(String station, long upToSeq, Instant now) {
        return jdbc.update("UPDATE sync_return_queue SET acknowledged_at = ? WHERE station_code = ? AND seq <= ? "
                + "AND acknowledged_at IS NULL", now, station, upToSeq);
    }

    long enqueueReturn(String station, UUID txnId, String entity, UUID entityId, long version, String operation,
                       String payload, Instant now) {
        long seq = maxReturnSeq(station) + 1;
        jdbc.update("INSERT INTO sync_return_queue (station_code, seq, txn_id, entity, entity_id, entity_version, operation, "
                + "payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", station, seq, txnId, entity, entityId, version,
                operation, payload, now);
        return seq;
    }

    // ---- the hub's replica -------------------------------------------------------------

    /** How many records of a batch were applied and how many were stale. */
    record Applied(long applied, long stale) {
    }

    /**
     * Applies a station's records (already in sequence order, none applied before) to the
     * replica: the newest version of each record is kept; a record whose version is not newer
     * than what the hub holds is stale, reported in {@code sync_stale}, and not applied.
     */
    Applied applyToReplica(String station, List<SyncRecord> records, UUID batchRowId, Instant now,
                           org.skyroad.station.domain.common.Progress progress, String what) {
        Map<String, Long> stored = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (SyncRecord r : records) {
            if (seen.add(r.entityId())) {
                ids.add(r.entityId());
            }
        }
        Connection c = jdbc.connection();
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                StringBuilder sql = new StringBuilder("SELECT entity, entity_id, version FROM sync_replica "
                        + "WHERE station_code = ? AND entity_id IN (");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                }
                sql.append(')');
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    ps.setString(1, station);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.put(key(rs.getString(1), rs.getObject(2, UUID.class)), rs.getLong(3));
                        }
                    }
                }
            }
            Map<String, Long> newest = new HashMap<>(stored);
            Map<String, SyncRecord> toWrite = new java.util.LinkedHashMap<>();
            long applied = 0;
            long stale = 0;
            try (PreparedStatement staleRow = c.prepareStatement("INSERT INTO sync_stale (id, batch_row_id, from_code, entity, "
                    + "entity_id, incoming_version, stored_version, record_seq, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SyncRecord r : records) {
                    String k = key(r.entity(), r.entityId());
                    Long have = newest.get(k);
                    if (have != null && r.version() <= have) {
                        stale++;
                        bind(staleRow, UUID.randomUUID(), batchRowId, station, r.entity(), r.entityId(), r.version(), have,
                                r.seq(), now);
                        staleRow.addBatch();
                    } else {
                        applied++;
                        newest.put(k, r.version());
                        toWrite.put(k, r);
                    }
                }
                if (stale > 0) {
                    staleRow.executeBatch();
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO sync_replica (station_code, entity, entity_id, version, "
                    + "deleted, payload, record_seq, txn_id, changed_at, batch_row_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement upd = c.prepareStatement("UPDATE sync_replica SET version = ?, deleted = ?, payload = ?, "
                         + "record_seq = ?, txn_id = ?, changed_at = ?, batch_row_id = ?, received_at = ? "
                         + "WHERE station_code = ? AND entity = ? AND entity_id = ?")) {
                int pendingIns = 0;
                int pendingUpd = 0;
                long done = 0;
                for (Map.Entry<String, SyncRecord> en : toWrite.entrySet()) {
                    if (done++ % 1000 == 999) {
                        progress.update(done, toWrite.size(), what);
                        if (progress.isCancelled()) {
                            throw new SyncCancelledException();
                        }
                    }
                    SyncRecord r = en.getValue();
                    boolean deleted = "DELETE".equals(r.operation());
                    if (stored.containsKey(en.getKey())) {
                        bind(upd, r.version(), deleted, r.payloadJson(), r.seq(), r.txnId(), r.createdAt(), batchRowId, now,
                                station, r.entity(), r.entityId());
                        upd.addBatch();
                        if (++pendingUpd == 1000) {
                            upd.executeBatch();
                            pendingUpd = 0;
                        }
                    } else {
                        bind(ins, station, r.entity(), r.entityId(), r.version(), deleted, r.payloadJson(), r.seq(), r.txnId(),
                                r.createdAt(), batchRowId, now);
                        ins.addBatch();
                        if (++pendingIns == 1000) {
                            ins.executeBatch();
                            pendingIns = 0;
                        }
                    }
                }
                if (pendingIns > 0) {
                    ins.executeBatch();
                }
                if (pendingUpd > 0) {
                    upd.executeBatch();
                }
            }
            progress.update(toWrite.size(), toWrite.size(), what);
            return new Applied(applied, stale);
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    void stale(UUID batchRowId, String from, SyncRecord r, long storedVersion, Instant now) {
        jdbc.update("INSERT INTO sync_stale (id, batch_row_id, from_code, entity, entity_id, incoming_version, stored_version, "
                + "record_seq, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), batchRowId, from, r.entity(),
                r.entityId(), r.version(), storedVersion, r.seq(), now);
    }

    private static String key(String entity, UUID id) {
        return entity + "/" + id;
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static StorageException storage(SQLException e) {
        LOG.error("sync database error {}", e.getErrorCode(), e);
        return new StorageException(e, "error.db.unexpected", e.getErrorCode());
    }

    /** The schema version of this database (Flyway's newest applied migration). */
    String schemaVersion() {
        try {
            return jdbc.queryOne("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1", rs -> rs.getString(1)).orElse("");
        } catch (RuntimeException e) {
            LOG.debug("schema version unknown", e);
            return "";
        }
    }
}
