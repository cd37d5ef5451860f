package org.skyroad.station.ui.orders;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** The orders list with a status filter and search, and the chosen order's detail and steps. */
public final class OrderListView {

    /** A choice of the filter: a status, or null for every open order. */
    public record StatusChoice(OrderStatus status) {
        @Override
        public String toString() {
            return status == null ? Messages.get("ordersui.list.allOpen") : OrderWords.status(status);
        }
    }

    private final OrderListViewModel viewModel;

    @FXML private ChoiceBox<StatusChoice> statusFilter;
    @FXML private TextField listSearch;
    @FXML private TableView<OrderRow> orders;
    @FXML private TableColumn<OrderRow, String> numberColumn;
    @FXML private TableColumn<OrderRow, String> villagerColumn;
    @FXML private TableColumn<OrderRow, String> statusColumn;
    @FXML private TableColumn<OrderRow, String> itemsColumn;
    @FXML private TableColumn<OrderRow, String> totalColumn;
    @FXML private TableColumn<OrderRow, String> balanceColumn;
    @FXML private Label detail;
    @FXML private TextArea history;
    @FXML private TextField platformNo;
    @FXML private TextField tracking;
    @FXML private TextField amount;
    @FXML private TextField reason;
    @FXML private Label listMessage;
    @FXML private Label listError;

    public OrderListView(OrderListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        List<StatusChoice> choices = new ArrayList<>();
        choices.add(new StatusChoice(null));
        for (OrderStatus s : OrderStatus.values()) {
            choices.add(new StatusChoice(s));
        }
        statusFilter.getItems().setAll(choices);
        statusFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().addListener((obs, old, now) ->
                viewModel.statusProperty().set(now == null ? null : now.status()));
        listSearch.textProperty().bindBidirectional(viewModel.queryProperty());
        listSearch.setOnAction(e -> viewModel.load());
        listSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !orders.getItems().isEmpty()) {
                OrderTables.into(orders);
                e.consume();
            }
        });
        orders.setItems(viewModel.rows());
        OrderTables.text(numberColumn, OrderRow::number);
        OrderTables.text(villagerColumn, OrderRow::villagerName);
        OrderTables.text(statusColumn, OrderRow::status);
        OrderTables.text(itemsColumn, OrderRow::items);
        OrderTables.text(totalColumn, OrderRow::total);
        OrderTables.text(balanceColumn, OrderRow::balance);
        orders.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && orders.getSelectionModel().getSelectedItem() != now) {
                int i = orders.getItems().indexOf(now);
                if (i >= 0) {
                    orders.getSelectionModel().select(i);
                }
            }
        });
        detail.textProperty().bind(viewModel.detailProperty());
        history.textProperty().bind(viewModel.historyProperty());
        platformNo.textProperty().bindBidirectional(viewModel.platformNoProperty());
        tracking.textProperty().bindBidirectional(viewModel.trackingProperty());
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        platformNo.setOnAction(e -> viewModel.place());
        tracking.setOnAction(e -> viewModel.ship());
        Bind.message(listMessage, viewModel.messageProperty());
        Bind.message(listError, viewModel.errorProperty());
    }

    public void focus() {
        viewModel.load();
        listSearch.requestFocus();
    }

    @FXML private void place() {
        viewModel.place();
    }

    @FXML private void ship() {
        viewModel.ship();
    }

    @FXML private void cancel() {
        viewModel.cancel();
    }

    @FXML private void refund() {
        viewModel.refund();
    }

    @FXML private void returnOrder() {
        viewModel.returnOrder();
    }

    @FXML private void changePrice() {
        viewModel.changePrice();
    }

    @FXML private void collectBalance() {
        viewModel.collectBalance();
    }

    @FXML private void refundDifference() {
        viewModel.refundDifference();
    }

    public OrderListViewModel viewModel() {
        return viewModel;
    }
}
