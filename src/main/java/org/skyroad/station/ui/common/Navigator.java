package org.skyroad.station.ui.common;

import org.skyroad.station.domain.staff.Actor;

/**
 * Where a screen goes next. The app's window implements it; view-model tests pass a
 * recording one. View-models call it after their work succeeded.
 */
public interface Navigator {

    /** The station was set up: show the sign-in screen. */
    void stationReady();

    /** Someone signed in: show the main window. */
    void signedIn(Actor who);

    /** Back to the sign-in screen. */
    void signedOut();

    /** The interface language changed: redraw the current screen in it. */
    void languageChanged(Language language);

    /** Does nothing: for tests that do not look at navigation. */
    Navigator NONE = new Navigator() {
        @Override
        public void stationReady() {
        }

        @Override
        public void signedIn(Actor who) {
        }

        @Override
        public void signedOut() {
        }

        @Override
        public void languageChanged(Language language) {
        }
    };
}
