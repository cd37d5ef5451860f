package org.skyroad.station.ui.cash;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** Fees and commissions of a month, day by day with the month's total; Page Up and Page Down change the month. */
public final class CashFeesView {

    private final CashFeesViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField month;
    @FXML private TableView<CashFeesViewModel.FeeRow> feeTable;
    @FXML private TableColumn<CashFeesViewModel.FeeRow, String> dayColumn;
    @FXML private TableColumn<CashFeesViewModel.FeeRow, String> ordersColumn;
    @FXML private TableColumn<CashFeesViewModel.FeeRow, String> goodsColumn;
    @FXML private TableColumn<CashFeesViewModel.FeeRow, String> serviceColumn;
    @FXML private TableColumn<CashFeesViewModel.FeeRow, String> parcelColumn;
    @FXML private TableColumn<CashFeesViewModel.FeeRow, String> earnedColumn;
    @FXML private Label totals;
    @FXML private Label commission;
    @FXML private Label feesError;

    public CashFeesView(CashFeesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        month.textProperty().bindBidirectional(viewModel.monthProperty());
        month.setOnAction(e -> viewModel.load());
        feeTable.setItems(viewModel.rows());
        dayColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().day() == null
                ? Messages.get("cashui.fees.monthTotal") : c.getValue().day().toString()));
        ordersColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().orders())));
        goodsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CashText.money(c.getValue().goods())));
        serviceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CashText.money(c.getValue().serviceFees())));
        parcelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CashText.money(c.getValue().parcelFees())));
        earnedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CashText.money(c.getValue().earned())));
        feeTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CashFeesViewModel.FeeRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.day() == null) {
                    getStyleClass().add("total-row");
                }
            }
        });
        Bind.message(totals, viewModel.totalsProperty());
        Bind.message(commission, viewModel.commissionProperty());
        Bind.message(feesError, viewModel.errorProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_UP) {
                viewModel.step(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN) {
                viewModel.step(1);
                e.consume();
            }
        });
    }

    @FXML
    private void previous() {
        viewModel.step(-1);
    }

    @FXML
    private void next() {
        viewModel.step(1);
    }

    public void focus() {
        viewModel.load();
        month.requestFocus();
    }
}
