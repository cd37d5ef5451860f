package org.skyroad.station.ui.orders;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.skyroad.station.ui.common.TabbedArea;

/**
 * The orders area: new order, the orders list, the "to place when online" queue and the
 * catalog, Ctrl+1 to Ctrl+4 to go to one. A new order asked for on the counter opens the
 * first tab with that villager chosen.
 */
public final class OrdersView {

    private final NewOrderRequests requests;

    @FXML private Node root;
    @FXML private TabPane tabs;
    @FXML private NewOrderView newOrderController;
    @FXML private OrderListView listController;
    @FXML private OrderQueueView queueController;
    @FXML private CatalogEditorView catalogController;
    private TabbedArea area;

    public OrdersView(NewOrderRequests requests) {
        this.requests = requests;
    }

    @FXML
    private void initialize() {
        area = TabbedArea.install(root, tabs, List.of(
                newOrderController::focus, listController::focus, queueController::focus, catalogController::focus));
        if (requests.pendingProperty().get() == null) {
            newOrderController.viewModel().startNew(null);
        }
    }

    private boolean takeRequest() {
        NewOrderRequests.Request r = requests.take();
        if (r == null) {
            return false;
        }
        tabs.getSelectionModel().select(0);
        newOrderController.startFor(r.villagerId());
        return true;
    }

    /** Opens tab {@code index} (0 = new order) with the cursor where its work starts. */
    public void show(int index) {
        area.show(index);
    }

    /** The area was opened: a new order asked for on the counter starts now; else the open tab’s first field. */
    public void focus() {
        if (!takeRequest()) {
            area.focus();
        }
    }

    public NewOrderView newOrder() {
        return newOrderController;
    }
}
