package org.skyroad.station.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Text;

/** First-start screen: binds the fields to {@link SetupViewModel}; Enter submits. */
public final class SetupView {

    private final SetupViewModel viewModel;

    @FXML private TextField stationCode;
    @FXML private TextField stationName;
    @FXML private ChoiceBox<StationLevel> level;
    @FXML private TextField hubCode;
    @FXML private TextField adminUsername;
    @FXML private TextField adminName;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordRepeat;
    @FXML private ChoiceBox<Language> language;
    @FXML private Label error;
    @FXML private Button submit;

    public SetupView(SetupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        stationCode.textProperty().bindBidirectional(viewModel.stationCodeProperty());
        stationName.textProperty().bindBidirectional(viewModel.stationNameProperty());
        hubCode.textProperty().bindBidirectional(viewModel.hubCodeProperty());
        adminUsername.textProperty().bindBidirectional(viewModel.adminUsernameProperty());
        adminName.textProperty().bindBidirectional(viewModel.adminNameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordRepeat.textProperty().bindBidirectional(viewModel.passwordRepeatProperty());
        level.getItems().setAll(StationLevel.values());
        Bind.labels(level, Text::level);
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        language.getItems().setAll(Language.values());
        language.setValue(Language.current());
        language.valueProperty().addListener((obs, old, now) -> viewModel.changeLanguage(now));
        Bind.message(error, viewModel.errorProperty());
        submit.disableProperty().bind(viewModel.busyProperty());
        stationCode.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(stationCode::requestFocus);
            }
        });
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }
}
