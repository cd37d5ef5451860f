package org.skyroad.station.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Language;

/** Sign-in screen: binds to {@link SignInViewModel}; Enter signs in. */
public final class SignInView {

    private final SignInViewModel viewModel;

    @FXML private Label stationTitle;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label error;
    @FXML private Label hint;
    @FXML private Button signIn;
    @FXML private ChoiceBox<Language> language;

    public SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        stationTitle.textProperty().bind(viewModel.stationTitleProperty());
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Bind.message(error, viewModel.errorProperty());
        Bind.message(hint, viewModel.hintProperty());
        signIn.disableProperty().bind(viewModel.busyProperty());
        language.getItems().setAll(Language.values());
        language.setValue(Language.current());
        language.valueProperty().addListener((obs, old, now) -> viewModel.changeLanguage(now));
        viewModel.errorProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                password.requestFocus();
            }
        });
        username.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(() -> {
                    if (username.getText() == null || username.getText().isEmpty()) {
                        username.requestFocus();
                    } else {
                        password.requestFocus();
                    }
                });
            }
        });
        viewModel.load();
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }
}
