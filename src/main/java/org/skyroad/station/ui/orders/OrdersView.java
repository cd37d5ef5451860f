package org.skyroad.station.ui.orders;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

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
    private List<Runnable> focusers;

    public OrdersView(NewOrderRequests requests) {
        this.requests = requests;
    }

    @FXML
    private void initialize() {
        focusers = List.of(newOrderController::focus, listController::focus, queueController::focus,
                catalogController::focus);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab t = tabs.getTabs().get(i);
            t.setText(t.getText() + "  " + (i + 1));
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            int i = now.intValue();
            if (i >= 0 && i < focusers.size()) {
                Platform.runLater(focusers.get(i));
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - '0';
                if (n >= 1 && n <= tabs.getTabs().size()) {
                    show(n - 1);
                    e.consume();
                }
            }
        });
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
        if (tabs.getSelectionModel().getSelectedIndex() == index) {
            focusers.get(index).run();
        } else {
            tabs.getSelectionModel().select(index);
        }
    }

    /** The area was opened: a new order asked for on the counter starts now; else the open tab’s first field. */
    public void focus() {
        if (!takeRequest()) {
            int i = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
            focusers.get(i).run();
        }
    }

    public NewOrderView newOrder() {
        return newOrderController;
    }
}
