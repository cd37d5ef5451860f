package org.skyroad.station.ui.orders;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.i18n.Messages;

/** Words for orders on screen: platforms, states, categories, money as typed and shown. */
public final class OrderWords {

    private OrderWords() {
    }

    public static String platform(Platform p) {
        return p == null ? "" : Messages.get("ordersui.platform." + p.code());
    }

    public static String status(OrderStatus s) {
        return s == null ? "" : Messages.get("ordersui.status." + s.code());
    }

    public static String category(ItemCategory c) {
        return c == null ? "" : Messages.get(c.messageKey());
    }

    /** "¥12.50" even for zero. */
    public static String money(Money m) {
        return "¥" + (m == null ? Money.ZERO : m);
    }

    /** "¥12.50", or empty for nothing. */
    public static String moneyOrEmpty(Money m) {
        return m == null || m.fen() == 0 ? "" : "¥" + m;
    }

    /** What a person typed as an amount; empty means zero. Refuses with the money sentence. */
    public static Money amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return Money.ZERO;
        }
        return Money.parse(typed);
    }

    /** A whole number of pieces as typed; empty means one. */
    public static int quantity(String typed) {
        if (typed == null || typed.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.order.quantity", OrderLine.QUANTITY_MAX, typed.strip());
        }
    }

    /** The lines in one short text: "Rain boots ×2, Rice". */
    public static String items(Order o) {
        return o.lines().stream().map(l -> l.quantity() == 1 ? l.itemName() : l.itemName() + " ×" + l.quantity())
                .collect(Collectors.joining(", "));
    }

    /** The platforms of the lines: "JD, Taobao". */
    public static String platforms(Order o) {
        return o.lines().stream().map(OrderLine::platform).distinct().map(OrderWords::platform)
                .collect(Collectors.joining(", "));
    }

    /** Every link or SKU of the order, one a line. */
    public static String links(Order o) {
        List<String> links = o.lines().stream().map(OrderLine::link).filter(l -> l != null && !l.isBlank()).distinct()
                .toList();
        return String.join("\n", links);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
