package org.skyroad.station.ui.orders;

/**
 * The controller factory of the order screens: every order view with a new view-model over
 * the same {@link OrderScreens}. The app's composition root asks it for classes of this package.
 */
public final class OrderViews {

    private final OrderScreens screens;

    public OrderViews(OrderScreens screens) {
        this.screens = screens;
    }

    public OrderScreens screens() {
        return screens;
    }

    /** The view for {@code type}, or null when the type is not an order view. */
    public Object controller(Class<?> type) {
        if (type == OrdersView.class) {
            return new OrdersView(screens.requests());
        }
        if (type == NewOrderView.class) {
            return new NewOrderView(new NewOrderViewModel(screens));
        }
        if (type == OrderListView.class) {
            return new OrderListView(new OrderListViewModel(screens));
        }
        if (type == OrderQueueView.class) {
            return new OrderQueueView(new OrderQueueViewModel(screens));
        }
        if (type == CatalogEditorView.class) {
            return new CatalogEditorView(new CatalogEditorViewModel(screens));
        }
        if (type == CounterOrdersView.class) {
            return new CounterOrdersView(new CounterOrdersViewModel(screens));
        }
        return null;
    }
}
