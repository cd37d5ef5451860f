package org.skyroad.station.domain.goods;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * The station's commission on a product's sales: a percentage of the sale amount (kept in basis
 * points, 850 = 8.5%), or a fixed amount per unit sold (fen per kg, piece or jar). Rounded half
 * up to the fen, per sold line.
 */
public record Commission(Kind kind, long value) {

    public enum Kind { PERCENT, PER_UNIT }

    public static final long MAX_BASIS_POINTS = 10_000;
    public static final Commission NONE = new Commission(Kind.PERCENT, 0);

    public Commission {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (value < 0 || (kind == Kind.PERCENT && value > MAX_BASIS_POINTS)) {
            throw new InvalidInputException("error.goods.commission", kind == Kind.PERCENT
                    ? BigDecimal.valueOf(value, 2).toPlainString() + "%" : Money.ofFen(value).toString());
        }
    }

    public static Commission basisPoints(long bp) {
        return new Commission(Kind.PERCENT, bp);
    }

    public static Commission perUnit(Money perUnit) {
        return new Commission(Kind.PER_UNIT, perUnit.fen());
    }

    /** Reads "8", "8.5%" (percent) or "2.50/unit" (yuan per unit). */
    public static Commission parse(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        try {
            if (t.endsWith("/unit") || t.endsWith("/kg") || t.endsWith("/piece") || t.endsWith("/jar")) {
                return perUnit(Money.parse(t.substring(0, t.indexOf('/'))));
            }
            BigDecimal pct = new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            if (pct.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("error.goods.commission", t);
            }
            return basisPoints(pct.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException | InvalidInputException e) {
            throw new InvalidInputException("error.goods.commission", t);
        }
    }

    /** The commission on a sold line of {@code quantity} for {@code amount}. */
    public Money on(Money amount, Quantity quantity) {
        if (kind == Kind.PERCENT) {
            return Money.ofFen(Quantity.roundHalfUp(Math.multiplyExact(amount.fen(), value), MAX_BASIS_POINTS));
        }
        return quantity.priceAt(Money.ofFen(value));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("value", value);
        return m;
    }

    @Override
    public String toString() {
        return kind == Kind.PERCENT ? BigDecimal.valueOf(value, 2).stripTrailingZeros().toPlainString() + "%"
                : Money.ofFen(value) + "/unit";
    }
}
