package org.skyroad.station.ui.goods;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Text;

/**
 * Sale and dispatch: the buyer fields, then the scan field (quantity and price typed before a
 * scan apply to that lot); Ctrl+Enter sells. Once sold (or opened) the cursor goes to the carrier;
 * Enter there goes to the tracking number, whose Enter ships the whole rest. Shipments go out for the
 * chosen line or the whole rest; a shipment chosen below is confirmed received.
 */
public final class GoodsSaleView {

    private static final KeyCombination SELL = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final SaleViewModel viewModel;

    @FXML private Node root;
    @FXML private ChoiceBox<BuyerKind> buyerKind;
    @FXML private TextField buyerName;
    @FXML private TextField buyerReference;
    @FXML private TextField campaignTag;
    @FXML private TextField scanQuantity;
    @FXML private TextField scanPrice;
    @FXML private TextField scan;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private Label draftTotal;
    @FXML private Label saleSummary;
    @FXML private TextField openCode;
    @FXML private TextField carrier;
    @FXML private TextField tracking;
    @FXML private TextField shipQuantity;
    @FXML private TableView<SaleViewModel.Draft> drafts;
    @FXML private TableColumn<SaleViewModel.Draft, String> draftLotColumn;
    @FXML private TableColumn<SaleViewModel.Draft, String> draftProductColumn;
    @FXML private TableColumn<SaleViewModel.Draft, String> draftQuantityColumn;
    @FXML private TableColumn<SaleViewModel.Draft, String> draftPriceColumn;
    @FXML private TableColumn<SaleViewModel.Draft, String> draftAmountColumn;
    @FXML private TableView<SaleViewModel.Line> saleLines;
    @FXML private TableColumn<SaleViewModel.Line, String> lineLotColumn;
    @FXML private TableColumn<SaleViewModel.Line, String> lineProductColumn;
    @FXML private TableColumn<SaleViewModel.Line, String> lineQuantityColumn;
    @FXML private TableColumn<SaleViewModel.Line, String> lineAmountColumn;
    @FXML private TableColumn<SaleViewModel.Line, String> lineShippedColumn;
    @FXML private TableColumn<SaleViewModel.Line, String> lineToShipColumn;
    @FXML private TableView<SaleViewModel.ShipmentRow> shipments;
    @FXML private TableColumn<SaleViewModel.ShipmentRow, String> shipTrackingColumn;
    @FXML private TableColumn<SaleViewModel.ShipmentRow, String> shipLotsColumn;
    @FXML private TableColumn<SaleViewModel.ShipmentRow, String> shipReceivedColumn;

