package org.skyroad.station.ui.main;

import java.time.Duration;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StaffDirectory;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Navigator;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.common.Text;

/**
 * The main window: which area is open, who is signed in, and the status bar (changes waiting
 * to sync, last sync), refreshed after each save and every {@link #REFRESH}.
 */
public final class MainViewModel {

    public static final Duration REFRESH = Duration.ofSeconds(30);

    private final StationSettings settings;
    private final StaffDirectory staff;
    private final TaskExecutor executor;
    private final DataChanges changes;
    private final Navigator navigator;
    private final Actor actor;

    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.COUNTER);
    private final StringProperty station = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty pending = new SimpleStringProperty("");
    private final StringProperty lastSync = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty admin = new SimpleBooleanProperty(false);
    private final Runnable onSaved = this::refreshStatus;
    private TaskExecutor.Handle timer = TaskExecutor.Handle.DONE;
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    public MainViewModel(StationSettings settings, StaffDirectory staff, TaskExecutor executor,
                         DataChanges changes, Navigator navigator, Actor actor, Area startArea) {
        this.settings = settings;
        this.staff = staff;
        this.executor = executor;
        this.changes = changes;
        this.navigator = navigator;
        this.actor = actor;
        this.area.set(startArea == null ? Area.COUNTER : startArea);
        admin.set(actor.role().allows(Permission.STAFF_MANAGE));
        user.set(Messages.get("ui.status.user", actor.displayName(), Text.role(actor.role())));
    }

    /** Starts the status bar: now, after every save, and every {@link #REFRESH}. */
    public void start() {
        changes.subscribe(onSaved);
        timer = executor.every(REFRESH, this::refreshStatus);
        refreshStatus();
    }

    public void stop() {
        changes.unsubscribe(onSaved);
        timer.cancel();
    }

    private record Snapshot(StationSettings.Status status, ZoneId zone) {
    }

    public void refreshStatus() {
        executor.run(p -> new Snapshot(settings.status(), settings.station().zone()), (Snapshot s) -> {
            zone = s.zone();
            station.set(Messages.get("ui.status.station", s.status().stationCode(), s.status().stationName()));
            pending.set(Messages.get("ui.status.pending", s.status().pendingChanges()));
            lastSync.set(Messages.get("ui.status.lastSync", s.status().lastSync()
                    .map(t -> Text.dateTime(t, zone)).orElse(Messages.get("ui.status.never"))));
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Opens an area; the admin area only for those who may manage the station. */
    public boolean open(Area target) {
        if (target == Area.ADMIN && !admin.get()) {
            return false;
        }
        area.set(target);
        return true;
    }

    public void signOut() {
        stop();
        executor.run(p -> {
            staff.signOut();
            return Boolean.TRUE;
        }, ok -> navigator.signedOut(), f -> navigator.signedOut());
    }

    public Actor actor() {
        return actor;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public StringProperty stationProperty() {
        return station;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty pendingProperty() {
        return pending;
    }

    public StringProperty lastSyncProperty() {
        return lastSync;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty adminProperty() {
        return admin;
    }
}
