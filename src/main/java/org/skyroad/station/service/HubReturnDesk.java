package org.skyroad.station.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.goods.GoodsText;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.domain.sync.HubVersions;

/**
 * At the county hub: what the hub tells its stations. Each call checks the fields (only the
 * ones the hub owns, see {@link HubUpdates}), gives the record its next hub version and queues
 * it for the station's next return batch (the county catalog for every enrolled station), in
 * one transaction.
 */
public final class HubReturnDesk {

    private final ServiceContext ctx;
    private final SyncReturnQueue queue;
    private final HubVersions versions;
    private final StationRepository stations;

    public HubReturnDesk(ServiceContext ctx, SyncReturnQueue queue, HubVersions versions, StationRepository stations) {
        this.ctx = ctx;
        this.queue = queue;
        this.versions = versions;
        this.stations = stations;
    }

    /** What was queued: the record's new hub version and how many stations will receive it. */
    public record Queued(String entity, UUID entityId, long version, int stations) {
    }

    /**
     * Queues one hub-owned record. {@code stationCode} null sends a county catalog record to
     * every enrolled station; the other records go to one station.
     */
    public Queued queue(String stationCode, String entity, UUID entityId, Operation operation, Map<String, Object> fields) {
        ctx.session().require(Permission.SYNC);
        if (entityId == null || operation == null) {
            throw new InvalidInputException("error.sync.badUpdate", entity == null ? "" : entity);
        }
        Map<String, Object> payload = HubUpdates.checkFields(entity, fields == null ? Map.of() : fields);
        validate(entity, operation, payload);
        boolean all = stationCode == null || stationCode.isBlank();
        if (all && !HubUpdates.forEveryStation(entity)) {
            throw new InvalidInputException("error.sync.stationNeeded", entity);
        }
        return ctx.tx().inTransaction(() -> {
            Station me = stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
            if (!me.isHub()) {
                throw new InvalidInputException("error.sync.returnNotHub");
            }
            long version = versions.version(entity, entityId) + 1;
            versions.put(entity, entityId, version, me.code().value(), ctx.clock().instant());
            int n;
            if (all) {
                n = queue.enqueueForAll(entity, entityId, version, operation, payload);
            } else {
                queue.enqueue(stationCode.strip().toUpperCase(java.util.Locale.ROOT), entity, entityId, version, operation,
                        payload);
                n = 1;
            }
            Map<String, Object> details = new LinkedHashMap<>(payload);
            details.put("version", version);
            details.put("to", all ? "*" : stationCode);
            ctx.changes().event("sync.hubUpdate", entity, entityId.toString(), details);
            return new Queued(entity, entityId, version, n);
        });
    }

