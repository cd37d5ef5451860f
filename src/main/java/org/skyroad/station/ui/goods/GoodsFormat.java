package org.skyroad.station.ui.goods;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.i18n.Messages;

/** How the goods screens write products, quantities, money, dates and the goods enums. */
public final class GoodsFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private GoodsFormat() {
    }

    /** The product's name in the interface language (falling back as the product says), with the others after it. */
    public static String product(Product p) {
        if (p == null) {
            return "";
        }
        String main = p.name(Messages.locale());
        String en = p.nameEn();
        if (en != null && !en.equals(main) && !"en".equals(Messages.locale().getLanguage())) {
            return main + " · " + en;
        }
        return main;
    }

    /** The product's name in the interface language only, for narrow lists. */
    public static String productShort(Product p) {
        return p == null ? "" : p.name(Messages.locale());
    }

    public static String producer(Producer p) {
        return p == null ? "" : p.name();
    }

    public static String quantity(Quantity q) {
        return q == null ? "" : q.plain() + " " + unit(q.unit());
    }

    public static String unit(org.skyroad.station.domain.goods.GoodsUnit u) {
        return u == null ? "" : Messages.get("goodsui.unit." + u.code());
    }

    public static String money(Money m) {
        if (m == null) {
            return "";
        }
        return m.isNegative() ? "-¥" + Money.ZERO.minus(m) : "¥" + m;
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** A typed day (2025-07-01); blank is none. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.goodsui.date", text.strip());
        }
    }

    /** The bundle text of one of the goods enums: goodsui.lossReason.spoiled. */
    public static String enumText(String group, Enum<?> value) {
        return value == null ? "" : Messages.get("goodsui." + group + "." + value.name().toLowerCase(Locale.ROOT));
    }

    /** "3 days left", "past best-before", or nothing for goods that keep. */
    public static String daysLeft(Lot lot, LocalDate today) {
        Long d = lot.daysLeft(today);
        if (d == null) {
            return "";
        }
        return d < 0 ? Messages.get("goodsui.stock.past") : Messages.get("goodsui.stock.daysLeft", d);
    }
}
