package org.skyroad.station.ui.orders;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.skyroad.station.ui.common.Bind;

/**
 * The orders part of the counter, under the parcels: the chosen villager's orders in flight and
 * the balance they owe. Ctrl+O (anywhere on the counter) starts a new order for them.
 */
public final class CounterOrdersView {

    /** The counter's key for a new order; Ctrl+N is the finder's "new villager". */
    public static final KeyCombination NEW_ORDER = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private final CounterOrdersViewModel viewModel;

    @FXML private TableView<OrderRow> counterOrders;
    @FXML private TableColumn<OrderRow, String> coNumberColumn;
    @FXML private TableColumn<OrderRow, String> coStatusColumn;
    @FXML private TableColumn<OrderRow, String> coItemsColumn;
    @FXML private TableColumn<OrderRow, String> coBalanceColumn;
    @FXML private Label counterDue;
    @FXML private Label counterOrdersError;

    public CounterOrdersView(CounterOrdersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        counterOrders.setItems(viewModel.rows());
        OrderTables.text(coNumberColumn, r -> shortNumber(r.number()));
        OrderTables.text(coStatusColumn, OrderRow::status);
        OrderTables.text(coItemsColumn, OrderRow::items);
        OrderTables.text(coBalanceColumn, OrderRow::balance);
        counterDue.textProperty().bind(viewModel.dueTextProperty());
        Bind.message(counterOrdersError, viewModel.errorProperty());
    }

    /** The order number's end is what people read out: "2507-0042". */
    private static String shortNumber(String number) {
        int last = number.lastIndexOf('-');
        int before = last > 0 ? number.lastIndexOf('-', last - 1) : -1;
        return before >= 0 ? number.substring(before + 1) : number;
    }

    public void showFor(UUID villagerId) {
        viewModel.showFor(villagerId);
    }

    @FXML
    public void newOrder() {
        viewModel.newOrder();
    }

    /** A new order for this villager (null: the form asks who it is for). */
    public void newOrderFor(UUID villagerId) {
        viewModel.newOrderFor(villagerId);
    }

    public CounterOrdersViewModel viewModel() {
        return viewModel;
    }
}
