package org.skyroad.station.ui.parcels;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.ui.common.Bind;

/** Reminders and returns to the carrier; Space ticks in either list. */
public final class ParcelAgeingView {

    private final ParcelAgeingViewModel viewModel;

    @FXML private TableView<ParcelRow> remind;
    @FXML private TableColumn<ParcelRow, Boolean> remindTick;
    @FXML private TableColumn<ParcelRow, String> remindName;
    @FXML private TableColumn<ParcelRow, String> remindPhone;
    @FXML private TableColumn<ParcelRow, String> remindCode;
    @FXML private TableColumn<ParcelRow, String> remindSlot;
    @FXML private TableColumn<ParcelRow, String> remindDays;
    @FXML private ChoiceBox<Carrier> carrier;
    @FXML private Label returnNote;
    @FXML private TableView<ParcelRow> returns;
    @FXML private TableColumn<ParcelRow, Boolean> returnTick;
    @FXML private TableColumn<ParcelRow, String> returnTracking;
    @FXML private TableColumn<ParcelRow, String> returnName;
    @FXML private TableColumn<ParcelRow, String> returnSlot;
    @FXML private TableColumn<ParcelRow, String> returnDays;
    @FXML private Label ageingMessage;
    @FXML private Label ageingError;

    public ParcelAgeingView(ParcelAgeingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        remind.setItems(viewModel.remind());
        ParcelTables.tick(remind, remindTick);
        ParcelTables.text(remindName, ParcelRow::recipient);
        ParcelTables.text(remindPhone, ParcelRow::phone);
        ParcelTables.text(remindCode, ParcelRow::code);
        ParcelTables.text(remindSlot, ParcelRow::slot);
        ParcelTables.text(remindDays, ParcelRow::daysText);
        ParcelTables.markOverdue(remind);
        carrier.setItems(viewModel.carriers());
        carrier.valueProperty().bindBidirectional(viewModel.carrierProperty());
        Bind.labels(carrier, ParcelText::carrier);
        returnNote.textProperty().bind(viewModel.returnNoteProperty());
        returns.setItems(viewModel.returns());
        ParcelTables.tick(returns, returnTick);
        ParcelTables.text(returnTracking, ParcelRow::tracking);
        ParcelTables.text(returnName, ParcelRow::recipient);
        ParcelTables.text(returnSlot, ParcelRow::slot);
        ParcelTables.text(returnDays, ParcelRow::daysText);
        Bind.message(ageingMessage, viewModel.messageProperty());
        Bind.message(ageingError, viewModel.errorProperty());
    }

    @FXML
    private void reminded() {
        viewModel.markReminded();
    }

    @FXML
    private void confirmReturn() {
        viewModel.confirmReturn();
    }

    public void focus() {
        viewModel.load();
        ParcelTables.intoTable(remind);
    }
}
