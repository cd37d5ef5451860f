package org.skyroad.station.ui.cash;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.cash.Denomination;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/**
 * The daily close form: one field per note and coin (Enter goes to the next, like Tab), or the
 * total at once; expected, counted and difference follow the keys; the reason; the manager's
 * name and password when the difference is over the threshold. Ctrl+S, or Enter in the reason
 * or the password, signs and closes.
 */
public final class CashCloseView {

    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final CashCloseViewModel viewModel;
    private final List<TextField> pieceFields = new ArrayList<>();

    @FXML private Node root;
    @FXML private GridPane denominations;
    @FXML private TextField total;
    @FXML private Label expected;
    @FXML private Label counted;
    @FXML private Label difference;
    @FXML private Label threshold;
    @FXML private Label operator;
    @FXML private TextField closeReason;
    @FXML private Node managerBox;
    @FXML private Label managerPrompt;
    @FXML private Button reprintButton;
    @FXML private TextField managerName;
    @FXML private PasswordField managerPassword;
    @FXML private Button closeButton;
    @FXML private ListView<DailyClose> awaiting;
    @FXML private Node awaitingBox;
    @FXML private Label closeMessage;
    @FXML private Label closeError;

    public CashCloseView(CashCloseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        int i = 0;
        for (Denomination d : Denomination.values()) {
            Label l = new Label(CashText.denomination(d));
            l.getStyleClass().add("denomination");
            l.setMinWidth(Region.USE_PREF_SIZE);
            TextField f = new TextField();
            f.setId("count" + d.name());
            f.setPrefColumnCount(5);
            f.setMinWidth(Region.USE_PREF_SIZE);
            f.setPromptText("0");
            f.textProperty().bindBidirectional(viewModel.piecesProperty(d));
            pieceFields.add(f);
            int col = (i / 4) * 2;
            int row = i % 4;
            denominations.add(l, col, row);
            denominations.add(f, col + 1, row);
            i++;
        }
        for (int k = 0; k < pieceFields.size(); k++) {
            TextField next = k + 1 < pieceFields.size() ? pieceFields.get(k + 1) : closeReason;
            pieceFields.get(k).setOnAction(e -> next.requestFocus());
        }
        total.textProperty().bindBidirectional(viewModel.totalProperty());
        total.disableProperty().bind(viewModel.countedByPiecesProperty());
        total.setOnAction(e -> closeReason.requestFocus());
        expected.textProperty().bind(viewModel.expectedProperty());
        counted.textProperty().bind(viewModel.countedProperty());
        difference.textProperty().bind(viewModel.differenceProperty());
        viewModel.differsProperty().addListener((obs, old, now) -> markDifference());
        viewModel.overThresholdProperty().addListener((obs, old, now) -> markDifference());
        threshold.textProperty().bind(viewModel.thresholdProperty());
        operator.textProperty().bind(viewModel.operatorProperty());
        closeReason.textProperty().bindBidirectional(viewModel.reasonProperty());
        closeReason.setOnAction(e -> {
            if (viewModel.managerNeededProperty().get() && managerName.getText().isBlank()) {
                managerName.requestFocus();
            } else {
                close();
            }
        });
        Bind.shownWhen(managerBox, viewModel.managerFieldsShownProperty());
        managerPrompt.textProperty().bind(viewModel.managerPromptProperty());
        Bind.shownWhen(reprintButton, viewModel.reprintableProperty());
        managerName.textProperty().bindBidirectional(viewModel.managerNameProperty());
        managerName.setOnAction(e -> managerPassword.requestFocus());
        managerPassword.textProperty().bindBidirectional(viewModel.managerPasswordProperty());
        managerPassword.setOnAction(e -> close());
        closeButton.disableProperty().bind(viewModel.busyProperty());
        awaiting.setItems(viewModel.awaiting());
        awaiting.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DailyClose c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Messages.get("cashui.close.waitingLine", c.businessDate().toString(),
                        c.operatorName(), CashText.signed(c.difference()), c.reason() == null ? "" : c.reason()));
            }
        });
        awaitingBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.awaiting()));
        awaitingBox.managedProperty().bind(awaitingBox.visibleProperty());
        Bind.message(closeMessage, viewModel.messageProperty());
        Bind.message(closeError, viewModel.errorProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLOSE.match(e)) {
                close();
                e.consume();
            }
        });
    }

    private void markDifference() {
        difference.getStyleClass().removeAll("difference", "difference-over");
        if (viewModel.overThresholdProperty().get()) {
            difference.getStyleClass().add("difference-over");
        } else if (viewModel.differsProperty().get()) {
            difference.getStyleClass().add("difference");
        }
    }

    @FXML
    private void close() {
        viewModel.close();
        pieceFields.get(0).requestFocus();
    }

    @FXML
    private void cosign() {
        viewModel.cosign(awaiting.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void reprint() {
        viewModel.reprint();
    }

    public void focus() {
        viewModel.load();
        pieceFields.get(0).requestFocus();
    }
}
