package org.skyroad.station.domain.goods;

import java.math.BigDecimal;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * An amount of goods in whole base units of its {@link GoodsUnit}: grams for goods sold by the
 * kg, pieces or jars otherwise. Sums and differences are exact.
 */
public record Quantity(long amount, GoodsUnit unit) implements Comparable<Quantity> {

    public Quantity {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
    }

    public static Quantity of(long amount, GoodsUnit unit) {
        return new Quantity(amount, unit);
    }

    public static Quantity zero(GoodsUnit unit) {
        return new Quantity(0, unit);
    }

    /** Kilograms as typed ("12.5" is 12,500 g). */
    public static Quantity kg(String text) {
        return parse(text, GoodsUnit.KG);
    }

    /**
     * Parses what an operator types in the product's unit: "12.5" kg, "3" jars. Up to three
     * decimals for kg, none for pieces and jars; zero and less are refused.
     */
    public static Quantity parse(String text, GoodsUnit unit) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("error.goods.quantityEmpty");
        }
        String typed = text.strip();
        BigDecimal value;
        try {
            value = new BigDecimal(typed.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.goods.quantityNotANumber", typed);
        }
        if (value.stripTrailingZeros().scale() > unit.decimals()) {
            throw new InvalidInputException(unit.decimals() == 0 ? "error.goods.quantityWhole" : "error.goods.quantityDecimals",
                    typed, unit.symbol());
        }
        if (value.signum() <= 0) {
            throw new InvalidInputException("error.goods.quantityPositive", typed);
        }
        try {
            return new Quantity(value.movePointRight(unit.decimals()).longValueExact(), unit);
        } catch (ArithmeticException e) {
            throw new InvalidInputException("error.goods.quantityNotANumber", typed);
        }
    }

    public Quantity plus(Quantity other) {
        same(other);
        return new Quantity(Math.addExact(amount, other.amount), unit);
    }

    public Quantity minus(Quantity other) {
        same(other);
        return new Quantity(Math.subtractExact(amount, other.amount), unit);
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public boolean isZero() {
        return amount == 0;
    }

    private void same(Quantity other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException(unit + " and " + other.unit);
        }
    }

    /**
     * What this quantity costs at {@code perUnit} (per kg, per piece, per jar), rounded half up
     * to the fen: 1.255 kg at 10.00 a kg is 12.55.
     */
    public Money priceAt(Money perUnit) {
        long base = unit.baseUnitsPerUnit();
        long product = Math.multiplyExact(perUnit.fen(), amount);
        return Money.ofFen(roundHalfUp(product, base));
    }

    static long roundHalfUp(long numerator, long denominator) {
        if (numerator >= 0) {
            return (numerator + denominator / 2) / denominator;
        }
        return -((-numerator + denominator / 2) / denominator);
    }

    /** The number as typed, without the unit: "12.5", "3". */
    public String plain() {
        return BigDecimal.valueOf(amount, unit.decimals()).stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(Quantity o) {
        same(o);
        return Long.compare(amount, o.amount);
    }

    @Override
    public String toString() {
        return plain() + " " + unit.symbol();
    }
}