    /** Lists a catalog item for every station (a new item, or its new name, link or category). */
    public Queued publishCatalogItem(UUID id, String name, Platform platform, String link, Money usualPrice,
                                     ItemCategory category, boolean active) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("platform", platform == null ? null : platform.name());
        p.put("link", link);
        p.put("usualPriceFen", usualPrice == null ? null : usualPrice.fen());
        p.put("category", category == null ? null : category.name());
        p.put("active", active);
        return queue(null, HubUpdates.CATALOG_ITEM, id, Operation.UPDATE, p);
    }

    /** A new usual price of a catalog item, for every station. */
    public Queued publishPrice(UUID itemId, Money usualPrice) {
        return queue(null, HubUpdates.CATALOG_PRICE, itemId, Operation.UPDATE,
                Map.of("usualPriceFen", usualPrice == null ? -1 : usualPrice.fen()));
    }

    /** An order's platform order number and, once shipped, its tracking number. */
    public Queued sendPlatformData(String stationCode, UUID orderId, String platformOrderNo, String trackingNumber) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (platformOrderNo != null) {
            p.put("platformOrderNo", platformOrderNo);
        }
        if (trackingNumber != null) {
            p.put("trackingNumber", trackingNumber);
        }
        return queue(stationCode, HubUpdates.ORDER_PLATFORM, orderId, Operation.UPDATE, p);
    }

    /** Announces a parcel on its way to the station. */
    public Queued announceParcel(String stationCode, UUID id, String trackingNumber, Carrier carrier, String recipientName,
                                 String recipientPhone, String orderNo, java.time.LocalDate expectedDate, String note) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trackingNumber", trackingNumber);
        if (carrier != null) {
            p.put("carrier", carrier.name());
        }
        p.put("recipientName", recipientName);
        p.put("recipientPhone", recipientPhone);
        p.put("orderNo", orderNo);
        p.put("expectedDate", expectedDate == null ? null : expectedDate.toString());
        p.put("note", note);
        p.values().removeIf(java.util.Objects::isNull);
        return queue(stationCode, HubUpdates.PARCEL_EXPECTED, id, Operation.UPDATE, p);
    }

    /** The buyer confirmed receiving a local-goods shipment. */
    public Queued confirmReceipt(String stationCode, UUID shipmentId, java.time.Instant receivedAt, String note) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("receivedAt", (receivedAt == null ? ctx.clock().instant() : receivedAt).toString());
        if (note != null) {
            p.put("note", note);
        }
        return queue(stationCode, HubUpdates.GOODS_RECEIPT, shipmentId, Operation.UPDATE, p);
    }

    /** The county accounts checked a producer settlement. */
    public Queued confirmSettlement(String stationCode, UUID settlementId, Money confirmedDue, String reference,
                                    String note) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("confirmedAt", ctx.clock().instant().toString());
        p.put("confirmedDueFen", confirmedDue == null ? -1 : confirmedDue.fen());
        if (reference != null) {
            p.put("reference", reference);
        }
        if (note != null) {
            p.put("note", note);
        }
        return queue(stationCode, HubUpdates.SETTLEMENT_CONFIRMATION, settlementId, Operation.UPDATE, p);
    }

    /** The hub checks what it sends as the station will: a wrong value is refused here, not at the station. */
    private static void validate(String entity, Operation operation, Map<String, Object> p) {
        if (operation == Operation.DELETE) {
            return;
        }
        switch (entity) {
            case HubUpdates.CATALOG_ITEM -> {
                HubUpdates.requiredText(p, "name");
                if (HubUpdates.enumValue(Platform.class, p, "platform") == null) {
                    throw new InvalidInputException("error.sync.fieldMissing", "platform");
                }
                HubUpdates.enumValue(ItemCategory.class, p, "category");
                HubUpdates.flag(p, "active");
                price(p, "usualPriceFen");
            }
            case HubUpdates.CATALOG_PRICE -> price(p, "usualPriceFen");
            case HubUpdates.ORDER_PLATFORM -> {
                String tracking = HubUpdates.text(p, "trackingNumber");
                if (HubUpdates.text(p, "platformOrderNo") == null && tracking == null) {
                    throw new InvalidInputException("error.sync.fieldMissing", "platformOrderNo");
                }
                if (tracking != null) {
                    TrackingNumber.parse(tracking);
                }
            }
            case HubUpdates.PARCEL_EXPECTED -> {
                TrackingNumber.parse(HubUpdates.requiredText(p, "trackingNumber"));
                String carrier = HubUpdates.text(p, "carrier");
                if (carrier != null) {
                    Carrier.parse(carrier);
                }
                HubUpdates.date(p, "expectedDate");
            }
            case HubUpdates.GOODS_RECEIPT -> HubUpdates.instant(p, "receivedAt");
            case HubUpdates.SETTLEMENT_CONFIRMATION -> {
                HubUpdates.instant(p, "confirmedAt");
                price(p, "confirmedDueFen");
                GoodsText.optional(HubUpdates.text(p, "reference"), 100, "error.settlement.referenceTooLong");
            }
            default -> HubUpdates.hubFields(entity);
        }
    }

    private static void price(Map<String, Object> p, String field) {
        if (HubUpdates.requiredNumber(p, field) < 0) {
            throw new InvalidInputException("error.sync.fieldValue", field, p.get(field));
        }
    }
}
