package org.skyroad.station.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.skyroad.station.i18n.Messages;

/** Loads {@code /fxml/<area>/<Screen>.fxml} with the merged bundle and the app's controller factory. */
public final class ViewLoader {

    /** A loaded screen: its root node and its view (the FXML controller). */
    public record Loaded<V>(Parent root, V view) {
    }

    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = controllerFactory;
    }

    public <V> Loaded<V> load(String fxmlPath) {
        URL url = ViewLoader.class.getResource(fxmlPath);
        if (url == null) {
            throw new IllegalArgumentException("no FXML " + fxmlPath);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxmlPath, e);
        }
    }
}
