package org.skyroad.station.ui.parcels;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Bind;

/** Village notices (masked) and the text-message list. Ctrl+P prints the notice. */
public final class ParcelNoticesView {

    private final ParcelNoticesViewModel viewModel;

    @FXML private ChoiceBox<Village> village;
    @FXML private ChoiceBox<ParcelNoticesViewModel.SmsLanguage> language;
    @FXML private TableView<ParcelRow> noticeTable;
    @FXML private TableColumn<ParcelRow, String> nameColumn;
    @FXML private TableColumn<ParcelRow, String> phoneColumn;
    @FXML private TableColumn<ParcelRow, String> codeColumn;
    @FXML private TableColumn<ParcelRow, String> carrierColumn;
    @FXML private TableColumn<ParcelRow, String> receivedColumn;
    @FXML private TableView<ParcelDesk.TextMessage> texts;
    @FXML private TableColumn<ParcelDesk.TextMessage, String> smsPhoneColumn;
    @FXML private TableColumn<ParcelDesk.TextMessage, String> smsTextColumn;
    @FXML private Label noticeMessage;
    @FXML private Label noticeError;

    public ParcelNoticesView(ParcelNoticesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        village.setItems(viewModel.villages());
        village.valueProperty().bindBidirectional(viewModel.villageProperty());
        Bind.labels(village, Village::name);
        language.getItems().setAll(ParcelNoticesViewModel.SmsLanguage.values());
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        Bind.labels(language, l -> Messages.get("parcelsui.notices.lang." + l.name().toLowerCase(java.util.Locale.ROOT)));
        noticeTable.setItems(viewModel.rows());
        ParcelTables.text(nameColumn, ParcelRow::maskedName);
        ParcelTables.text(phoneColumn, ParcelRow::maskedPhone);
        ParcelTables.text(codeColumn, ParcelRow::code);
        ParcelTables.text(carrierColumn, ParcelRow::carrier);
        ParcelTables.text(receivedColumn, ParcelRow::received);
        ParcelTables.markOverdue(noticeTable);
        texts.setItems(viewModel.messages());
        smsPhoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
        smsTextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ParcelText.shownWrapped(c.getValue().text())));
        ParcelTables.wrapping(smsTextColumn);
        Bind.message(noticeMessage, viewModel.messageProperty());
        Bind.message(noticeError, viewModel.errorProperty());
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void noticeTaken() {
        viewModel.markNoticeTaken();
    }

    @FXML
    private void textsSent() {
        viewModel.markTextsSent();
    }

    public void focus() {
        viewModel.loadVillages();
        viewModel.load();
        village.requestFocus();
    }

    public void printNow() {
        viewModel.print();
    }
}
