package org.skyroad.station.ui.goods;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * The local goods area: one tab per job, Ctrl+1 to Ctrl+8 to go to one (intake, stock, sale
 * and dispatch, loss, settlement, trace, producers, products); the cursor goes where the job starts.
 */
public final class GoodsView {

    @FXML private Node root;
    @FXML private TabPane tabs;
    @FXML private GoodsIntakeView intakeController;
    @FXML private GoodsStockView stockController;
    @FXML private GoodsSaleView saleController;
    @FXML private GoodsLossView lossController;
    @FXML private GoodsSettlementView settlementController;
    @FXML private GoodsTraceView traceController;
    @FXML private GoodsProducersView producersController;
    @FXML private GoodsProductsView productsController;
    private List<Runnable> focusers;

    @FXML
    private void initialize() {
        focusers = List.of(intakeController::focus, stockController::focus, saleController::focus, lossController::focus,
                settlementController::focus, traceController::focus, producersController::focus, productsController::focus);
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
    }

    /** Opens tab {@code index} (0 = intake) with the cursor where its work starts. */
    public void show(int index) {
        if (tabs.getSelectionModel().getSelectedIndex() == index) {
            focusers.get(index).run();
        } else {
            tabs.getSelectionModel().select(index);
        }
    }

    /** The area was opened: the cursor goes to the open tab’s first field. */
    public void focus() {
        int i = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        focusers.get(i).run();
    }
}
