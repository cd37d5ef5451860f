package org.skyroad.station.domain.cash;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * The cash counted at a close: either a total typed at once, or a count per note and coin
 * whose sum is the total. Stored as {@code Y100:3,Y10:4} when counted by denomination.
 */
public record CashCount(Money total, Map<Denomination, Integer> pieces) {

    public static final int MAX_PIECES = 100_000;

    public CashCount {
        if (total == null || total.isNegative()) {
            throw new InvalidInputException("error.cash.countNegative");
        }
        EnumMap<Denomination, Integer> copy = new EnumMap<>(Denomination.class);
        if (pieces != null) {
            for (var e : pieces.entrySet()) {
                if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_PIECES) {
                    throw new InvalidInputException("error.cash.pieces", MAX_PIECES);
                }
                if (e.getValue() > 0) {
                    copy.put(e.getKey(), e.getValue());
                }
            }
        }
        pieces = Map.copyOf(copy);
    }

    public static CashCount ofTotal(Money total) {
        return new CashCount(total, Map.of());
    }

    public static CashCount ofPieces(Map<Denomination, Integer> pieces) {
        Money sum = Money.ZERO;
        for (var e : pieces.entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                sum = sum.plus(e.getKey().value().times(e.getValue()));
            }
        }
        return new CashCount(sum, pieces);
    }

    public boolean byDenomination() {
        return !pieces.isEmpty();
    }

    public String encodePieces() {
        if (pieces.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(",");
        for (Denomination d : Denomination.values()) {
            Integer n = pieces.get(d);
            if (n != null) {
                j.add(d.name() + ":" + n);
            }
        }
        return j.toString();
    }

    public static Map<Denomination, Integer> decodePieces(String text) {
        Map<Denomination, Integer> m = new EnumMap<>(Denomination.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                String[] kv = part.split(":");
                m.put(Denomination.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        return m;
    }
}
