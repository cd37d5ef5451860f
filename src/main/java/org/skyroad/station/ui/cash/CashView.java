package org.skyroad.station.ui.cash;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

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
    private List<Runnable> focusers;

    @FXML
    private void initialize() {
        focusers = List.of(drawerController::focus, closeController::focus, feesController::focus);
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

    /** Opens tab {@code index} (0 = the drawer) with the cursor where its work starts. */
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
