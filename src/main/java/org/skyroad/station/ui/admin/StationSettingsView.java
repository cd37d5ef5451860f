package org.skyroad.station.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Language;

/** Station settings and interface language: binds to {@link StationSettingsViewModel}. */
public final class StationSettingsView {

    private final StationSettingsViewModel viewModel;

    @FXML private javafx.scene.layout.VBox root;
    @FXML private Label code;
    @FXML private Label level;
    @FXML private TextField name;
    @FXML private TextField hubCode;
    @FXML private TextField zone;
    @FXML private ChoiceBox<Language> stationLanguage;
    @FXML private ChoiceBox<Language> interfaceLanguage;
    @FXML private Button save;
    @FXML private Label info;
    @FXML private Label error;

    public StationSettingsView(StationSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        code.textProperty().bind(viewModel.codeProperty());
        level.textProperty().bind(viewModel.levelProperty());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        hubCode.textProperty().bindBidirectional(viewModel.hubCodeProperty());
        zone.textProperty().bindBidirectional(viewModel.zoneProperty());
        stationLanguage.getItems().setAll(Language.values());
        stationLanguage.valueProperty().bindBidirectional(viewModel.stationLanguageProperty());
        interfaceLanguage.getItems().setAll(Language.values());
        interfaceLanguage.valueProperty().bindBidirectional(viewModel.interfaceLanguageProperty());
        for (TextField f : new TextField[] {name, hubCode, zone}) {
            f.setOnAction(e -> viewModel.save());
        }
        save.disableProperty().bind(viewModel.busyProperty());
        Bind.message(info, viewModel.infoProperty());
        Bind.message(error, viewModel.errorProperty());
        javafx.scene.input.KeyCombination saveKey = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (saveKey.match(e)) {
                viewModel.save();
                e.consume();
            }
        });
        viewModel.load();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void applyLanguage() {
        viewModel.applyInterfaceLanguage();
    }
}
