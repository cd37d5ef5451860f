package org.skyroad.station.ui.goods;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.skyroad.station.domain.goods.Loss;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** Loss and damage: scan the lot, Enter; the quantity, Enter records it with the reason and bearer chosen. */
public final class GoodsLossView {

    private final LossViewModel viewModel;

    @FXML private TextField lossCode;
    @FXML private Label lotInfo;
    @FXML private TextField lossQuantity;
    @FXML private ChoiceBox<LossReason> reason;
    @FXML private ChoiceBox<LossBearer> bearer;
    @FXML private TextField amount;
    @FXML private TextField note;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private TableView<Loss> recorded;
    @FXML private TableColumn<Loss, String> dateColumn;
    @FXML private TableColumn<Loss, String> quantityColumn;
    @FXML private TableColumn<Loss, String> reasonColumn;
    @FXML private TableColumn<Loss, String> bearerColumn;
    @FXML private TableColumn<Loss, String> amountColumn;

    public GoodsLossView(LossViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        lossCode.textProperty().bindBidirectional(viewModel.codeProperty());
        lossQuantity.textProperty().bindBidirectional(viewModel.quantityProperty());
        reason.getItems().setAll(LossReason.values());
        Bind.labels(reason, r -> GoodsFormat.enumText("lossReason", r));
        reason.valueProperty().bindBidirectional(viewModel.reasonProperty());
        bearer.getItems().setAll(LossBearer.values());
        Bind.labels(bearer, b -> GoodsFormat.enumText("lossBearer", b));
        bearer.valueProperty().bindBidirectional(viewModel.bearerProperty());
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        viewModel.lotProperty().addListener((obs, old, l) -> lotInfo.setText(l == null ? ""
                : Messages.get("goodsui.loss.lotInfo", l.code().value(), GoodsFormat.quantity(l.onHand()),
                GoodsFormat.money(l.unitPrice()), GoodsFormat.enumText("terms", l.terms()))));
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        recorded.setItems(viewModel.recorded());
        GoodsTables.column(dateColumn, l -> GoodsFormat.date(l.lossDate()));
        GoodsTables.column(quantityColumn, l -> GoodsFormat.quantity(l.quantity()));
        GoodsTables.column(reasonColumn, l -> GoodsFormat.enumText("lossReason", l.reason()));
        GoodsTables.column(bearerColumn, l -> GoodsFormat.enumText("lossBearer", l.bearer()));
        GoodsTables.column(amountColumn, l -> GoodsFormat.money(l.amount()));
        lossCode.setOnAction(e -> {
            viewModel.findLot();
            lossQuantity.requestFocus();
        });
        lossQuantity.setOnAction(e -> record());
        amount.setOnAction(e -> record());
        note.setOnAction(e -> record());
    }

    @FXML
    private void record() {
        viewModel.record();
    }

    public void focus() {
        Platform.runLater(lossCode::requestFocus);
    }
}
