package org.skyroad.station.domain.goods;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** How much of one sold line went out in one shipment. */
public record ShipmentLine(UUID id, UUID shipmentId, UUID saleLineId, UUID lotId, Quantity quantity) {

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("saleLineId", saleLineId.toString());
        m.put("lotId", lotId.toString());
        m.put("quantity", quantity.amount());
        return m;
    }
}
