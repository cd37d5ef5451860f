package org.skyroad.station.ui.orders;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/**
 * The orders part of the counter: the chosen villager's orders in flight and what they still
 * owe on them; a new order for them is one key away.
 */
public final class CounterOrdersViewModel {

    private record Shown(List<OrderRow> rows, Money due) {
    }

    private final OrderScreens screens;
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final StringProperty dueText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private UUID villagerId;
    private long asked;

    public CounterOrdersViewModel(OrderScreens screens) {
        this.screens = screens;
        // An order saved elsewhere (the new-order form, the list) shows here when the counter comes back.
        screens.changes().subscribe(this::refresh);
    }

    /** The villager chosen on the counter (null: nobody). */
    public void showFor(UUID id) {
        villagerId = id;
        long question = ++asked;
        if (id == null) {
            rows.clear();
            dueText.set("");
            error.set("");
            return;
        }
        screens.executor().run(p -> {
            ZoneId zone = screens.zone();
            List<Order> open = screens.desk().inFlightFor(id);
            Money due = Money.ZERO;
            for (Order o : open) {
                due = due.plus(o.balanceDue());
            }
            return new Shown(open.stream().map(o -> new OrderRow(o, "", null, zone)).toList(), due);
        }, (Shown s) -> {
            if (question != asked) {
                return;
            }
            rows.setAll(s.rows());
            dueText.set(s.rows().isEmpty() ? Messages.get("ordersui.counter.none")
                    : s.due().fen() == 0 ? Messages.get("ordersui.counter.nothingDue", s.rows().size())
                    : Messages.get("ordersui.counter.due", s.rows().size(), OrderWords.money(s.due())));
            error.set("");
        }, f -> {
            if (question == asked) {
                error.set(Errors.sentence(f));
            }
        });
    }

    /** Shows the villager's orders again (after something was saved elsewhere). */
    public void refresh() {
        showFor(villagerId);
    }

    /** Opens the new-order form for the villager shown (or for nobody yet). */
    public void newOrder() {
        newOrderFor(villagerId);
    }

    /** Opens the new-order form for {@code id} (null: nobody chosen yet). */
    public void newOrderFor(UUID id) {
        screens.requests().newOrderFor(id);
    }

    public UUID villagerId() {
        return villagerId;
    }

    public ObservableList<OrderRow> rows() {
        return rows;
    }

    public StringProperty dueTextProperty() {
        return dueText;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
