package org.skyroad.station.ui.orders;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderEvent;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * The orders list: by status (open ones by default) or by what is typed (order number or its
 * end, platform order number, phone, name), and the chosen order's detail with every step of
 * its life the order desk offers. The desk decides what makes sense: a refused step shows the
 * desk's sentence and changes nothing.
 */
public final class OrderListViewModel {

    /** The status filter: null is "every open order". */
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<OrderRow> selected = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty history = new SimpleStringProperty("");
    private final StringProperty platformNo = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final OrderScreens screens;
    private long asked;

    public OrderListViewModel(OrderScreens screens) {
        this.screens = screens;
        status.addListener((obs, old, now) -> load());
        selected.addListener((obs, old, now) -> showDetail(now));
    }

    /** Lists the orders for the filter and the typed text. */
    public void load() {
        OrderStatus s = status.get();
        String text = query.get() == null ? "" : query.get().strip();
        UUID keep = selected.get() == null ? null : selected.get().order().id();
        long question = ++asked;
        busy.set(true);
        screens.executor().run(p -> {
            ZoneId zone = screens.zone();
            List<OrderDesk.Listed> found = new ArrayList<>();
            if (!text.isEmpty()) {
                for (OrderDesk.Listed l : screens.desk().find(text)) {
                    if (s == null || l.order().status() == s) {
                        found.add(l);
                    }
                }
            } else if (s != null) {
                found.addAll(screens.desk().withStatus(s));
            } else {
                for (OrderStatus open : OrderStatus.values()) {
                    if (open.isOpen()) {
                        found.addAll(screens.desk().withStatus(open));
                    }
                }
                found.sort(Comparator.comparing((OrderDesk.Listed l) -> l.order().createdAt()).reversed());
            }
            return found.stream().map(l -> OrderRow.of(l, zone)).toList();
        }, (List<OrderRow> list) -> {
            if (question != asked) {
                return;
            }
            busy.set(false);
            rows.setAll(list);
            OrderRow again = keep == null ? null
                    : list.stream().filter(r -> r.order().id().equals(keep)).findFirst().orElse(null);
            selected.set(again);
            if (list.isEmpty()) {
                message.set(Messages.get("ordersui.list.none"));
            } else {
                message.set("");
            }
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    private void showDetail(OrderRow row) {
        if (row == null) {
            detail.set("");
            history.set("");
            return;
        }
        Order o = row.order();
        StringBuilder b = new StringBuilder();
        b.append(o.number()).append("   ").append(OrderWords.status(o.status())).append('\n');
        b.append(row.villager()).append('\n');
        for (OrderLine l : o.lines()) {
            b.append(Messages.get("ordersui.detail.line", OrderWords.platform(l.platform()), l.itemName(), l.quantity(),
                    OrderWords.money(l.unitPrice()), OrderWords.money(l.amount()))).append('\n');
            if (l.link() != null) {
                b.append("    ").append(l.link()).append('\n');
            }
        }
        b.append(Messages.get("ordersui.detail.money", OrderWords.money(o.goods()), OrderWords.money(o.shipping()),
                OrderWords.money(o.fee()), OrderWords.money(o.total()))).append('\n');
        if (o.adjustment().fen() != 0) {
            b.append(Messages.get("ordersui.detail.adjustment", OrderWords.money(o.adjustment()))).append('\n');
        }
        b.append(Messages.get("ordersui.detail.paid", OrderWords.money(o.paid()), OrderWords.money(o.balanceDue())));
        if (o.refundDue().fen() > 0) {
            b.append('\n').append(Messages.get("ordersui.detail.refundDue", OrderWords.money(o.refundDue())));
        }
        if (o.platformOrderNo() != null) {
            b.append('\n').append(Messages.get("ordersui.detail.platformNo", o.platformOrderNo(),
                    Text.nullToEmpty(o.placedBy())));
        }
        if (o.trackingNumber() != null) {
            b.append('\n').append(Messages.get("ordersui.detail.tracking", o.trackingNumber()));
        }
        if (o.expectedArrival() != null && o.status().isOpen()) {
            b.append('\n').append(Messages.get("ordersui.detail.expected", o.expectedArrival().toString()));
        }
        if (o.closedReason() != null) {
            b.append('\n').append(Messages.get("ordersui.detail.reason", o.closedReason()));
        }
        detail.set(b.toString());
        UUID id = o.id();
        screens.executor().run(p -> screens.desk().history(id), (List<OrderEvent> events) -> {
            if (selected.get() != null && selected.get().order().id().equals(id)) {
                StringBuilder h = new StringBuilder();
                for (OrderEvent e : events) {
                    h.append(Text.dateTime(e.at(), row.zone())).append("  ")
                            .append(Messages.get("ordersui.event." + e.type().name().toLowerCase(java.util.Locale.ROOT)))
                            .append(e.amount() == null ? "" : "  " + OrderWords.money(e.amount()))
                            .append(e.detail() == null ? "" : "  " + e.detail())
                            .append("  (").append(e.actorName()).append(")\n");
                }
                history.set(h.toString().strip());
            }
        }, f -> history.set(Errors.sentence(f)));
    }

    // ------------------------------------------------------------------ the steps of an order's life

    public void place() {
        act(o -> screens.desk().markPlaced(o.id(), o.version(), platformNo.get()), "ordersui.done.placed");
    }

    public void ship() {
        act(o -> screens.desk().markShipped(o.id(), o.version(), tracking.get()), "ordersui.done.shipped");
    }

    /** Cancels before placing: everything paid goes back. */
    public void cancel() {
        act(o -> screens.desk().cancel(o.id(), o.version(), reason.get()), "ordersui.done.cancelled");
    }

    /** Gives back part of what was paid; the order stays open. */
    public void refund() {
        Money m = typedAmount();
        if (m != null) {
            act(o -> screens.desk().refund(o.id(), o.version(), m, reason.get()), "ordersui.done.refunded");
        }
    }

    /** Returned or lost after placing: closes the order giving back the amount typed (empty: nothing). */
    public void returnOrder() {
        Money m = typedAmount();
        if (m != null) {
            act(o -> screens.desk().returnOrder(o.id(), o.version(), m, reason.get()), "ordersui.done.returned");
        }
    }

    /** The platform's price changed by the amount typed (negative: cheaper). */
    public void changePrice() {
        Money m = typedAmount();
        if (m != null) {
            act(o -> screens.desk().changePrice(o.id(), o.version(), m, reason.get()), "ordersui.done.priceChanged");
        }
    }

    /** Takes the balance still due (or the amount typed, when one is). */
    public void collectBalance() {
        Money m = typedAmount();
        if (m != null) {
            act(o -> screens.desk().pay(o.id(), o.version(), m.fen() == 0 ? o.balanceDue() : m), "ordersui.done.paid");
        }
    }

    /** Gives back what the station owes after a price went down. */
    public void refundDifference() {
        act(o -> screens.desk().refund(o.id(), o.version(), o.refundDue(),
                reason.get() == null || reason.get().isBlank() ? Messages.get("ordersui.reason.priceDown") : reason.get()),
                "ordersui.done.refunded");
    }

    private Money typedAmount() {
        try {
            return OrderWords.amount(amount.get());
        } catch (InvalidInputException e) {
            error.set(Errors.sentence(e));
            return null;
        }
    }

    private void act(Function<Order, Order> step, String doneKey) {
        OrderRow row = selected.get();
        if (row == null) {
            error.set(Messages.get("ordersui.list.chooseFirst"));
            return;
        }
        Order o = row.order();
        busy.set(true);
        screens.executor().run(p -> step.apply(o), (Order after) -> {
            busy.set(false);
            error.set("");
            message.set(Messages.get(doneKey, after.number(), OrderWords.status(after.status())));
            platformNo.set("");
            tracking.set("");
            amount.set("");
            reason.set("");
            screens.changes().saved();
            selected.set(new OrderRow(after, row.villagerName(), row.villagerPhone(), row.zone()));
            load();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<OrderRow> rows() {
        return rows;
    }

    public ObjectProperty<OrderRow> selectedProperty() {
        return selected;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty historyProperty() {
        return history;
    }

    public StringProperty platformNoProperty() {
        return platformNo;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
