package org.skyroad.station.ui.orders;

import java.time.Instant;
import java.util.List;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.report.OrderReceipt;
import org.skyroad.station.domain.report.StationHeader;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.OrderDesk;

/** Fills the printed receipt of an order from what the order desk saved. Runs in background work. */
final class OrderReceipts {

    private OrderReceipts() {
    }

    static OrderReceipt of(OrderScreens screens, Order saved) {
        OrderDesk.Receipt r = screens.desk().receipt(saved.id());
        Order o = r.order();
        Station st = screens.settings().station();
        Villager v = screens.villagers().get(o.villagerId());
        String village = v.villageId() == null ? null : screens.villagers().villages().stream()
                .filter(x -> x.id().equals(v.villageId())).map(Village::name).findFirst().orElse(null);
        List<OrderReceipt.Line> lines = o.lines().stream()
                .map(l -> new OrderReceipt.Line(OrderWords.platform(l.platform()), l.itemName(), l.quantity(), l.unitPrice()))
                .toList();
        String operator = screens.session().actor().map(a -> a.displayName()).orElse(o.createdBy());
        String arrival = o.expectedArrival() == null ? null
                : Messages.get("ordersui.receipt.expected", o.expectedArrival().toString());
        String note = o.note() == null ? arrival : arrival == null ? o.note() : o.note() + "\n" + arrival;
        Instant at = o.paidAt() != null ? o.paidAt() : o.createdAt();
        return new OrderReceipt(new StationHeader(r.stationCode(), r.stationName(), null, st.zone()), o.number(), at,
                r.villagerName(), v.phone() == null ? null : v.phone().digits(), village, lines, o.shipping(), o.fee(),
                o.paid(), operator, note);
    }
}
