package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * A sale of local goods to one buyer: a platform order (with its order number), a wholesaler,
 * the county center, or a livestream campaign (with its tag). Its lines say how much of which
 * lot at what price.
 */
public record Sale(UUID id, Instant soldAt, LocalDate soldOn, BuyerKind buyerKind, String buyerName,
                   String buyerReference, String campaignTag, String note, Money total, String createdBy,
                   long version) {

    public static final int NAME_MAX = 100;
    public static final int REFERENCE_MAX = 64;
    public static final int NOTE_MAX = 500;

    public Sale {
        if (id == null || soldAt == null || soldOn == null || total == null) {
            throw new IllegalArgumentException("id, time and total are required");
        }
        if (buyerKind == null) {
            throw new InvalidInputException("error.sale.buyerKind", "");
        }
        buyerName = GoodsText.required(buyerName, NAME_MAX, "error.sale.buyerEmpty", "error.sale.buyerTooLong");
        buyerReference = GoodsText.optional(buyerReference, REFERENCE_MAX, "error.sale.referenceTooLong");
        campaignTag = GoodsText.optional(campaignTag, REFERENCE_MAX, "error.sale.referenceTooLong");
        note = GoodsText.optional(note, NOTE_MAX, "error.sale.noteTooLong");
        if (buyerKind == BuyerKind.PLATFORM_ORDER && buyerReference == null) {
            throw new InvalidInputException("error.sale.orderNumberRequired");
        }
        if (buyerKind == BuyerKind.LIVESTREAM && campaignTag == null) {
            throw new InvalidInputException("error.sale.campaignRequired");
        }
    }

    public Map<String, Object> snapshot(List<SaleLine> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("soldAt", soldAt.toString());
        m.put("soldOn", soldOn.toString());
        m.put("buyerKind", buyerKind.name());
        m.put("buyerName", buyerName);
        m.put("buyerReference", buyerReference);
        m.put("campaignTag", campaignTag);
        m.put("note", note);
        m.put("totalFen", total.fen());
        m.put("createdBy", createdBy);
        m.put("lines", lines.stream().map(SaleLine::snapshot).toList());
        m.put("version", version);
        return m;
    }
}
