package org.skyroad.station.ui.main;

import javafx.scene.Node;

/** Makes the content of an area; the app's composition root provides it. */
@FunctionalInterface
public interface AreaContent {

    /** The area's screen, made once per main window. */
    Node create(Area area);
}
