package org.skyroad.station.ui.goods;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.skyroad.station.service.ConsignmentDesk.SoldLine;
import org.skyroad.station.service.ConsignmentDesk.StockLine;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Text;

/**
 * The counter's producer panel: shown only while the villager chosen at the counter is a
 * producer; their lots in stock, recent sales and what the station owes them. The counter
 * calls {@link #showFor(UUID)} with the chosen villager.
 */
public final class CounterProducerView {

    private final CounterProducerViewModel viewModel;

    @FXML private Node root;
    @FXML private Label producerName;
    @FXML private Label owed;
    @FXML private Label owedDetail;
    @FXML private Label error;
    @FXML private TableView<StockLine> producerStock;
    @FXML private TableColumn<StockLine, String> stockProductColumn;
    @FXML private TableColumn<StockLine, String> stockOnHandColumn;
    @FXML private TableColumn<StockLine, String> stockBestBeforeColumn;
    @FXML private TableView<SoldLine> producerSales;
    @FXML private TableColumn<SoldLine, String> saleProductColumn;
    @FXML private TableColumn<SoldLine, String> saleAmountColumn;
    @FXML private TableColumn<SoldLine, String> saleSettledColumn;

    public CounterProducerView(CounterProducerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Bind.shownWhen(root, viewModel.producerProperty().or(viewModel.errorProperty().isNotEmpty()));
        producerName.textProperty().bind(viewModel.nameProperty());
        owed.textProperty().bind(viewModel.owedProperty());
        owedDetail.textProperty().bind(viewModel.owedDetailProperty());
        Bind.message(error, viewModel.errorProperty());
        producerStock.setItems(viewModel.inStock());
        GoodsTables.column(stockProductColumn, l -> GoodsFormat.productShort(l.product())
                + (l.lot().grade() == null ? "" : " " + l.lot().grade()));
        GoodsTables.column(stockOnHandColumn, l -> GoodsFormat.quantity(l.lot().onHand()));
        GoodsTables.column(stockBestBeforeColumn, l -> GoodsFormat.date(l.lot().bestBefore()));
        producerSales.setItems(viewModel.sales());
        GoodsTables.column(saleProductColumn, s -> GoodsFormat.productShort(s.product()) + " " + GoodsFormat.quantity(s.quantity()));
        GoodsTables.column(saleAmountColumn, s -> GoodsFormat.money(s.amount()));
        GoodsTables.column(saleSettledColumn, s -> Text.yesNo(s.settled()));
    }

    /** The villager chosen at the counter; null clears the panel. */
    public void showFor(UUID villagerId) {
        viewModel.showFor(villagerId);
    }
}
