package org.skyroad.station.sync;

import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.service.ServiceContext;
import org.skyroad.station.service.SyncReturnQueue;

/**
 * The hub's queue of updates for its stations' return batches, in {@code sync_return_queue}.
 * Joins the caller's transaction; sequence numbers are gapless per station because they are
 * taken under the station's {@code sync_peer} row lock.
 */
final class JdbcReturnQueue implements SyncReturnQueue {

    private final ServiceContext ctx;
    private final SyncStore store;

    JdbcReturnQueue(ServiceContext ctx, SyncStore store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public long enqueue(String stationCode, String entity, UUID entityId, long version, Operation operation,
                        Map<String, Object> payload) {
        check(entity, entityId, operation, payload);
        String json = SyncJson.write(payload);
        return ctx.tx().inTransaction(() -> {
            SyncStore.Peer p = store.lockPeer(stationCode).filter(x -> !x.isHub())
                    .orElseThrow(() -> new NotFoundException("error.sync.notEnrolled", stationCode));
            return store.enqueueReturn(p.code(), UUID.randomUUID(), entity, entityId, version, operation.name(), json,
                    ctx.clock().instant());
        });
    }

    @Override
    public int enqueueForAll(String entity, UUID entityId, long version, Operation operation, Map<String, Object> payload) {
        check(entity, entityId, operation, payload);
        String json = SyncJson.write(payload);
        return ctx.tx().inTransaction(() -> {
            UUID txn = UUID.randomUUID();
            int n = 0;
            for (SyncStore.Peer p : store.peers()) {
                if (!p.isHub()) {
                    store.lockPeer(p.code());
                    store.enqueueReturn(p.code(), txn, entity, entityId, version, operation.name(), json, ctx.clock().instant());
                    n++;
                }
            }
            return n;
        });
    }

    @Override
    public long pending(String stationCode) {
        return ctx.tx().read(() -> store.pendingReturn(stationCode));
    }

    private static void check(String entity, UUID entityId, Operation operation, Map<String, Object> payload) {
        if (entity == null || entity.isBlank() || entity.length() > 32 || entityId == null || operation == null
                || payload == null) {
            throw new InvalidInputException("error.sync.badUpdate", entity == null ? "" : entity);
        }
    }
}
