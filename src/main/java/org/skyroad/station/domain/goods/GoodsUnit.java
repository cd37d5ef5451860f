package org.skyroad.station.domain.goods;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * How a product is counted. Goods sold by weight are kept in grams (three decimals of a kg),
 * the others in whole pieces or jars: exact whole numbers, never a double.
 */
public enum GoodsUnit {
    KG("kg", 3), PIECE("piece", 0), JAR("jar", 0);

    private final String symbol;
    private final int decimals;

    GoodsUnit(String symbol, int decimals) {
        this.symbol = symbol;
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    /** Decimals a typed quantity may have: 3 for kg (grams), none for pieces and jars. */
    public int decimals() {
        return decimals;
    }

    /** Base units in one unit: 1000 grams in a kg, 1 otherwise. */
    public long baseUnitsPerUnit() {
        return this == KG ? 1000 : 1;
    }

    public static GoodsUnit parse(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            for (GoodsUnit u : values()) {
                if (u.name().equalsIgnoreCase(t) || u.symbol.equals(t) || (u.symbol + "s").equals(t)) {
                    return u;
                }
            }
        }
        throw new InvalidInputException("error.goods.unit", text == null ? "" : text);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
