package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * Goods of one sale handed to a carrier under one tracking number; the buyer's confirmation of
 * receipt comes later, typed at the station or from the hub by sync.
 */
public record Shipment(UUID id, UUID saleId, String carrier, String trackingNumber, Instant shippedAt,
                       String createdBy, Instant receivedAt, ReceiptSource receiptSource, String receiptNote,
                       long version) {

    public static final int CARRIER_MAX = 32;
    public static final int NOTE_MAX = 500;
    private static final Pattern TRACKING = Pattern.compile("[A-Z0-9][A-Z0-9-]{4,39}");

    public Shipment {
        if (id == null || saleId == null || shippedAt == null) {
            throw new IllegalArgumentException("id, sale and time are required");
        }
        carrier = GoodsText.required(carrier, CARRIER_MAX, "error.shipment.carrierEmpty", "error.shipment.carrierTooLong");
        trackingNumber = checkTracking(trackingNumber);
        receiptNote = GoodsText.optional(receiptNote, NOTE_MAX, "error.shipment.noteTooLong");
    }

    public static String checkTracking(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (!TRACKING.matcher(t).matches()) {
            throw new InvalidInputException("error.shipment.tracking", text == null ? "" : text);
        }
        return t;
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    public Shipment received(Instant at, ReceiptSource source, String note) {
        return new Shipment(id, saleId, carrier, trackingNumber, shippedAt, createdBy, at, source, note, version + 1);
    }

    public Map<String, Object> snapshot(List<ShipmentLine> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("saleId", saleId.toString());
        m.put("carrier", carrier);
        m.put("trackingNumber", trackingNumber);
        m.put("shippedAt", shippedAt.toString());
        m.put("createdBy", createdBy);
        m.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
        m.put("receiptSource", receiptSource == null ? null : receiptSource.name());
        m.put("receiptNote", receiptNote);
        if (lines != null) {
            m.put("lines", lines.stream().map(ShipmentLine::snapshot).toList());
        }
        m.put("version", version);
        return m;
    }
}
