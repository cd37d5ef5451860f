package org.skyroad.station.service;

import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;

/**
 * One hub-owned record carried to a station by a return batch: catalog entries, prices, an
 * order's platform data (platform order number, shipping, tracking), an expected parcel, a
 * settlement or receipt confirmation. {@code version} is the hub's version of the record: a
 * station applies it only when it is newer than the version it holds.
 *
 * @param entity  what kind of record, e.g. {@code order.platform}; picks the handler
 * @param payload the hub-owned fields only (see docs/sync-batch-format.md, field ownership)
 * @param hubCode the hub that sent it
 * @param seq     the record's sequence number in the hub's queue for this station
 */
public record SyncUpdate(String entity, UUID entityId, long version, Operation operation,
                         Map<String, Object> payload, String hubCode, long seq) {
}
