package org.skyroad.station.ui.villagers;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.ui.common.Bind;

/** The villager form: Enter or Ctrl+S saves, Esc cancels. */
public final class VillagerEditView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final VillagerEditViewModel viewModel;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private TextField name;
    @FXML private TextField phone;
    @FXML private ComboBox<org.skyroad.station.domain.villager.Village> village;
    @FXML private VBox newVillageBox;
    @FXML private TextField newVillage;
    @FXML private TextField idTail;
    @FXML private TextField household;
    @FXML private TextArea notes;
    @FXML private CheckBox consentPickup;
    @FXML private CheckBox consentDelivery;
    @FXML private VBox duplicateBox;
    @FXML private Label duplicateWarning;
    @FXML private ListView<VillagerMatch> duplicates;
    @FXML private Button confirm;
    @FXML private Label error;
    @FXML private Button save;

    public VillagerEditView(VillagerEditViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public VillagerEditViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        idTail.textProperty().bindBidirectional(viewModel.idTailProperty());
        household.textProperty().bindBidirectional(viewModel.householdProperty());
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        consentPickup.selectedProperty().bindBidirectional(viewModel.consentPickupProperty());
        consentDelivery.selectedProperty().bindBidirectional(viewModel.consentDeliveryProperty());
        village.setItems(viewModel.villages());
        village.valueProperty().bindBidirectional(viewModel.villageProperty());
        newVillage.textProperty().bindBidirectional(viewModel.newVillageNameProperty());
        Bind.shownWhen(newVillageBox, viewModel.canAddVillageProperty());
        newVillage.setOnAction(e -> viewModel.addVillage());
        Bind.shownWhen(duplicateBox, viewModel.awaitingConfirmProperty());
        duplicateWarning.textProperty().bind(viewModel.duplicateWarningProperty());
        duplicates.setItems(viewModel.duplicates());
        duplicates.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VillagerMatch item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : VillagerEditViewModel.describe(item));
            }
        });
        Bind.message(error, viewModel.errorProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        confirm.disableProperty().bind(viewModel.busyProperty());
        viewModel.awaitingConfirmProperty().addListener((obs, old, now) -> {
            if (now) {
                Platform.runLater(confirm::requestFocus);
            }
        });
        for (TextField f : new TextField[] {name, phone, idTail, household}) {
            f.setOnAction(e -> viewModel.save());
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                viewModel.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && e.getTarget() == notes && !e.isControlDown()) {
                // Tab leaves the notes instead of typing a tab into them.
                (e.isShiftDown() ? household : consentPickup).requestFocus();
                e.consume();
            }
        });
    }

    public void focusFirst() {
        Platform.runLater(name::requestFocus);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void confirm() {
        viewModel.confirmSave();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void addVillage() {
        viewModel.addVillage();
    }
}
