package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One step of a parcel's life: what, when, who, and the run or handover it belongs to. */
public record ParcelEvent(UUID id, UUID parcelId, ParcelEventType type, Instant at, UUID actorId,
                          String actorName, UUID runId, UUID handoverId, String detail) {

    public static final int DETAIL_MAX = 500;

    public ParcelEvent {
        if (detail != null && detail.length() > DETAIL_MAX) {
            detail = detail.substring(0, DETAIL_MAX);
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("type", type.name());
        m.put("at", at.toString());
        m.put("actorId", actorId == null ? null : actorId.toString());
        m.put("actorName", actorName);
        m.put("runId", runId == null ? null : runId.toString());
        m.put("handoverId", handoverId == null ? null : handoverId.toString());
        m.put("detail", detail);
        return m;
    }
}
