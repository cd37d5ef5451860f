package org.skyroad.station.domain.cash;

import java.util.List;
import java.util.Map;
import org.skyroad.station.domain.common.Money;

/**
 * Everything the close report prints: the station, the close with its signatures, the
 * period's movements, and their totals by kind (in and out).
 */
public record DailyCloseSummary(String stationCode, String stationName, DailyClose close,
                                Map<CashMovementKind, Money> totalsByKind, Money totalIn, Money totalOut,
                                List<CashMovement> movements) {
}
