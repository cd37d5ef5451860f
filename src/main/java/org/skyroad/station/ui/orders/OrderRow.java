package org.skyroad.station.ui.orders;

import java.time.ZoneId;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.ui.common.Text;

/** One order in a list, with who it is for. */
public record OrderRow(Order order, String villagerName, String villagerPhone, ZoneId zone) {

    static OrderRow of(OrderDesk.Listed l, ZoneId zone) {
        return new OrderRow(l.order(), l.villagerName(), l.villagerPhone(), zone);
    }

    public String number() {
        return order.number();
    }

    public String villager() {
        return villagerName + (villagerPhone == null ? "" : "  " + villagerPhone);
    }

    public String status() {
        return OrderWords.status(order.status());
    }

    public String items() {
        return OrderWords.items(order);
    }

    public String platforms() {
        return OrderWords.platforms(order);
    }

    public String links() {
        return OrderWords.links(order);
    }

    public String total() {
        return OrderWords.money(order.total());
    }

    public String paid() {
        return OrderWords.money(order.paid());
    }

    public String balance() {
        return OrderWords.moneyOrEmpty(order.balanceDue());
    }

    public String created() {
        return Text.dateTime(order.createdAt(), zone);
    }
}
