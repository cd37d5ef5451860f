package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Unclaimed parcels handed back to one carrier in one go: the printed return list. */
public record CarrierReturn(UUID id, Carrier carrier, Instant at, String staffName, List<UUID> parcelIds,
                            long version) {

    public CarrierReturn {
        parcelIds = List.copyOf(parcelIds);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("carrier", carrier.name());
        m.put("at", at.toString());
        m.put("staffName", staffName);
        m.put("parcelIds", parcelIds.stream().map(UUID::toString).toList());
        m.put("version", version);
        return m;
    }
}
