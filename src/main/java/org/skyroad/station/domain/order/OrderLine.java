package org.skyroad.station.domain.order;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;

/**
 * One line of an assisted order: where (platform), what (item, link or SKU), how many and at
 * what unit price. {@code catalogItemId} is set when the line was picked from the catalog.
 */
public record OrderLine(int lineNo, Platform platform, String itemName, String link, int quantity,
                        Money unitPrice, ItemCategory category, UUID catalogItemId) {

    public static final int QUANTITY_MAX = 999;
    /** One million yuan: far above any order a station takes, far below an overflow. */
    public static final Money PRICE_MAX = Money.ofFen(100_000_000L);

    public OrderLine {
        if (platform == null) {
            throw new InvalidInputException("error.order.platform", "");
        }
        itemName = OrderText.required(itemName, CatalogItem.NAME_MAX, "error.order.itemEmpty", "error.order.itemTooLong");
        link = OrderText.optional(link, CatalogItem.LINK_MAX, "error.order.linkTooLong");
        if (quantity < 1 || quantity > QUANTITY_MAX) {
            throw new InvalidInputException("error.order.quantity", QUANTITY_MAX, quantity);
        }
        if (unitPrice == null) {
            throw new InvalidInputException("error.order.priceMissing");
        }
        if (unitPrice.fen() <= 0) {
            throw new InvalidInputException("error.order.priceNotPositive", unitPrice);
        }
        checkPrice(unitPrice);
        category = category == null ? ItemCategory.OTHER : category;
    }

    /** A price may be zero (a catalog item whose price is not known yet) but not negative or absurd. */
    static void checkPrice(Money price) {
        if (price.isNegative()) {
            throw new InvalidInputException("error.order.priceNegative", price);
        }
        if (price.compareTo(PRICE_MAX) > 0) {
            throw new InvalidInputException("error.order.priceTooLarge", PRICE_MAX);
        }
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lineNo", lineNo);
        m.put("platform", platform.name());
        m.put("itemName", itemName);
        m.put("link", link);
        m.put("quantity", quantity);
        m.put("unitPriceFen", unitPrice.fen());
        m.put("category", category.name());
        m.put("catalogItemId", catalogItemId == null ? null : catalogItemId.toString());
        return m;
    }
}
