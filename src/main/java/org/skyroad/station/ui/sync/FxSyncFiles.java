package org.skyroad.station.ui.sync;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.skyroad.station.i18n.Messages;

/** The system's folder and file pickers, over the window that has the focus. */
public final class FxSyncFiles implements SyncFiles {

    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
    }

    private static File start(Path initial) {
        if (initial == null) {
            return null;
        }
        Path dir = Files.isDirectory(initial) ? initial : initial.getParent();
        return dir != null && Files.isDirectory(dir) ? dir.toFile() : null;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        c.setInitialDirectory(start(initial));
        return Optional.ofNullable(c.showDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBatchFile(String title, Path initial) {
        return file(title, initial, Messages.get("syncui.files.batches"), "*.srb");
    }

    @Override
    public Optional<Path> chooseEnrolmentFile(String title, Path initial) {
        return file(title, initial, Messages.get("syncui.files.enrolments"), "*.json");
    }

    private static Optional<Path> file(String title, Path initial, String kind, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialDirectory(start(initial));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return Optional.ofNullable(c.showOpenDialog(owner())).map(File::toPath);
    }
}
