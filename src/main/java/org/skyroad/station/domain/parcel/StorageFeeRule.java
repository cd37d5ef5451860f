package org.skyroad.station.domain.parcel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * The optional fee for keeping a parcel past its free days: {@code perDay} for each day after
 * {@code freeDays}, never more than {@code cap}. A per-day fee of zero means no fee is charged.
 */
public record StorageFeeRule(int freeDays, Money perDay, Money cap) {

    public static final StorageFeeRule NONE = new StorageFeeRule(0, Money.ZERO, Money.ZERO);
    public static final int MAX_FREE_DAYS = 365;

    public StorageFeeRule {
        if (freeDays < 0 || freeDays > MAX_FREE_DAYS) {
            throw new InvalidInputException("error.parcel.feeFreeDays", MAX_FREE_DAYS);
        }
        if (perDay == null || perDay.isNegative() || cap == null || cap.isNegative()) {
            throw new InvalidInputException("error.parcel.feeNegative");
        }
    }

    public boolean isCharged() {
        return perDay.fen() > 0;
    }

    /** The fee for a parcel kept {@code daysKept} days (the day of check-in is day 0). */
    public Money feeFor(long daysKept) {
        if (!isCharged() || daysKept <= freeDays) {
            return Money.ZERO;
        }
        Money fee = perDay.times(daysKept - freeDays);
        return cap.fen() > 0 && fee.compareTo(cap) > 0 ? cap : fee;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("freeDays", freeDays);
        m.put("perDayFen", perDay.fen());
        m.put("capFen", cap.fen());
        return m;
    }
}
