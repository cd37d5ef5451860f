package org.skyroad.station.ui.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StaffDirectory;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/** The admin's work on staff accounts: list, add, change role, reset password, switch on/off. */
public final class StaffAdminViewModel {

    private final StaffDirectory staff;
    private final StationSettings settings;
    private final Clock clock;
    private final TaskExecutor executor;
    private final DataChanges changes;

    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StaffRow> selected = new SimpleObjectProperty<>();
    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.OPERATOR);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final ObjectProperty<Role> selectedRole = new SimpleObjectProperty<>();
    private final StringProperty resetPassword = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    public StaffAdminViewModel(StaffDirectory staff, StationSettings settings, Clock clock,
                               TaskExecutor executor, DataChanges changes) {
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
        this.changes = changes;
        selected.addListener((obs, old, now) -> {
            selectedRole.set(now == null ? null : now.member().role());
            resetPassword.set("");
        });
    }

    private record Loaded(List<StaffMember> members, ZoneId zone) {
    }

    public void load() {
        UUID keep = selected.get() == null ? null : selected.get().member().id();
        executor.run(p -> new Loaded(staff.list(), settings.station().zone()), (Loaded l) -> {
            zone = l.zone();
            rows.setAll(l.members().stream().map(m -> StaffRow.of(m, clock.instant(), zone)).toList());
            if (keep != null) {
                rows.stream().filter(r -> r.member().id().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    public void add() {
        String username = newUsername.get();
        String name = newName.get();
        Role role = newRole.get();
        char[] pw = newPassword.get().toCharArray();
        act(() -> {
            try {
                return staff.add(username, name, role, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, m -> {
            newUsername.set("");
            newName.set("");
            newPassword.set("");
            newRole.set(Role.OPERATOR);
            return Messages.get("ui.staff.added", m.username().value());
        });
    }

    public void changeRole() {
        StaffRow row = selected.get();
        Role role = selectedRole.get();
        if (row == null || role == null) {
            return;
        }
        act(() -> staff.changeRole(row.member().id(), role),
                m -> Messages.get("ui.staff.roleChanged", m.username().value(), org.skyroad.station.ui.common.Text.role(m.role())));
    }

    public void resetPassword() {
        StaffRow row = selected.get();
        if (row == null) {
            return;
        }
        char[] pw = resetPassword.get().toCharArray();
        act(() -> {
            try {
                return staff.resetPassword(row.member().id(), pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, m -> {
            resetPassword.set("");
            return Messages.get("ui.staff.passwordReset", m.username().value());
        });
    }

    /** Switches the selected account off, or on again. */
    public void toggleActive() {
        StaffRow row = selected.get();
        if (row == null) {
            return;
        }
        boolean active = !row.member().active();
        act(() -> staff.setActive(row.member().id(), active),
                m -> Messages.get(m.active() ? "ui.staff.activated" : "ui.staff.deactivated", m.username().value()));
    }

    private void act(java.util.concurrent.Callable<StaffMember> work, java.util.function.Function<StaffMember, String> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        info.set("");
        executor.run(p -> work.call(), (StaffMember m) -> {
            busy.set(false);
            info.set(done.apply(m));
            changes.saved();
            StaffRow row = StaffRow.of(m, clock.instant(), zone);
            selected.set(null);
            load();
            selected.set(row);
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    public ObservableList<StaffRow> rows() {
        return rows;
    }

    public ObjectProperty<StaffRow> selectedProperty() {
        return selected;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ObjectProperty<Role> selectedRoleProperty() {
        return selectedRole;
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
