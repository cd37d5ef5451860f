package org.skyroad.station.ui.sync;

/** The controller factory of the sync screens, asked first by the app's composition root. */
public final class SyncViews {

    private final SyncScreens screens;

    public SyncViews(SyncScreens screens) {
        this.screens = screens;
    }

    public SyncScreens screens() {
        return screens;
    }

    /** The view for {@code type}, or null when the type is not a sync view. */
    public Object controller(Class<?> type) {
        if (type == SyncView.class) {
            return new SyncView();
        }
        if (type == SyncStationView.class) {
            return new SyncStationView(new SyncStationViewModel(screens));
        }
        if (type == SyncHubView.class) {
            return new SyncHubView(new SyncHubViewModel(screens));
        }
        return null;
    }
}
