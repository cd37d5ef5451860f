package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/**
 * A trip on a date that takes parcels (and notices) to one village or along a named route.
 * OPEN while parcels are added and out; CLOSED when it is back and every parcel has an outcome.
 */
public record VillageRun(UUID id, UUID villageId, String route, LocalDate runDate, Status status,
                         Instant createdAt, String createdBy, Instant closedAt, long version) {

    public enum Status { OPEN, CLOSED }

    public static final int ROUTE_MAX = 100;

    public VillageRun {
        route = TextRules.clean(route);
        route = route == null || route.isEmpty() ? null : route;
        if (route != null && (route.length() > ROUTE_MAX || TextRules.hasControlCharacters(route))) {
            throw new InvalidInputException("error.parcel.routeTooLong", ROUTE_MAX);
        }
        if (villageId == null && route == null) {
            throw new InvalidInputException("error.parcel.runWhere");
        }
        if (runDate == null) {
            throw new InvalidInputException("error.parcel.runDate");
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public VillageRun closed(Instant now) {
        return new VillageRun(id, villageId, route, runDate, Status.CLOSED, createdAt, createdBy, now, version + 1);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("villageId", villageId == null ? null : villageId.toString());
        m.put("route", route);
        m.put("runDate", runDate.toString());
        m.put("status", status.name());
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", createdBy);
        m.put("closedAt", closedAt == null ? null : closedAt.toString());
        m.put("version", version);
        return m;
    }
}
