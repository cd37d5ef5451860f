package org.skyroad.station.domain.order;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * The station's service fee on an assisted order (代购服务费), one of three kinds:
 * <ul>
 *   <li>{@code FIXED}: {@code amount} per order;</li>
 *   <li>{@code PERCENT}: {@code basisPoints} of the goods (1 % = 100), rounded half up to the fen,
 *       never less than {@code minimum} and, when {@code cap} is above zero, never more than it;</li>
 *   <li>{@code PER_LINE}: {@code amount} for each line.</li>
 * </ul>
 * Shipping is never part of the fee's basis. Stored as one text, e.g. {@code percent:500:200:0}.
 */
public record ServiceFeeRule(Kind kind, Money amount, int basisPoints, Money minimum, Money cap) {

    public enum Kind { FIXED, PERCENT, PER_LINE }

    public static final int MAX_BASIS_POINTS = 5_000;
    public static final Money MAX_AMOUNT = Money.ofFen(1_000_000L);
    /** Until a station sets its own: 5 % of the goods, at least 2 yuan. */
    public static final ServiceFeeRule DEFAULT = percent(500, Money.ofFen(200), Money.ZERO);

    public ServiceFeeRule {
        if (kind == null) {
            throw new InvalidInputException("error.order.feeRule", "");
        }
        amount = amount == null ? Money.ZERO : amount;
        minimum = minimum == null ? Money.ZERO : minimum;
        cap = cap == null ? Money.ZERO : cap;
        for (Money m : new Money[] {amount, minimum, cap}) {
            if (m.isNegative() || m.compareTo(MAX_AMOUNT) > 0) {
                throw new InvalidInputException("error.order.feeAmount", MAX_AMOUNT);
            }
        }
        if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
            throw new InvalidInputException("error.order.feePercent", MAX_BASIS_POINTS / 100);
        }
        if (kind == Kind.PERCENT && cap.fen() > 0 && cap.compareTo(minimum) < 0) {
            throw new InvalidInputException("error.order.feeCapBelowMinimum", minimum, cap);
        }
    }

    public static ServiceFeeRule fixed(Money perOrder) {
        return new ServiceFeeRule(Kind.FIXED, perOrder, 0, Money.ZERO, Money.ZERO);
    }

    public static ServiceFeeRule percent(int basisPoints, Money minimum, Money cap) {
        return new ServiceFeeRule(Kind.PERCENT, Money.ZERO, basisPoints, minimum, cap);
    }

    public static ServiceFeeRule perLine(Money perLine) {
        return new ServiceFeeRule(Kind.PER_LINE, perLine, 0, Money.ZERO, Money.ZERO);
    }

    /** The fee for an order of {@code goods} (the lines' total) in {@code lineCount} lines. */
    public Money feeFor(Money goods, int lineCount) {
        return switch (kind) {
            case FIXED -> amount;
            case PER_LINE -> amount.times(lineCount);
            case PERCENT -> {
                // Half up to the fen: 5 % of 12.30 is 0.615, charged 0.62. Exact in long fen.
                long raw = Math.multiplyExact(goods.fen(), (long) basisPoints);
                Money fee = Money.ofFen(Math.floorDiv(Math.addExact(raw, 5_000L), 10_000L));
                if (fee.compareTo(minimum) < 0) {
                    fee = minimum;
                }
                if (cap.fen() > 0 && fee.compareTo(cap) > 0) {
                    fee = cap;
                }
                yield fee;
            }
        };
    }

    /** The rule as stored: {@code kind:amountFen:basisPoints:minimumFen:capFen}. */
    public String encode() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + amount.fen() + ":" + basisPoints + ":" + minimum.fen()
                + ":" + cap.fen();
    }

    public static ServiceFeeRule decode(String text) {
        try {
            String[] p = text.split(":");
            return new ServiceFeeRule(Kind.valueOf(p[0].toUpperCase(Locale.ROOT)), Money.ofFen(Long.parseLong(p[1])),
                    Integer.parseInt(p[2]), Money.ofFen(Long.parseLong(p[3])), Money.ofFen(Long.parseLong(p[4])));
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException bad) {
                throw bad;
            }
            throw new InvalidInputException("error.order.feeRule", text);
        }
    }

    /** Parses what a person types: "fixed 5", "percent 5 min 2 max 50", "per-line 3", "5%". */
    public static ServiceFeeRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("error.order.feeRule", "");
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("%", " % ").replaceAll("\\s+", " ").strip();
        String[] w = t.split(" ");
        try {
            if (w[0].equals("fixed") && w.length == 2) {
                return fixed(Money.parse(w[1]));
            }
            if ((w[0].equals("per-line") || w[0].equals("perline") || w[0].equals("per_line")) && w.length == 2) {
                return perLine(Money.parse(w[1]));
            }
            int i = w[0].equals("percent") ? 1 : 0;
            int bp = new java.math.BigDecimal(w[i]).movePointRight(2).intValueExact();
            i++;
            if (i < w.length && w[i].equals("%")) {
                i++;
            }
            Money min = Money.ZERO;
            Money cap = Money.ZERO;
            while (i + 1 < w.length) {
                switch (w[i]) {
                    case "min" -> min = Money.parse(w[i + 1]);
                    case "max", "cap" -> cap = Money.parse(w[i + 1]);
                    default -> throw new InvalidInputException("error.order.feeRule", text.strip());
                }
                i += 2;
            }
            if (i != w.length) {
                throw new InvalidInputException("error.order.feeRule", text.strip());
            }
            return percent(bp, min, cap);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException("error.order.feeRule", text.strip());
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("amountFen", amount.fen());
        m.put("basisPoints", basisPoints);
        m.put("minimumFen", minimum.fen());
        m.put("capFen", cap.fen());
        return m;
    }
}
