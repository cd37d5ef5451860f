package org.skyroad.station.domain.goods;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * One lot in a sale: how much, at what price per unit, and how much of it has been shipped so
 * far (dispatches may be partial). A sold line is paid to its producer in exactly one settlement.
 */
public record SaleLine(UUID id, UUID saleId, UUID lotId, Quantity quantity, Money unitPrice, Money amount,
                       Quantity shipped, long version) {

    public SaleLine {
        if (id == null || saleId == null || lotId == null || quantity == null || unitPrice == null
                || amount == null || shipped == null) {
            throw new IllegalArgumentException("every field of a sale line is required");
        }
    }

    public Quantity toShip() {
        return quantity.minus(shipped);
    }

    public SaleLine withShipped(Quantity newShipped) {
        return new SaleLine(id, saleId, lotId, quantity, unitPrice, amount, newShipped, version + 1);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("saleId", saleId.toString());
        m.put("lotId", lotId.toString());
        m.put("unit", quantity.unit().name());
        m.put("quantity", quantity.amount());
        m.put("unitPriceFen", unitPrice.fen());
        m.put("amountFen", amount.fen());
        m.put("shipped", shipped.amount());
        m.put("version", version);
        return m;
    }
}
