package org.skyroad.station.domain.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;

/**
 * An item the station often orders: name, platform, link or SKU, usual price and category.
 * Picking it fills an order line; the price on the line can still be changed. Items are
 * switched off, never deleted: old orders point to them.
 */
public record CatalogItem(UUID id, String name, Platform platform, String link, Money usualPrice,
                          ItemCategory category, boolean active, Instant createdAt, Instant updatedAt, long version) {

    public static final int NAME_MAX = 200;
    public static final int LINK_MAX = 1000;

    public CatalogItem {
        if (id == null || platform == null || category == null || usualPrice == null) {
            throw new IllegalArgumentException("id, platform, category and price are required");
        }
        name = OrderText.required(name, NAME_MAX, "error.order.itemEmpty", "error.order.itemTooLong");
        link = OrderText.optional(link, LINK_MAX, "error.order.linkTooLong");
        OrderLine.checkPrice(usualPrice);
    }

    public String searchKey() {
        return TextRules.searchKey(name);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("name", name);
        m.put("platform", platform.name());
        m.put("link", link);
        m.put("usualPriceFen", usualPrice.fen());
        m.put("category", category.name());
        m.put("active", active);
        m.put("createdAt", createdAt.toString());
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }

    /** What the catalog editor sends: the item's fields as typed. */
    public record Draft(String name, Platform platform, String link, Money usualPrice, ItemCategory category) {
        public Draft {
            if (platform == null) {
                throw new InvalidInputException("error.order.platform", "");
            }
            if (category == null) {
                throw new InvalidInputException("error.order.category", "");
            }
            if (usualPrice == null) {
                throw new InvalidInputException("error.order.priceMissing");
            }
        }
    }
}
