package org.skyroad.station.ui.orders;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/**
 * The "to place when online" queue: paid orders, oldest first, with their links. The operator
 * copies a link, places the order on the platform, types the platform's order number and
 * presses Enter: it is saved and the next order is chosen.
 */
public final class OrderQueueViewModel {

    private final OrderScreens screens;
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<OrderRow> selected = new SimpleObjectProperty<>();
    private final StringProperty platformNo = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public OrderQueueViewModel(OrderScreens screens) {
        this.screens = screens;
    }

    public void load() {
        busy.set(true);
        screens.executor().run(p -> {
            ZoneId zone = screens.zone();
            return screens.desk().toPlace().stream().map(l -> OrderRow.of(l, zone)).toList();
        }, (List<OrderRow> list) -> {
            busy.set(false);
            rows.setAll(list);
            countText.set(Messages.get("ordersui.queue.count", list.size()));
            if (!list.isEmpty() && (selected.get() == null || !list.contains(selected.get()))) {
                selected.set(list.get(0));
            }
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** The links of the chosen order, one a line, for the clipboard; null when it has none. */
    public String linksToCopy() {
        OrderRow r = selected.get();
        if (r == null) {
            error.set(Messages.get("ordersui.list.chooseFirst"));
            return null;
        }
        String links = r.links();
        if (links.isEmpty()) {
            error.set(Messages.get("ordersui.queue.noLink", r.number()));
            return null;
        }
        error.set("");
        message.set(Messages.get("ordersui.queue.copied", r.number()));
        return links;
    }

    /** Enter on the platform order number: the chosen order is placed and the next one chosen. */
    public void enter() {
        OrderRow r = selected.get();
        if (r == null) {
            error.set(Messages.get("ordersui.list.chooseFirst"));
            return;
        }
        if (busy.get()) {
            return;
        }
        Order o = r.order();
        String typed = platformNo.get();
        busy.set(true);
        screens.executor().run(p -> screens.desk().markPlaced(o.id(), o.version(), typed), (Order after) -> {
            busy.set(false);
            int at = rows.indexOf(r);
            rows.remove(r);
            platformNo.set("");
            error.set("");
            message.set(Messages.get("ordersui.queue.placed", after.number(), after.platformOrderNo()));
            countText.set(Messages.get("ordersui.queue.count", rows.size()));
            selected.set(rows.isEmpty() ? null : rows.get(Math.min(Math.max(at, 0), rows.size() - 1)));
            screens.changes().saved();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    public ObservableList<OrderRow> rows() {
        return rows;
    }

    public ObjectProperty<OrderRow> selectedProperty() {
        return selected;
    }

    public StringProperty platformNoProperty() {
        return platformNo;
    }

    public StringProperty countTextProperty() {
        return countText;
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
