package org.skyroad.station.domain.goods;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * One thing a settlement pays or deducts: a sold line (amount less commission), a lot bought
 * outright (its price), or a loss the producer bears (deducted). {@code sourceId} is the sale
 * line, the lot or the loss; each is in at most one settlement.
 */
public record SettlementLine(UUID id, UUID settlementId, SettlementLineKind kind, UUID sourceId, UUID lotId,
                             LocalDate date, Quantity quantity, Money amount, Money commission) {

    /** What this line adds to the amount due (negative for a deduction). */
    public Money net() {
        return switch (kind) {
            case SALE -> amount.minus(commission);
            case PURCHASE -> amount;
            case LOSS -> Money.ZERO.minus(amount);
        };
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("kind", kind.name());
        m.put("sourceId", sourceId.toString());
        m.put("lotId", lotId.toString());
        m.put("date", date.toString());
        m.put("quantity", quantity.amount());
        m.put("amountFen", amount.fen());
        m.put("commissionFen", commission.fen());
        return m;
    }
}
