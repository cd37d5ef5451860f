package org.skyroad.station.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.ui.common.Bind;

/** The village list: binds to {@link VillagesAdminViewModel}. */
public final class VillagesAdminView {

    private final VillagesAdminViewModel viewModel;

    @FXML private ListView<Village> list;
    @FXML private TextField newName;
    @FXML private Pane renamePane;
    @FXML private TextField renameTo;
    @FXML private Label info;
    @FXML private Label error;

    public VillagesAdminView(VillagesAdminViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.villages());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        renameTo.textProperty().bindBidirectional(viewModel.renameToProperty());
        renamePane.disableProperty().bind(viewModel.selectedProperty().isNull());
        newName.setOnAction(e -> viewModel.add());
        renameTo.setOnAction(e -> viewModel.rename());
        Bind.message(info, viewModel.infoProperty());
        Bind.message(error, viewModel.errorProperty());
        viewModel.load();
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void rename() {
        viewModel.rename();
    }
}
