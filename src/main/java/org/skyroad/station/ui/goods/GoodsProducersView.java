package org.skyroad.station.ui.goods;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** The producers editor: search (Enter), choose a row to edit, or New; Save. */
public final class GoodsProducersView {

    private final ProducersViewModel viewModel;

    @FXML private TextField producerSearch;
    @FXML private TableView<Producer> producersTable;
    @FXML private TableColumn<Producer, String> nameColumn;
    @FXML private TableColumn<Producer, String> kindColumn;
    @FXML private TableColumn<Producer, String> phoneColumn;
    @FXML private TableColumn<Producer, String> payoutColumn;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private ChoiceBox<ProducerKind> kind;
    @FXML private ChoiceBox<Village> village;
    @FXML private TextField phone;
    @FXML private ChoiceBox<PayoutMethod> payout;
    @FXML private TextField account;
    @FXML private ChoiceBox<Producer> cooperative;
    @FXML private TextField notes;
    @FXML private CheckBox active;
    @FXML private Label error;
    @FXML private Label message;

    public GoodsProducersView(ProducersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        producerSearch.textProperty().bindBidirectional(viewModel.searchProperty());
        producersTable.setItems(viewModel.found());
        GoodsTables.column(nameColumn, Producer::name);
        GoodsTables.column(kindColumn, p -> GoodsFormat.enumText("producerKind", p.kind()));
        GoodsTables.column(phoneColumn, p -> p.phone() == null ? "" : p.phone().digits());
        GoodsTables.column(payoutColumn, p -> GoodsFormat.enumText("payout", p.payoutMethod()));
        producersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                viewModel.edit(p);
            }
        });
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        kind.getItems().setAll(ProducerKind.values());
        Bind.labels(kind, k -> GoodsFormat.enumText("producerKind", k));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        village.setItems(viewModel.villages());
        Bind.labels(village, Village::name);
        village.valueProperty().bindBidirectional(viewModel.villageProperty());
        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        payout.getItems().setAll(PayoutMethod.values());
        Bind.labels(payout, m -> GoodsFormat.enumText("payout", m));
        payout.valueProperty().bindBidirectional(viewModel.payoutProperty());
        account.textProperty().bindBidirectional(viewModel.accountProperty());
        account.disableProperty().bind(viewModel.payoutProperty().isEqualTo(PayoutMethod.CASH));
        cooperative.setItems(viewModel.cooperatives());
        Bind.labels(cooperative, Producer::name);
        cooperative.valueProperty().bindBidirectional(viewModel.cooperativeProperty());
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());
        viewModel.editingProperty().addListener((obs, old, p) -> title(p));
        title(null);
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        producerSearch.setOnAction(e -> viewModel.find());
        viewModel.load();
    }

    private void title(Producer p) {
        formTitle.setText(p == null ? Messages.get("goodsui.producers.new") : Messages.get("goodsui.producers.edit", p.name()));
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void newProducer() {
        producersTable.getSelectionModel().clearSelection();
        viewModel.edit(null);
        name.requestFocus();
    }

    public void focus() {
        Platform.runLater(producerSearch::requestFocus);
    }
}
