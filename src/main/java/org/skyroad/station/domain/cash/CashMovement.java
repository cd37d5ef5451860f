package org.skyroad.station.domain.cash;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * One movement of cash through the drawer: signed amount (in positive, out negative), who,
 * when, why, and what it belongs to ({@code referenceEntity} and {@code referenceId}, e.g. an
 * order or a parcel handover). {@code seq} orders the drawer's movements without gaps;
 * {@code reversesId} is set on a correction that cancels an earlier movement. Never edited,
 * never deleted.
 */
public record CashMovement(UUID id, long seq, Instant at, LocalDate businessDate, CashMovementKind kind,
                           Money amount, String reason, String referenceEntity, UUID referenceId, UUID reversesId,
                           UUID staffId, String staffName) {

    public static final int REASON_MAX = 500;

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("at", at.toString());
        m.put("businessDate", businessDate.toString());
        m.put("kind", kind.name());
        m.put("amountFen", amount.fen());
        m.put("reason", reason);
        m.put("referenceEntity", referenceEntity);
        m.put("referenceId", referenceId == null ? null : referenceId.toString());
        m.put("reversesId", reversesId == null ? null : reversesId.toString());
        m.put("staffId", staffId == null ? null : staffId.toString());
        m.put("staffName", staffName);
        return m;
    }
}
