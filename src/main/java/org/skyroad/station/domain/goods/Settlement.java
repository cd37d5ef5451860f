package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * What the station owes a producer for a period: the sales of their consignment lots less the
 * station's commission, plus goods bought outright, less the losses they bear.
 * {@code due = sales - commission + purchases - deductions}. Open until paid, in cash through
 * the drawer or by transfer.
 */
public record Settlement(UUID id, UUID producerId, LocalDate periodFrom, LocalDate periodTo,
                         Money sales, Money commission, Money deductions, Money purchases, Money due,
                         SettlementStatus status, Instant createdAt, String createdBy,
                         Instant paidAt, PayoutMethod payoutMethod, String payoutReference, String paidBy,
                         long version) {

    public static final int REFERENCE_MAX = 64;

    public Settlement {
        if (id == null || producerId == null || periodFrom == null || periodTo == null || status == null) {
            throw new IllegalArgumentException("id, producer, period and status are required");
        }
        if (!due.equals(sales.minus(commission).plus(purchases).minus(deductions))) {
            throw new IllegalArgumentException("due does not add up");
        }
        payoutReference = GoodsText.optional(payoutReference, REFERENCE_MAX, "error.settlement.referenceTooLong");
    }

    public boolean isPaid() {
        return status == SettlementStatus.PAID;
    }

    public Settlement paid(Instant at, PayoutMethod method, String reference, String by) {
        return new Settlement(id, producerId, periodFrom, periodTo, sales, commission, deductions, purchases, due,
                SettlementStatus.PAID, createdAt, createdBy, at, method, reference, by, version + 1);
    }

    public Map<String, Object> snapshot(List<SettlementLine> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("producerId", producerId.toString());
        m.put("periodFrom", periodFrom.toString());
        m.put("periodTo", periodTo.toString());
        m.put("salesFen", sales.fen());
        m.put("commissionFen", commission.fen());
        m.put("deductionsFen", deductions.fen());
        m.put("purchasesFen", purchases.fen());
        m.put("dueFen", due.fen());
        m.put("status", status.name());
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", createdBy);
        m.put("paidAt", paidAt == null ? null : paidAt.toString());
        m.put("payoutMethod", payoutMethod == null ? null : payoutMethod.name());
        m.put("payoutReference", payoutReference);
        m.put("paidBy", paidBy);
        if (lines != null) {
            m.put("lines", lines.stream().map(SettlementLine::snapshot).toList());
        }
        m.put("version", version);
        return m;
    }
}
