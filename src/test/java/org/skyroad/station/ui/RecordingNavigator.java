package org.skyroad.station.ui;

import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Navigator;

/** Remembers where the screens asked to go. */
public final class RecordingNavigator implements Navigator {

    public final List<String> events = new ArrayList<>();
    public Actor signedIn;

    @Override
    public void stationReady() {
        events.add("stationReady");
    }

    @Override
    public void signedIn(Actor who) {
        signedIn = who;
        events.add("signedIn");
    }

    @Override
    public void signedOut() {
        events.add("signedOut");
    }

    @Override
    public void languageChanged(Language language) {
        events.add("language:" + language.code());
    }
}
