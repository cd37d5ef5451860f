package org.skyroad.station.ui.parcels;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** Reconciliation with a carrier’s manifest: carrier, date, a count or a CSV file; Enter reconciles. */
public final class ParcelReconcileView {

    private final ParcelReconcileViewModel viewModel;

    @FXML private ChoiceBox<Carrier> carrier;
    @FXML private TextField date;
    @FXML private TextField count;
    @FXML private Label file;
    @FXML private Label summary;
    @FXML private ListView<String> missing;
    @FXML private ListView<String> extra;
    @FXML private Label reconcileError;

    public ParcelReconcileView(ParcelReconcileViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        carrier.getItems().setAll(ParcelCheckInViewModel.allCarriers());
        carrier.valueProperty().bindBidirectional(viewModel.carrierProperty());
        Bind.labels(carrier, ParcelText::carrier);
        date.textProperty().bindBidirectional(viewModel.dateProperty());
        count.textProperty().bindBidirectional(viewModel.countProperty());
        file.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? Messages.get("parcelsui.reconcile.noFile") : viewModel.fileProperty().get().toString(),
                viewModel.fileProperty()));
        Bind.message(summary, viewModel.summaryProperty());
        missing.setItems(viewModel.missing());
        extra.setItems(viewModel.extra());
        Bind.message(reconcileError, viewModel.errorProperty());
        date.setOnAction(e -> viewModel.reconcile());
        count.setOnAction(e -> viewModel.reconcile());
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File f = chooser.showOpenDialog(carrier.getScene().getWindow());
        if (f != null) {
            viewModel.fileProperty().set(f.toPath());
            viewModel.countProperty().set("");
        }
    }

    @FXML
    private void reconcile() {
        viewModel.reconcile();
    }

    public void focus() {
        viewModel.start();
        carrier.requestFocus();
    }
}
