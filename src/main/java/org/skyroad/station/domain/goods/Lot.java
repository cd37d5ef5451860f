package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * One traceable quantity of one product from one producer and day, under one lot code.
 * {@code received} is what the lot was born with; {@code onHand} what is still in the store
 * unsold (never below zero). {@code unitPrice} is per kg, piece or jar: the consignment price
 * agreed with the producer, or the price paid when bought outright.
 */
public record Lot(UUID id, LotCode code, UUID productId, UUID producerId, String grade,
                  Quantity received, Quantity onHand, Long weightGrams, LocalDate producedOn, LocalDate bestBefore,
                  LotTerms terms, Money unitPrice, LotOrigin origin, String note,
                  Instant createdAt, String createdBy, Instant updatedAt, long version) {

    public static final int NOTE_MAX = 500;

    public Lot {
        if (id == null || code == null || productId == null || producerId == null || received == null
                || onHand == null || producedOn == null || terms == null || unitPrice == null || origin == null) {
            throw new IllegalArgumentException("a lot needs its id, code, product, producer, quantities, date, terms, price and origin");
        }
        if (onHand.unit() != received.unit()) {
            throw new IllegalArgumentException("units differ");
        }
        note = GoodsText.optional(note, NOTE_MAX, "error.lot.noteTooLong");
    }

    public GoodsUnit unit() {
        return received.unit();
    }

    public boolean inStock() {
        return onHand.isPositive();
    }

    /** Days from {@code today} to the best-before day: negative when past; none when not perishable. */
    public Long daysLeft(LocalDate today) {
        return bestBefore == null ? null : ChronoUnit.DAYS.between(today, bestBefore);
    }

    public boolean isPastBestBefore(LocalDate today) {
        return bestBefore != null && today.isAfter(bestBefore);
    }

    public Lot withOnHand(Quantity newOnHand, Instant now) {
        return new Lot(id, code, productId, producerId, grade, received, newOnHand, weightGrams, producedOn, bestBefore,
                terms, unitPrice, origin, note, createdAt, createdBy, now, version + 1);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("code", code.value());
        m.put("productId", productId.toString());
        m.put("producerId", producerId.toString());
        m.put("grade", grade);
        m.put("unit", unit().name());
        m.put("received", received.amount());
        m.put("onHand", onHand.amount());
        m.put("weightGrams", weightGrams);
        m.put("producedOn", producedOn.toString());
        m.put("bestBefore", bestBefore == null ? null : bestBefore.toString());
        m.put("terms", terms.name());
        m.put("unitPriceFen", unitPrice.fen());
        m.put("origin", origin.name());
        m.put("note", note);
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", createdBy);
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }
}
