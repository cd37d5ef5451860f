package org.skyroad.station.ui.orders;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The counter asks for a new order for the villager in front of it; the orders area opens on
 * the new-order form with that villager chosen. The composition root sets how the area is
 * opened; the new-order form takes the request and clears it.
 */
public final class NewOrderRequests {

    /** A request: for whom (null: nobody chosen yet). */
    public record Request(UUID villagerId) {
    }

    private final ObjectProperty<Request> pending = new SimpleObjectProperty<>();
    private Consumer<Request> opener = r -> { };

    public void setOpener(Consumer<Request> opener) {
        this.opener = opener == null ? r -> { } : opener;
    }

    /** Starts a new order for {@code villagerId}: the orders area opens with the form ready. */
    public void newOrderFor(UUID villagerId) {
        Request r = new Request(villagerId);
        pending.set(r);
        opener.accept(r);
    }

    public ObjectProperty<Request> pendingProperty() {
        return pending;
    }

    /** The request waiting, taken once. */
    public Request take() {
        Request r = pending.get();
        pending.set(null);
        return r;
    }
}
