package org.skyroad.station.domain.order;

import java.time.LocalDate;
import org.skyroad.station.domain.common.Money;

/**
 * Orders paid on one day (by the day of their first payment, in the station's time zone),
 * cancelled orders left out: how many, their goods, shipping and the service fees earned.
 */
public record FeeDay(LocalDate date, int orders, Money goods, Money shipping, Money fees) {
}
