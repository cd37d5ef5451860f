package org.skyroad.station.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Navigator;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.common.Text;

/** The station's settings (synced to the hub) and this computer's interface language. */
public final class StationSettingsViewModel {

    private final StationSettings settings;
    private final TaskExecutor executor;
    private final DataChanges changes;
    private final Navigator navigator;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty level = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty hubCode = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final ObjectProperty<Language> stationLanguage = new SimpleObjectProperty<>(Language.ZH);
    private final ObjectProperty<Language> interfaceLanguage = new SimpleObjectProperty<>(Language.current());
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public StationSettingsViewModel(StationSettings settings, TaskExecutor executor, DataChanges changes,
                                    Navigator navigator) {
        this.settings = settings;
        this.executor = executor;
        this.changes = changes;
        this.navigator = navigator;
    }

    public void load() {
        executor.run(p -> settings.station(), this::show, f -> error.set(Errors.sentence(f)));
    }

    private void show(Station s) {
        code.set(s.code().value());
        level.set(Text.level(s.level()));
        name.set(s.name());
        hubCode.set(s.hubCode() == null ? "" : s.hubCode().value());
        zone.set(s.zone().getId());
        stationLanguage.set(Language.of(s.language()));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        String n = name.get();
        String h = hubCode.get();
        String z = zone.get();
        String l = stationLanguage.get() == null ? null : stationLanguage.get().code();
        busy.set(true);
        error.set("");
        info.set("");
        executor.run(p -> settings.update(n, h, z, l), (Station s) -> {
            busy.set(false);
            show(s);
            info.set(Messages.get("ui.settings.saved"));
            changes.saved();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Keeps the language on this computer and redraws the window in it at once. */
    public void applyInterfaceLanguage() {
        Language l = interfaceLanguage.get();
        if (l == null) {
            return;
        }
        error.set("");
        executor.run(p -> {
            settings.setInterfaceLanguage(l.code());
            return l;
        }, navigator::languageChanged, f -> error.set(Errors.sentence(f)));
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hubCodeProperty() {
        return hubCode;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ObjectProperty<Language> stationLanguageProperty() {
        return stationLanguage;
    }

    public ObjectProperty<Language> interfaceLanguageProperty() {
        return interfaceLanguage;
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
