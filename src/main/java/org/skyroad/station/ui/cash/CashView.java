package org.skyroad.station.ui.cash;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.skyroad.station.ui.common.TabbedArea;

/**
 * The cash area: the drawer, the daily close, and fees and commissions, Ctrl+1 to Ctrl+3 to
 * go to one; the cursor goes where the job starts.
 */
public final class CashView {

    @FXML private Node root;
    @FXML private TabPane tabs;
    @FXML private CashDrawerView drawerController;
    @FXML private CashCloseView closeController;
    @FXML private CashFeesView feesController;
    private TabbedArea area;

    @FXML
    private void initialize() {
        area = TabbedArea.install(root, tabs, List.of(
                drawerController::focus, closeController::focus, feesController::focus));
    }

    /** Opens tab {@code index} (0 = the drawer) with the cursor where its work starts. */
    public void show(int index) {
        area.show(index);
    }

    /** The area was opened: the cursor goes to the open tab’s first field. */
    public void focus() {
        area.focus();
    }
}
