package org.skyroad.station.domain.cash;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * A close of the drawer: the movements {@code fromSeq..toSeq} since the previous close, the
 * balance the drawer should hold ({@code expected} = the previous close's counted cash +
 * those movements), what was counted, and the difference with its reason. Signed by the
 * operator who counted; when the difference is over the station's threshold, a manager must
 * co-sign before the close is complete. The counted cash is the next period's opening;
 * {@code totalAtClose} is the drawer's running total of all movements at the close.
 */
public record DailyClose(UUID id, Instant closedAt, LocalDate businessDate, long fromSeq, long toSeq,
                         Money totalAtClose, Money opening, Money movementsTotal, Money expected, CashCount counted,
                         String reason, Money threshold, Status status, UUID operatorId, String operatorName,
                         UUID managerId, String managerName, Instant cosignedAt, long version) {

    public enum Status { SIGNED, AWAITING_MANAGER }

    public Money difference() {
        return counted.total().minus(expected);
    }

    public boolean needsManager() {
        return status == Status.AWAITING_MANAGER;
    }

    public DailyClose cosigned(UUID manager, String name, Instant at) {
        return new DailyClose(id, closedAt, businessDate, fromSeq, toSeq, totalAtClose, opening, movementsTotal,
                expected, counted, reason, threshold, Status.SIGNED, operatorId, operatorName, manager, name, at,
                version + 1);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("closedAt", closedAt.toString());
        m.put("businessDate", businessDate.toString());
        m.put("fromSeq", fromSeq);
        m.put("toSeq", toSeq);
        m.put("totalAtCloseFen", totalAtClose.fen());
        m.put("openingFen", opening.fen());
        m.put("movementsFen", movementsTotal.fen());
        m.put("expectedFen", expected.fen());
        m.put("countedFen", counted.total().fen());
        m.put("pieces", counted.encodePieces());
        m.put("differenceFen", difference().fen());
        m.put("reason", reason);
        m.put("thresholdFen", threshold.fen());
        m.put("status", status.name());
        m.put("operatorId", operatorId == null ? null : operatorId.toString());
        m.put("operatorName", operatorName);
        m.put("managerId", managerId == null ? null : managerId.toString());
        m.put("managerName", managerName);
        m.put("cosignedAt", cosignedAt == null ? null : cosignedAt.toString());
        m.put("version", version);
        return m;
    }
}
