package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * Goods spoiled, broken or lost: from the store (the lot's stock goes down) or in transit
 * (after a shipment; {@code shipmentId} names it). {@code amount} is what the loss is worth and
 * {@code bearer} who bears it: a producer's share is deducted in their next settlement.
 */
public record Loss(UUID id, UUID lotId, UUID shipmentId, Quantity quantity, LossReason reason, LossBearer bearer,
                   Money amount, String note, Instant at, LocalDate lossDate, String createdBy, long version) {

    public static final int NOTE_MAX = 500;

    public Loss {
        if (id == null || lotId == null || quantity == null || reason == null || bearer == null || amount == null
                || at == null || lossDate == null) {
            throw new IllegalArgumentException("every field of a loss but the shipment and note is required");
        }
        note = GoodsText.optional(note, NOTE_MAX, "error.loss.noteTooLong");
    }

    public boolean inTransit() {
        return shipmentId != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("lotId", lotId.toString());
        m.put("shipmentId", shipmentId == null ? null : shipmentId.toString());
        m.put("unit", quantity.unit().name());
        m.put("quantity", quantity.amount());
        m.put("reason", reason.name());
        m.put("bearer", bearer.name());
        m.put("amountFen", amount.fen());
        m.put("note", note);
        m.put("at", at.toString());
        m.put("lossDate", lossDate.toString());
        m.put("createdBy", createdBy);
        m.put("version", version);
        return m;
    }
}
