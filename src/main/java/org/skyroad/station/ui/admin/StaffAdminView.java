package org.skyroad.station.ui.admin;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Text;

/** Staff accounts: binds to {@link StaffAdminViewModel}. */
public final class StaffAdminView {

    private final StaffAdminViewModel viewModel;

    @FXML private TableView<StaffRow> table;
    @FXML private TableColumn<StaffRow, String> usernameColumn;
    @FXML private TableColumn<StaffRow, String> nameColumn;
    @FXML private TableColumn<StaffRow, String> roleColumn;
    @FXML private TableColumn<StaffRow, String> activeColumn;
    @FXML private TableColumn<StaffRow, String> lockedColumn;
    @FXML private TextField newUsername;
    @FXML private TextField newName;
    @FXML private ChoiceBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private Pane selectedPane;
    @FXML private Label selectedTitle;
    @FXML private ChoiceBox<Role> selectedRole;
    @FXML private PasswordField resetPassword;
    @FXML private Button toggleActive;
    @FXML private Label info;
    @FXML private Label error;

    public StaffAdminView(StaffAdminViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        column(usernameColumn, StaffRow::username);
        column(nameColumn, StaffRow::name);
        column(roleColumn, StaffRow::role);
        column(activeColumn, StaffRow::active);
        column(lockedColumn, StaffRow::locked);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getItems().stream().filter(r -> r.member().id().equals(now.member().id())).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        newUsername.textProperty().bindBidirectional(viewModel.newUsernameProperty());
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        for (ChoiceBox<Role> box : java.util.List.of(newRole, selectedRole)) {
            box.getItems().setAll(Role.values());
            Bind.labels(box, Text::role);
        }
        newRole.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        selectedRole.valueProperty().bindBidirectional(viewModel.selectedRoleProperty());
        resetPassword.textProperty().bindBidirectional(viewModel.resetPasswordProperty());
        selectedPane.disableProperty().bind(viewModel.selectedProperty().isNull());
        selectedTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            StaffRow r = viewModel.selectedProperty().get();
            return r == null ? Messages.get("ui.staff.selectHint")
                    : Messages.get("ui.staff.selected", r.name(), r.username());
        }, viewModel.selectedProperty()));
        toggleActive.textProperty().bind(Bindings.createStringBinding(() -> {
            StaffRow r = viewModel.selectedProperty().get();
            return Messages.get(r != null && !r.member().active() ? "ui.staff.activate" : "ui.staff.deactivate");
        }, viewModel.selectedProperty()));
        newPassword.setOnAction(e -> viewModel.add());
        resetPassword.setOnAction(e -> viewModel.resetPassword());
        Bind.message(info, viewModel.infoProperty());
        Bind.message(error, viewModel.errorProperty());
        viewModel.load();
    }

    private static void column(TableColumn<StaffRow, String> col, Function<StaffRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void changeRole() {
        viewModel.changeRole();
    }

    @FXML
    private void resetPassword() {
        viewModel.resetPassword();
    }

    @FXML
    private void toggleActive() {
        viewModel.toggleActive();
    }
}
