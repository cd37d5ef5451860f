package org.skyroad.station.ui.setup;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StationSetup;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Navigator;
import org.skyroad.station.ui.common.TaskExecutor;

/** First start: the station's identity and its first admin. */
public final class SetupViewModel {

    private final StationSetup setup;
    private final TaskExecutor executor;
    private final StringProperty stationCode = new SimpleStringProperty("");
    private final StringProperty stationName = new SimpleStringProperty("");
    private final ObjectProperty<StationLevel> level = new SimpleObjectProperty<>(StationLevel.VILLAGE);
    private final StringProperty hubCode = new SimpleStringProperty("");
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.current());
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final Navigator navigator;

    public SetupViewModel(StationSetup setup, TaskExecutor executor, Navigator navigator) {
        this.setup = setup;
        this.executor = executor;
        this.navigator = navigator;
    }

    /** Sets the station up; on success the sign-in screen follows. */
    public void submit() {
        submit(station -> navigator.stationReady());
    }

    /** Shows the setup screen in another language (what was typed stays). */
    public void changeLanguage(Language l) {
        if (l != null && l != Language.current()) {
            language.set(l);
            error.set("");
            navigator.languageChanged(l);
        }
    }

    /** Checks what can be checked here, then sets the station up in the background. */
    public void submit(java.util.function.Consumer<Station> onDone) {
        if (busy.get()) {
            return;
        }
        if (!password.get().equals(passwordRepeat.get())) {
            error.set(Messages.get("ui.setup.passwordMismatch"));
            return;
        }
        char[] pw = password.get().toCharArray();
        StationSetup.Request request = new StationSetup.Request(stationCode.get(), stationName.get(),
                level.get() == null ? null : level.get().code(), hubCode.get(), adminUsername.get(),
                adminName.get(), pw, language.get() == null ? "zh" : language.get().code());
        busy.set(true);
        error.set("");
        executor.run(p -> {
            try {
                return setup.initialize(request);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, station -> {
            busy.set(false);
            password.set("");
            passwordRepeat.set("");
            onDone.accept(station);
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    public StringProperty stationCodeProperty() {
        return stationCode;
    }

    public StringProperty stationNameProperty() {
        return stationName;
    }

    public ObjectProperty<StationLevel> levelProperty() {
        return level;
    }

    public StringProperty hubCodeProperty() {
        return hubCode;
    }

    public StringProperty adminUsernameProperty() {
        return adminUsername;
    }

    public StringProperty adminNameProperty() {
        return adminName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordRepeatProperty() {
        return passwordRepeat;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
