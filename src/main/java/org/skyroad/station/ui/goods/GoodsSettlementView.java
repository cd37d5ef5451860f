package org.skyroad.station.ui.goods;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk.PreviewLine;
import org.skyroad.station.service.ConsignmentDesk.SettlementPreview;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Text;

/**
 * Settlement: the producer (Enter), the period (Enter shows it again); the lines and the amount
 * due; Settle; the producer's settlements below, the open one chosen to pay and print.
 * From the keyboard: Ctrl+Enter settles, Alt+P pays the chosen settlement, Ctrl+P prints its statement.
 */
public final class GoodsSettlementView {

    private static final KeyCombination SETTLE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PAY = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final SettlementViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField settleProducer;
    @FXML private TextField from;
    @FXML private TextField to;
    @FXML private Label settleProducerChosen;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private Label totals;
    @FXML private Label due;
    @FXML private Button settleButton;
    @FXML private Button payButton;
    @FXML private ChoiceBox<PayoutMethod> method;
    @FXML private TextField reference;
    @FXML private TableView<PreviewLine> lines;
    @FXML private TableColumn<PreviewLine, String> dateColumn;
    @FXML private TableColumn<PreviewLine, String> lotColumn;
    @FXML private TableColumn<PreviewLine, String> productColumn;
    @FXML private TableColumn<PreviewLine, String> kindColumn;
    @FXML private TableColumn<PreviewLine, String> quantityColumn;
    @FXML private TableColumn<PreviewLine, String> amountColumn;
    @FXML private TableColumn<PreviewLine, String> commissionColumn;
    @FXML private TableColumn<PreviewLine, String> netColumn;
    @FXML private TableView<Settlement> settlements;
    @FXML private TableColumn<Settlement, String> periodColumn;
    @FXML private TableColumn<Settlement, String> sDueColumn;
    @FXML private TableColumn<Settlement, String> statusColumn;
    @FXML private TableColumn<Settlement, String> paidColumn;

    public GoodsSettlementView(SettlementViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        settleProducer.textProperty().bindBidirectional(viewModel.producerTextProperty());
        from.textProperty().bindBidirectional(viewModel.fromProperty());
        to.textProperty().bindBidirectional(viewModel.toProperty());
        reference.textProperty().bindBidirectional(viewModel.referenceProperty());
        method.getItems().setAll(PayoutMethod.values());
        Bind.labels(method, m -> GoodsFormat.enumText("payout", m));
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        reference.disableProperty().bind(viewModel.methodProperty().isEqualTo(PayoutMethod.CASH));
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        viewModel.producerProperty().addListener((obs, old, p) -> settleProducerChosen.setText(p == null ? ""
                : p.name() + "  · " + GoodsFormat.enumText("payout", p.payoutMethod())
                + (p.payoutAccount() == null ? "" : " " + p.payoutAccount())));
        viewModel.previewProperty().addListener((obs, old, pv) -> showTotals(pv));
        settleButton.disableProperty().bind(viewModel.busyProperty());
        payButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.chosenProperty().isNull()));

        lines.setItems(viewModel.lines());
        GoodsTables.column(dateColumn, l -> GoodsFormat.date(l.candidate().date()));
        GoodsTables.column(lotColumn, l -> l.candidate().lotCode() == null ? "" : l.candidate().lotCode().value());
        GoodsTables.column(productColumn, l -> viewModel.productName(l.candidate().productId()));
        GoodsTables.column(kindColumn, l -> GoodsFormat.enumText("lineKind", l.candidate().kind()));
        GoodsTables.column(quantityColumn, l -> GoodsFormat.quantity(l.candidate().quantity()));
        GoodsTables.column(amountColumn, l -> GoodsFormat.money(l.candidate().amount()));
        GoodsTables.column(commissionColumn, l -> GoodsFormat.money(l.commission()));
        GoodsTables.column(netColumn, l -> GoodsFormat.money(l.net()));
        settlements.setItems(viewModel.settlements());
        GoodsTables.column(periodColumn, s -> GoodsFormat.date(s.periodFrom()) + " – " + GoodsFormat.date(s.periodTo()));
        GoodsTables.column(sDueColumn, s -> GoodsFormat.money(s.due()));
        GoodsTables.column(statusColumn, s -> GoodsFormat.enumText("settlementStatus", s.status()));
        GoodsTables.column(paidColumn, s -> s.paidAt() == null ? "" : Text.dateTime(s.paidAt(), viewModel.zone())
                + " · " + GoodsFormat.enumText("payout", s.payoutMethod())
                + (s.payoutReference() == null ? "" : " " + s.payoutReference()));
        settlements.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                viewModel.chosenProperty().set(s);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, s) -> {
            if (s != null && settlements.getSelectionModel().getSelectedItem() != s) {
                settlements.getSelectionModel().select(s);
            }
        });

        settleProducer.setOnAction(e -> viewModel.findProducer());
        from.setOnAction(e -> viewModel.refresh());
        to.setOnAction(e -> viewModel.refresh());
        reference.setOnAction(e -> viewModel.pay());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SETTLE.match(e)) {
                settle();
            } else if (PAY.match(e)) {
                pay();
            } else if (PRINT.match(e)) {
                print();
            } else {
                return;
            }
            e.consume();
        });
        viewModel.load();
    }

    private void showTotals(SettlementPreview pv) {
        if (pv == null) {
            totals.setText("");
            due.setText("");
            return;
        }
        totals.setText(Messages.get("goodsui.settle.totals", GoodsFormat.money(pv.sales()), GoodsFormat.money(pv.commission()),
                GoodsFormat.money(pv.purchases()), GoodsFormat.money(pv.deductions())));
        due.setText(GoodsFormat.money(pv.due()));
    }

    @FXML
    private void show() {
        viewModel.refresh();
    }

    @FXML
    private void settle() {
        viewModel.settle();
    }

    @FXML
    private void pay() {
        viewModel.pay();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    public void focus() {
        Platform.runLater(settleProducer::requestFocus);
    }
}
