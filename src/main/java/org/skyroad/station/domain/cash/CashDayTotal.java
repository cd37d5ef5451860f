package org.skyroad.station.domain.cash;

import java.time.LocalDate;
import org.skyroad.station.domain.common.Money;

/** The movements of one kind on one business day: how many and their signed sum. */
public record CashDayTotal(LocalDate date, CashMovementKind kind, int count, Money total) {
}
