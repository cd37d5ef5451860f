package org.skyroad.station.ui.goods;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Text;

/** Trace: the code field has the cursor; a scan (the code and Enter) shows the lot's whole history. */
public final class GoodsTraceView {

    private final TraceViewModel viewModel;

    @FXML private TextField traceCode;
    @FXML private Label error;
    @FXML private Node header;
    @FXML private Label traceLotCode;
    @FXML private Label summary;
    @FXML private Label origin;
    @FXML private Label family;
    @FXML private TableView<TraceEvent> traceEvents;
    @FXML private TableColumn<TraceEvent, String> timeColumn;
    @FXML private TableColumn<TraceEvent, String> kindColumn;
    @FXML private TableColumn<TraceEvent, String> lotColumn;
    @FXML private TableColumn<TraceEvent, String> otherColumn;
    @FXML private TableColumn<TraceEvent, String> quantityColumn;
    @FXML private TableColumn<TraceEvent, String> amountColumn;
    @FXML private TableColumn<TraceEvent, String> detailColumn;

    public GoodsTraceView(TraceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        traceCode.textProperty().bindBidirectional(viewModel.codeProperty());
        Bind.message(error, viewModel.errorProperty());
        Bind.shownWhen(header, viewModel.traceProperty().isNotNull());
        viewModel.traceProperty().addListener((obs, old, t) -> traceLotCode.setText(t == null ? "" : t.lot().code().value()));
        summary.textProperty().bind(viewModel.summaryProperty());
        origin.textProperty().bind(viewModel.originProperty());
        Bind.message(family, viewModel.familyProperty());
        traceEvents.setItems(viewModel.events());
        GoodsTables.column(timeColumn, e -> Text.dateTime(e.at(), viewModel.zone()));
        GoodsTables.column(kindColumn, e -> GoodsFormat.enumText("event", e.kind()));
        GoodsTables.column(lotColumn, e -> e.lotCode() == null ? "" : e.lotCode().value());
        GoodsTables.column(otherColumn, e -> e.otherCode() == null ? "" : e.otherCode().value());
        GoodsTables.column(quantityColumn, e -> GoodsFormat.quantity(e.quantity()));
        GoodsTables.column(amountColumn, e -> GoodsFormat.money(e.amount()));
        GoodsTables.column(detailColumn, e -> e.detail() == null ? "" : e.detail());
        traceCode.setOnAction(e -> viewModel.trace());
    }

    public void focus() {
        Platform.runLater(traceCode::requestFocus);
    }
}
