package org.skyroad.station.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells whoever listens that something was saved (the status bar counts changes waiting to
 * sync). Called on the UI thread after a save succeeded.
 */
public final class DataChanges {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Runnable listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Runnable listener) {
        listeners.remove(listener);
    }

    public void saved() {
        listeners.forEach(Runnable::run);
    }
}
