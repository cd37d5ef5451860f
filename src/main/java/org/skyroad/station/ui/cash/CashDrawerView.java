package org.skyroad.station.ui.cash;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.ui.common.Bind;

/**
 * The drawer: the balance, today's movements, and a float in, float out or expense typed as
 * kind, Tab, amount, Tab, reason, Enter. Alt+I, Alt+O and Alt+E pick the kind from anywhere;
 * a movement chosen in the table is reversed with a reason and Enter (or Ctrl+R).
 */
public final class CashDrawerView {

    private static final KeyCombination REVERSE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final CashDrawerViewModel viewModel;

    @FXML private Node root;
    @FXML private Label balance;
    @FXML private Label day;
    @FXML private ChoiceBox<CashMovementKind> kind;
    @FXML private TextField amount;
    @FXML private TextField reason;
    @FXML private TableView<CashRow> movements;
    @FXML private TableColumn<CashRow, String> timeColumn;
    @FXML private TableColumn<CashRow, String> kindColumn;
    @FXML private TableColumn<CashRow, String> amountColumn;
    @FXML private TableColumn<CashRow, String> whoColumn;
    @FXML private TableColumn<CashRow, String> whyColumn;
    @FXML private TableColumn<CashRow, String> refColumn;
    @FXML private TextField reverseReason;
    @FXML private Label drawerMessage;
    @FXML private Label drawerError;

    public CashDrawerView(CashDrawerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        balance.textProperty().bind(viewModel.balanceProperty());
        day.textProperty().bind(viewModel.dayProperty());
        kind.getItems().setAll(CashDrawerViewModel.COUNTER_KINDS);
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Bind.labels(kind, CashText::kind);
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        amount.setOnAction(e -> reason.requestFocus());
        reason.setOnAction(e -> save());
        movements.setItems(viewModel.rows());
        text(timeColumn, CashRow::time);
        text(kindColumn, CashRow::kind);
        text(amountColumn, CashRow::amount);
        text(whoColumn, CashRow::who);
        text(whyColumn, CashRow::why);
        text(refColumn, CashRow::belongsTo);
        movements.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CashRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("reversed", "cash-out");
                if (!empty && item != null) {
                    if (item.reversed()) {
                        getStyleClass().add("reversed");
                    }
                    if (item.movement().amount().isNegative()) {
                        getStyleClass().add("cash-out");
                    }
                }
            }
        });
        viewModel.selectedProperty().bind(movements.getSelectionModel().selectedItemProperty());
        reverseReason.textProperty().bindBidirectional(viewModel.reverseReasonProperty());
        reverseReason.setOnAction(e -> viewModel.reverseSelected());
        Bind.message(drawerMessage, viewModel.messageProperty());
        Bind.message(drawerError, viewModel.errorProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isShortcutDown()) {
                CashMovementKind k = switch (e.getCode()) {
                    case I -> CashMovementKind.FLOAT_IN;
                    case O -> CashMovementKind.FLOAT_OUT;
                    case E -> CashMovementKind.EXPENSE;
                    default -> null;
                };
                if (k != null) {
                    viewModel.kindProperty().set(k);
                    amount.requestFocus();
                    e.consume();
                }
            } else if (REVERSE.match(e)) {
                viewModel.reverseSelected();
                e.consume();
            }
        });
    }

    private static void text(TableColumn<CashRow, String> col, java.util.function.Function<CashRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void save() {
        viewModel.save();
        amount.requestFocus();
    }

    @FXML
    private void reverse() {
        viewModel.reverseSelected();
    }

    public void focus() {
        viewModel.load();
        kind.requestFocus();
    }
}
