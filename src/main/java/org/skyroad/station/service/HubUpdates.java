package org.skyroad.station.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.sync.HubVersions;

/**
 * The records the county hub owns and sends to its stations in return batches, the fields it
 * owns in each (the station owns every other field: counter facts), and the version rule:
 * an update is applied only when its hub version is newer than the one the station holds.
 * The same table is read at both ends: the hub queues only these fields and a station
 * refuses a batch carrying any other. docs/sync-batch-format.md, "Field owners", says it in words.
 */
public final class HubUpdates {

    /** A catalog item the hub lists for every station: all of its fields are the hub's. */
    public static final String CATALOG_ITEM = "catalog.item";
    /** The usual price of a catalog item. */
    public static final String CATALOG_PRICE = "catalog.price";
    /** An assisted order's platform data: the order number on the platform and the tracking number. */
    public static final String ORDER_PLATFORM = "order.platform";
    /** A parcel announced before it arrives. */
    public static final String PARCEL_EXPECTED = "parcel.expected";
    /** A buyer's receipt of a local-goods shipment, confirmed to the hub. */
    public static final String GOODS_RECEIPT = "goods.receipt";
    /** The county accounts' confirmation of a producer settlement. */
    public static final String SETTLEMENT_CONFIRMATION = "goods.settlement";

    private static final Map<String, Set<String>> HUB_FIELDS = Map.of(
            CATALOG_ITEM, Set.of("name", "platform", "link", "usualPriceFen", "category", "active"),
            CATALOG_PRICE, Set.of("usualPriceFen"),
            ORDER_PLATFORM, Set.of("platformOrderNo", "trackingNumber"),
            PARCEL_EXPECTED, Set.of("trackingNumber", "carrier", "recipientName", "recipientPhone", "orderNo",
                    "expectedDate", "note"),
            GOODS_RECEIPT, Set.of("receivedAt", "note"),
            SETTLEMENT_CONFIRMATION, Set.of("confirmedAt", "confirmedDueFen", "reference", "note"));

    /** Entities that go to every enrolled station (the county catalog); the others go to one. */
    private static final Set<String> FOR_EVERY_STATION = Set.of(CATALOG_ITEM, CATALOG_PRICE);

    /** What an area does with an update the version rule let through. */
    @FunctionalInterface
    public interface Apply {
        /** True when applied; false when the record's own state no longer allows it (reported, not applied). */
        boolean apply(SyncUpdate update);
    }

    private final ServiceContext ctx;
    private final HubVersions versions;

    public HubUpdates(ServiceContext ctx, HubVersions versions) {
        this.ctx = ctx;
        this.versions = versions;
    }

    public static Set<String> entities() {
        return HUB_FIELDS.keySet();
    }

    /** The fields the hub owns in {@code entity}. */
    public static Set<String> hubFields(String entity) {
        Set<String> fields = HUB_FIELDS.get(entity);
        if (fields == null) {
            throw new InvalidInputException("error.sync.unknownHubEntity", entity == null ? "" : entity,
                    String.join(", ", new java.util.TreeSet<>(HUB_FIELDS.keySet())));
        }
        return fields;
    }

    public static boolean forEveryStation(String entity) {
        return FOR_EVERY_STATION.contains(entity);
    }

    /** Refuses a field the hub does not own: the whole batch carrying it is refused. */
    public static Map<String, Object> checkFields(String entity, Map<String, Object> payload) {
        Set<String> allowed = hubFields(entity);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : payload.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new InvalidInputException("error.sync.notHubField", entity, e.getKey());
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The handler for one entity: checks the fields, applies the version rule, then lets the
     * area write; the version is kept only when the area applied the update.
     */
    public SyncUpdateHandler versioned(String entity, Apply apply) {
        hubFields(entity);
        return u -> {
            checkFields(entity, u.payload());
            long stored = versions.version(entity, u.entityId());
            if (u.version() <= stored || !apply.apply(u)) {
                return SyncUpdateHandler.Result.stale(stored);
            }
            versions.put(entity, u.entityId(), u.version(), u.hubCode(), ctx.clock().instant());
            return SyncUpdateHandler.Result.applied();
        };
    }

    // ---- reading a payload: a wrong value refuses the batch ------------------------------

    public static String text(Map<String, Object> p, String field) {
        Object v = p.get(field);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    public static String requiredText(Map<String, Object> p, String field) {
        String s = text(p, field);
        if (s == null) {
            throw new InvalidInputException("error.sync.fieldMissing", field);
        }
        return s;
    }

    public static Long number(Map<String, Object> p, String field) {
        Object v = p.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.sync.fieldValue", field, v);
        }
    }

    public static long requiredNumber(Map<String, Object> p, String field) {
        Long n = number(p, field);
        if (n == null) {
            throw new InvalidInputException("error.sync.fieldMissing", field);
        }
        return n;
    }

    public static Instant instant(Map<String, Object> p, String field) {
        String s = text(p, field);
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.sync.fieldValue", field, s);
        }
    }

    public static LocalDate date(Map<String, Object> p, String field) {
        String s = text(p, field);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.sync.fieldValue", field, s);
        }
    }

    public static Boolean flag(Map<String, Object> p, String field) {
        Object v = p.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new InvalidInputException("error.sync.fieldValue", field, v);
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> p, String field) {
        String s = text(p, field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.sync.fieldValue", field, s);
        }
    }

    /** An id typed on the command line. */
    public static UUID id(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.sync.fieldValue", "id", text == null ? "" : text);
        }
    }
}
