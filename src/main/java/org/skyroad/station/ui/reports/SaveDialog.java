package org.skyroad.station.ui.reports;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks where to save a file. The app shows a file chooser; tests answer with a folder of their
 * own, so saving is driven from the keyboard like every other step.
 */
@FunctionalInterface
public interface SaveDialog {

    /** The file to write, or empty when the person cancelled. {@code extension} is "pdf" or "csv". */
    Optional<Path> ask(Window owner, String title, String suggestedName, String extension);

    /** Never saves: for screens built without a place to save. */
    SaveDialog NONE = (owner, title, name, extension) -> Optional.empty();
}
