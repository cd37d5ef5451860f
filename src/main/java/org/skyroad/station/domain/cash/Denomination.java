package org.skyroad.station.domain.cash;

import org.skyroad.station.domain.common.Money;

/** The renminbi notes and coins a drawer is counted in; a 1-yuan coin counts as a 1-yuan note. */
public enum Denomination {
    Y100(10_000), Y50(5_000), Y20(2_000), Y10(1_000), Y5(500), Y1(100), J5(50), J1(10);

    private final long fen;

    Denomination(long fen) {
        this.fen = fen;
    }

    public Money value() {
        return Money.ofFen(fen);
    }

    public static Denomination parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        for (Denomination d : values()) {
            if (d.name().equals(t) || d.value().toString().equals(t) || d.value().toYuan().stripTrailingZeros()
                    .toPlainString().equals(t)) {
                return d;
            }
        }
        throw new org.skyroad.station.domain.common.InvalidInputException("error.cash.denomination", text == null ? "" : text);
    }
}
