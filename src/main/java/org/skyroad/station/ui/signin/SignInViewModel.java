package org.skyroad.station.ui.signin;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StaffDirectory;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Navigator;
import org.skyroad.station.ui.common.TaskExecutor;

/** Who is at the counter: name and password, checked by the staff directory. */
public final class SignInViewModel {

    private final StaffDirectory staff;
    private final StationSettings settings;
    private final TaskExecutor executor;
    private final StringProperty stationTitle = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final Navigator navigator;

    public SignInViewModel(StaffDirectory staff, StationSettings settings, TaskExecutor executor,
                           Navigator navigator, String hintText) {
        this.staff = staff;
        this.settings = settings;
        this.executor = executor;
        this.navigator = navigator;
        this.hint.set(hintText == null ? "" : hintText);
    }

    public void signIn() {
        signIn(navigator::signedIn);
    }

    /** Keeps the choice on this computer and redraws the screen in that language. */
    public void changeLanguage(Language l) {
        if (l == null || l == Language.current()) {
            return;
        }
        executor.run(p -> {
            settings.setInterfaceLanguage(l.code());
            return l;
        }, navigator::languageChanged, failure -> error.set(Errors.sentence(failure)));
    }

    /** Reads the station's name and code for the heading. */
    public void load() {
        executor.run(p -> settings.station(), (Station s) ->
                stationTitle.set(Messages.get("ui.signin.station", s.name(), s.code().value())),
                failure -> error.set(Errors.sentence(failure)));
    }

    public void signIn(Consumer<Actor> onSignedIn) {
        if (busy.get()) {
            return;
        }
        String name = username.get();
        char[] pw = password.get().toCharArray();
        busy.set(true);
        error.set("");
        executor.run(p -> {
            try {
                return staff.signIn(name, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, actor -> {
            busy.set(false);
            password.set("");
            onSignedIn.accept(actor);
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(Errors.sentence(failure));
        });
    }

    public StringProperty stationTitleProperty() {
        return stationTitle;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
