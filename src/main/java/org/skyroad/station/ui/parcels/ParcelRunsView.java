package org.skyroad.station.ui.parcels;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import java.util.function.Function;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.ui.common.Bind;

/**
 * Village runs. Today’s runs on the left (Enter opens one); a new run from the village or
 * route and date; the scan field adds parcels; on a parcel D delivered (to the name typed, or
 * the recipient), N not at home, R refused.
 */
public final class ParcelRunsView {

    private final ParcelRunsViewModel viewModel;

    @FXML private ChoiceBox<Village> village;
    @FXML private TextField route;
    @FXML private TextField date;
    @FXML private ListView<VillageRun> runs;
    @FXML private Label runTitle;
    @FXML private TextField runScan;
    @FXML private TableView<RunRow> runTable;
    @FXML private TableColumn<RunRow, String> trackingColumn;
    @FXML private TableColumn<RunRow, String> recipientColumn;
    @FXML private TableColumn<RunRow, String> phoneColumn;
    @FXML private TableColumn<RunRow, String> slotColumn;
    @FXML private TableColumn<RunRow, String> codColumn;
    @FXML private TableColumn<RunRow, String> outcomeColumn;
    @FXML private TextField receivedBy;
    @FXML private Label runMessage;
    @FXML private Label runError;

    public ParcelRunsView(ParcelRunsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        village.setItems(viewModel.villages());
        village.valueProperty().bindBidirectional(viewModel.villageProperty());
        Bind.labels(village, Village::name);
        route.textProperty().bindBidirectional(viewModel.routeProperty());
        date.textProperty().bindBidirectional(viewModel.dateProperty());
        runs.setItems(viewModel.runs());
        runs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VillageRun r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : viewModel.describe(r));
            }
        });
        runs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && runs.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(runs.getSelectionModel().getSelectedItem());
                runScan.requestFocus();
                e.consume();
            }
        });
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null && r != viewModel.runProperty().get()) {
                viewModel.open(r);
            }
        });
        runTitle.textProperty().bind(viewModel.runTextProperty());
        runScan.textProperty().bindBidirectional(viewModel.scanProperty());
        runScan.setOnAction(e -> viewModel.addScanned());
        runScan.disableProperty().bind(viewModel.runProperty().isNull());
        runTable.setItems(viewModel.rows());
        column(trackingColumn, RunRow::tracking);
        column(recipientColumn, RunRow::recipient);
        column(phoneColumn, RunRow::phone);
        column(slotColumn, RunRow::slot);
        column(codColumn, RunRow::cod);
        column(outcomeColumn, RunRow::outcome);
        runTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            RunRow row = runTable.getSelectionModel().getSelectedItem();
            RunOutcome o = switch (e.getCode()) {
                case D -> RunOutcome.DELIVERED;
                case N -> RunOutcome.NOT_AT_HOME;
                case R -> RunOutcome.REFUSED;
                default -> null;
            };
            if (o != null && !e.isControlDown() && !e.isAltDown()) {
                viewModel.outcome(row, o);
                e.consume();
            }
        });
        receivedBy.textProperty().bindBidirectional(viewModel.receivedByProperty());
        Bind.message(runMessage, viewModel.messageProperty());
        Bind.message(runError, viewModel.errorProperty());
    }

    private static void column(TableColumn<RunRow, String> col, Function<RunRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void create() {
        viewModel.create();
        runScan.requestFocus();
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    @FXML
    private void print() {
        viewModel.printSheet();
    }

    @FXML
    private void delivered() {
        viewModel.outcome(runTable.getSelectionModel().getSelectedItem(), RunOutcome.DELIVERED);
    }

    @FXML
    private void notAtHome() {
        viewModel.outcome(runTable.getSelectionModel().getSelectedItem(), RunOutcome.NOT_AT_HOME);
    }

    @FXML
    private void refused() {
        viewModel.outcome(runTable.getSelectionModel().getSelectedItem(), RunOutcome.REFUSED);
    }

    public void focus() {
        viewModel.load();
        if (viewModel.runProperty().get() != null) {
            runScan.requestFocus();
        } else {
            village.requestFocus();
        }
    }
}