    public GoodsSaleView(SaleViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        buyerKind.getItems().setAll(BuyerKind.values());
        Bind.labels(buyerKind, k -> GoodsFormat.enumText("buyerKind", k));
        buyerKind.valueProperty().bindBidirectional(viewModel.buyerKindProperty());
        buyerName.textProperty().bindBidirectional(viewModel.buyerNameProperty());
        buyerReference.textProperty().bindBidirectional(viewModel.buyerReferenceProperty());
        campaignTag.textProperty().bindBidirectional(viewModel.campaignTagProperty());
        scanQuantity.textProperty().bindBidirectional(viewModel.scanQuantityProperty());
        scanPrice.textProperty().bindBidirectional(viewModel.scanPriceProperty());
        scan.textProperty().bindBidirectional(viewModel.scanProperty());
        openCode.textProperty().bindBidirectional(viewModel.openCodeProperty());
        carrier.textProperty().bindBidirectional(viewModel.carrierProperty());
        tracking.textProperty().bindBidirectional(viewModel.trackingProperty());
        shipQuantity.textProperty().bindBidirectional(viewModel.shipQuantityProperty());
        draftTotal.textProperty().bind(viewModel.draftTotalProperty());
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        viewModel.saleProperty().addListener((obs, old, r) -> {
            saleSummary.setText(r == null ? ""
                    : GoodsFormat.enumText("buyerKind", r.sale().buyerKind()) + " · " + r.sale().buyerName()
                    + (r.sale().buyerReference() == null ? "" : " · " + r.sale().buyerReference())
                    + (r.sale().campaignTag() == null ? "" : " · #" + r.sale().campaignTag())
                    + " · " + GoodsFormat.money(r.sale().total()));
            // A sale made or opened is next shipped: the cursor waits in the carrier field.
            if (r != null && (old == null || !old.sale().id().equals(r.sale().id()))) {
                carrier.requestFocus();
            }
        });

        drafts.setItems(viewModel.drafts());
        GoodsTables.column(draftLotColumn, d -> d.lot().code().value());
        GoodsTables.column(draftProductColumn, d -> GoodsFormat.product(d.product()));
        GoodsTables.column(draftQuantityColumn, d -> GoodsFormat.quantity(d.quantity()));
        GoodsTables.column(draftPriceColumn, d -> GoodsFormat.money(d.unitPrice() == null ? d.lot().unitPrice() : d.unitPrice()));
        GoodsTables.column(draftAmountColumn, d -> GoodsFormat.money(d.amount()));
        saleLines.setItems(viewModel.saleLines());
        GoodsTables.column(lineLotColumn, SaleViewModel.Line::lotCode);
        GoodsTables.column(lineProductColumn, SaleViewModel.Line::product);
        GoodsTables.column(lineQuantityColumn, l -> GoodsFormat.quantity(l.line().quantity()));
        GoodsTables.column(lineAmountColumn, l -> GoodsFormat.money(l.line().amount()));
        GoodsTables.column(lineShippedColumn, l -> GoodsFormat.quantity(l.line().shipped()));
        GoodsTables.column(lineToShipColumn, l -> GoodsFormat.quantity(l.line().toShip()));
        shipments.setItems(viewModel.shipments());
        GoodsTables.column(shipTrackingColumn, SaleViewModel.ShipmentRow::carrierTracking);
        GoodsTables.column(shipLotsColumn, SaleViewModel.ShipmentRow::lots);
        GoodsTables.column(shipReceivedColumn, r -> Text.yesNo(r.received()));

        buyerName.setOnAction(e -> buyerReference.requestFocus());
        buyerReference.setOnAction(e -> scan.requestFocus());
        campaignTag.setOnAction(e -> scan.requestFocus());
        scanQuantity.setOnAction(e -> scan.requestFocus());
        scanPrice.setOnAction(e -> scan.requestFocus());
        scan.setOnAction(e -> viewModel.addScanned());
        openCode.setOnAction(e -> viewModel.open());
        carrier.setOnAction(e -> tracking.requestFocus());
        tracking.setOnAction(e -> shipAll());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SELL.match(e)) {
                sell();
                e.consume();
            }
        });
        viewModel.load();
    }

    @FXML
    private void sell() {
        viewModel.sell();
    }

    @FXML
    private void remove() {
        SaleViewModel.Draft d = drafts.getSelectionModel().getSelectedItem();
        if (d != null) {
            viewModel.remove(d);
        }
    }

    @FXML
    private void shipLine() {
        SaleViewModel.Line l = saleLines.getSelectionModel().getSelectedItem();
        if (l == null && saleLines.getItems().size() == 1) {
            l = saleLines.getItems().get(0);
        }
        viewModel.ship(l);
    }

    @FXML
    private void shipAll() {
        viewModel.ship(null);
    }

    @FXML
    private void confirmReceipt() {
        SaleViewModel.ShipmentRow r = shipments.getSelectionModel().getSelectedItem();
        if (r == null) {
            List<SaleViewModel.ShipmentRow> open = shipments.getItems().stream().filter(x -> !x.received()).toList();
            r = open.size() == 1 ? open.get(0) : null;
        }
        viewModel.confirmReceipt(r);
    }

    public void focus() {
        Platform.runLater(buyerName::requestFocus);
    }
}
