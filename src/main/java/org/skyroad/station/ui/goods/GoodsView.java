package org.skyroad.station.ui.goods;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.skyroad.station.ui.common.TabbedArea;

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
    private TabbedArea area;

    @FXML
    private void initialize() {
        area = TabbedArea.install(root, tabs, List.of(
                intakeController::focus, stockController::focus, saleController::focus, lossController::focus,
                settlementController::focus, traceController::focus, producersController::focus,
                productsController::focus));
    }

    /** Opens tab {@code index} (0 = intake) with the cursor where its work starts. */
    public void show(int index) {
        area.show(index);
    }

    /** The area was opened: the cursor goes to the open tab’s first field. */
    public void focus() {
        area.focus();
    }
}
