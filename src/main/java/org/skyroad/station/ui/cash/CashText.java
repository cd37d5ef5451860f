package org.skyroad.station.ui.cash;

import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.Denomination;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.i18n.Messages;

/** Words and amounts of the cash screens. */
final class CashText {

    private CashText() {
    }

    static String money(Money m) {
        Money v = m == null ? Money.ZERO : m;
        return v.isNegative() ? "−¥" + Money.ZERO.minus(v) : "¥" + v;
    }

    /** With a sign either way: a movement or a difference. */
    static String signed(Money m) {
        Money v = m == null ? Money.ZERO : m;
        return v.isNegative() ? money(v) : (v.fen() == 0 ? money(v) : "+¥" + v);
    }

    static String kind(CashMovementKind kind) {
        return kind == null ? "" : Messages.get(kind.messageKey());
    }

    static String denomination(Denomination d) {
        return switch (d) {
            case J5 -> Messages.get("cashui.close.jiao", 5);
            case J1 -> Messages.get("cashui.close.jiao", 1);
            default -> Messages.get("cashui.close.yuan", d.value().toYuan().stripTrailingZeros().toPlainString());
        };
    }

    /** An amount typed by the operator; blank is null. */
    static Money parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Money.parse(text.strip().replace("¥", "").replace("￥", ""));
    }

    /** A count of notes typed by the operator; blank is zero. */
    static int pieces(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cashui.close.piecesNotANumber", text.strip());
        }
    }
}
