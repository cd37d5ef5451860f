package org.skyroad.station.ui.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, opening where the last file was saved. */
public final class FileChooserSaveDialog implements SaveDialog {

    private File lastFolder;

    @Override
    public Optional<Path> ask(Window owner, String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        String name = file.getName();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            file = new File(file.getParentFile(), name + "." + extension);
        }
        return Optional.of(file.toPath());
    }
}
