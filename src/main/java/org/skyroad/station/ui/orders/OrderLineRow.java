package org.skyroad.station.ui.orders;

import org.skyroad.station.domain.order.OrderDraft;

/** One line of the order being typed, as the table shows it. */
public record OrderLineRow(OrderDraft.Line line) {

    public String platform() {
        return OrderWords.platform(line.platform());
    }

    public String item() {
        return line.itemName();
    }

    public String link() {
        return line.link() == null ? "" : line.link();
    }

    public String quantity() {
        return Integer.toString(line.quantity());
    }

    public String unitPrice() {
        return OrderWords.money(line.unitPrice());
    }

    public String amount() {
        return OrderWords.money(line.unitPrice().times(line.quantity()));
    }
}
