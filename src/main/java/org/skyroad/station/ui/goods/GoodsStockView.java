package org.skyroad.station.ui.goods;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.skyroad.station.service.ConsignmentDesk.StockLine;
import org.skyroad.station.ui.common.Bind;

/**
 * Lots in the store. Typing filters by product; rows of perishables near their best-before day
 * are marked, past it more strongly. Several rows chosen (Shift or Ctrl) merge; one row splits
 * into the parts typed.
 */
public final class GoodsStockView {

    private final StockViewModel viewModel;

    @FXML private TextField stockFilter;
    @FXML private CheckBox nearOnly;
    @FXML private TextField parts;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private TableView<StockLine> stockTable;
    @FXML private TableColumn<StockLine, String> codeColumn;
    @FXML private TableColumn<StockLine, String> productColumn;
    @FXML private TableColumn<StockLine, String> gradeColumn;
    @FXML private TableColumn<StockLine, String> producerColumn;
    @FXML private TableColumn<StockLine, String> villageColumn;
    @FXML private TableColumn<StockLine, String> onHandColumn;
    @FXML private TableColumn<StockLine, String> bestBeforeColumn;
    @FXML private TableColumn<StockLine, String> daysColumn;

    public GoodsStockView(StockViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        stockFilter.textProperty().bindBidirectional(viewModel.filterProperty());
        nearOnly.selectedProperty().bindBidirectional(viewModel.nearOnlyProperty());
        parts.textProperty().bindBidirectional(viewModel.partsProperty());
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        stockTable.setItems(viewModel.lines());
        stockTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        GoodsTables.column(codeColumn, l -> l.lot().code().value());
        GoodsTables.column(productColumn, l -> GoodsFormat.product(l.product()));
        GoodsTables.column(gradeColumn, l -> l.lot().grade() == null ? "" : l.lot().grade());
        GoodsTables.column(producerColumn, l -> GoodsFormat.producer(l.producer()));
        GoodsTables.column(villageColumn, l -> l.village() == null ? "" : l.village());
        GoodsTables.column(onHandColumn, l -> GoodsFormat.quantity(l.lot().onHand()));
        GoodsTables.column(bestBeforeColumn, l -> GoodsFormat.date(l.lot().bestBefore()));
        GoodsTables.column(daysColumn, l -> GoodsFormat.daysLeft(l.lot(), viewModel.today()));
        stockTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StockLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("near-best-before", "past-best-before");
                if (!empty && line != null) {
                    if (viewModel.past(line)) {
                        getStyleClass().add("past-best-before");
                    } else if (viewModel.near(line)) {
                        getStyleClass().add("near-best-before");
                    }
                }
            }
        });
        stockFilter.setOnAction(e -> stockTable.requestFocus());
        parts.setOnAction(e -> split());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void split() {
        viewModel.split(stockTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void merge() {
        viewModel.merge(List.copyOf(stockTable.getSelectionModel().getSelectedItems()));
    }

    /** The area tab was opened: fresh stock, the cursor in the filter. */
    public void focus() {
        viewModel.refresh();
        Platform.runLater(stockFilter::requestFocus);
    }
}
