package org.skyroad.station.domain.order;

import java.util.List;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * A new order as the operator types it, before anything is saved: for whom, the lines, the
 * shipping the platform charges, and optionally a service fee a manager set by hand (with the
 * reason). The order screen's view-model holds one and asks {@code OrderDesk.quote} for the
 * fee and total after each key.
 */
public record OrderDraft(UUID villagerId, List<Line> lines, Money shipping, Money feeOverride,
                         String feeOverrideReason, String note) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        shipping = shipping == null ? Money.ZERO : shipping;
    }

    public static OrderDraft of(UUID villagerId, List<Line> lines, Money shipping) {
        return new OrderDraft(villagerId, lines, shipping, null, null, null);
    }

    public OrderDraft withFee(Money fee, String reason) {
        return new OrderDraft(villagerId, lines, shipping, fee, reason, note);
    }

    public OrderDraft withNote(String text) {
        return new OrderDraft(villagerId, lines, shipping, feeOverride, feeOverrideReason, text);
    }

    /** One line as typed. {@code catalogItemId} is set when it was picked from the catalog. */
    public record Line(Platform platform, String itemName, String link, int quantity, Money unitPrice,
                       ItemCategory category, UUID catalogItemId) {

        public static Line of(Platform platform, String itemName, String link, int quantity, Money unitPrice) {
            return new Line(platform, itemName, link, quantity, unitPrice, ItemCategory.OTHER, null);
        }

        /** A line filled from a catalog item, at its usual price. */
        public static Line from(CatalogItem item, int quantity) {
            return new Line(item.platform(), item.name(), item.link(), quantity, item.usualPrice(), item.category(),
                    item.id());
        }

        public OrderLine toLine(int lineNo) {
            return new OrderLine(lineNo, platform, itemName, link, quantity, unitPrice, category, catalogItemId);
        }
    }
}
