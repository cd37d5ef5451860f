package org.skyroad.station.ui.parcels;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.Node;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.ui.common.Bind;

/** Drop-off: Tab from field to field, Enter in the sender field finds them, Ctrl+S or Enter in the fee saves. */
public final class ParcelDropOffView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ParcelDropOffViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField senderSearch;
    @FXML private ChoiceBox<VillagerMatch> sender;
    @FXML private TextField recipientName;
    @FXML private TextField recipientPhone;
    @FXML private TextField address;
    @FXML private TextField tracking;
    @FXML private ChoiceBox<Carrier> carrier;
    @FXML private TextField fee;
    @FXML private Label dropOffMessage;
    @FXML private Label dropOffError;

    public ParcelDropOffView(ParcelDropOffViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        senderSearch.textProperty().bindBidirectional(viewModel.senderQueryProperty());
        senderSearch.setOnAction(e -> viewModel.findSenders());
        sender.setItems(viewModel.senders());
        sender.valueProperty().bindBidirectional(viewModel.senderProperty());
        Bind.labels(sender, m -> m.villager().name().value()
                + (m.villager().phone() == null ? "" : "  " + m.villager().phone().digits()));
        recipientName.textProperty().bindBidirectional(viewModel.recipientNameProperty());
        recipientPhone.textProperty().bindBidirectional(viewModel.recipientPhoneProperty());
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        tracking.textProperty().bindBidirectional(viewModel.trackingProperty());
        carrier.getItems().setAll(ParcelCheckInViewModel.allCarriers());
        carrier.valueProperty().bindBidirectional(viewModel.carrierProperty());
        Bind.labels(carrier, ParcelText::carrier);
        fee.textProperty().bindBidirectional(viewModel.feeProperty());
        fee.setOnAction(e -> save());
        tracking.setOnAction(e -> fee.requestFocus());
        Bind.message(dropOffMessage, viewModel.messageProperty());
        Bind.message(dropOffError, viewModel.errorProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
                e.consume();
            }
        });
    }

    @FXML
    private void save() {
        viewModel.save();
        senderSearch.requestFocus();
    }

    public void focus() {
        senderSearch.requestFocus();
    }
}
