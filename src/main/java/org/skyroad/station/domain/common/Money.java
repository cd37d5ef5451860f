package org.skyroad.station.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan, held as whole fen. Never a double: sums and differences are exact.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses "12", "12.5", "12.50" or "-3.20"; more than two decimals is refused. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("error.money.empty");
        }
        try {
            BigDecimal yuan = new BigDecimal(text.trim().replace(",", "").replace("¥", ""));
            if (yuan.scale() > 2) {
                throw new InvalidInputException("error.money.tooManyDecimals", text.trim());
            }
            return ofYuan(yuan);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.money.notANumber", text.trim());
        }
    }

    public static Money ofYuan(BigDecimal yuan) {
        return new Money(yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(fen, quantity));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public String toString() {
        return toYuan().toPlainString();
    }
}
