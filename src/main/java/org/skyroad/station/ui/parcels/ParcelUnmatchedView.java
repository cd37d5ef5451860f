package org.skyroad.station.ui.parcels;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.ui.common.Bind;

/**
 * The unmatched list: choose a parcel (Enter proposes its label’s phone or name as search),
 * type in the villager field and Enter, Down to the villagers, Enter puts the parcel on the
 * chosen villager’s name.
 */
public final class ParcelUnmatchedView {

    private final ParcelUnmatchedViewModel viewModel;

    @FXML private TableView<ParcelRow> unmatchedTable;
    @FXML private TableColumn<ParcelRow, String> trackingColumn;
    @FXML private TableColumn<ParcelRow, String> carrierColumn;
    @FXML private TableColumn<ParcelRow, String> nameColumn;
    @FXML private TableColumn<ParcelRow, String> phoneColumn;
    @FXML private TableColumn<ParcelRow, String> slotColumn;
    @FXML private TableColumn<ParcelRow, String> receivedColumn;
    @FXML private TextField villagerSearch;
    @FXML private ListView<VillagerMatch> villagers;
    @FXML private Label unmatchedMessage;
    @FXML private Label unmatchedError;

    public ParcelUnmatchedView(ParcelUnmatchedViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        unmatchedTable.setItems(viewModel.rows());
        ParcelTables.text(trackingColumn, ParcelRow::tracking);
        ParcelTables.text(carrierColumn, ParcelRow::carrier);
        ParcelTables.text(nameColumn, r -> r.parcel().labelName() == null ? "" : r.parcel().labelName());
        ParcelTables.text(phoneColumn, ParcelRow::phone);
        ParcelTables.text(slotColumn, ParcelRow::slot);
        ParcelTables.text(receivedColumn, ParcelRow::received);
        villagerSearch.textProperty().bindBidirectional(viewModel.villagerQueryProperty());
        villagers.setItems(viewModel.villagers());
        villagers.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VillagerMatch m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.villager().name().value()
                        + (m.villager().phone() == null ? "" : "  " + m.villager().phone().digits())
                        + (m.villageName() == null ? "" : "  · " + m.villageName()));
            }
        });
        Bind.message(unmatchedMessage, viewModel.messageProperty());
        Bind.message(unmatchedError, viewModel.errorProperty());
        unmatchedTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.proposeFor(unmatchedTable.getSelectionModel().getSelectedItem());
                villagerSearch.requestFocus();
                e.consume();
            }
        });
        villagerSearch.setOnAction(e -> viewModel.findVillagers());
        villagerSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !villagers.getItems().isEmpty()) {
                villagers.requestFocus();
                villagers.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        villagers.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.assign(unmatchedTable.getSelectionModel().getSelectedItem(),
                        villagers.getSelectionModel().getSelectedItem());
                unmatchedTable.requestFocus();
                e.consume();
            }
        });
    }

    @FXML
    private void assign() {
        viewModel.assign(unmatchedTable.getSelectionModel().getSelectedItem(), villagers.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    public void focus() {
        viewModel.load();
        ParcelTables.intoTable(unmatchedTable);
    }
}
