package org.skyroad.station.ui.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** Starts the desktop app; the command line calls this when no command is given. */
public final class DesktopLauncher {

    /**
     * What the app is started with: the database, whether it is the demo, the language, and a
     * sync batch to offer for import after sign-in (null: none).
     */
    public record Options(Path database, boolean demo, String language, Path batchToImport) {

        public Options(Path database, boolean demo, String language) {
            this(database, demo, language, null);
        }
    }

    private DesktopLauncher() {
    }

    public static int launch(Options options) {
        if (options.batchToImport() != null) {
            BatchFileOffer.Opened.file(options.batchToImport().toAbsolutePath().normalize());
        }
        listenForOpenedFiles();
        StationApp.start(options);
        return 0;
    }

    /**
     * macOS hands a double-clicked file to a running app as an event, not as an argument. The
     * handler must be set before JavaFX starts; on other systems the file comes as the argument.
     */
    private static void listenForOpenedFiles() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> event.getFiles().stream().map(File::toPath)
                        .filter(BatchFileOffer::isBatchFile).findFirst()
                        .ifPresent(p -> BatchFileOffer.Opened.file(p.toAbsolutePath().normalize())));
            }
        } catch (RuntimeException e) {
            // No desktop integration (headless, sandboxed): a batch can still be imported from the sync screen.
            LoggerFactory.getLogger(DesktopLauncher.class).info("no open-file handler: {}", e.toString());
        }
    }
}
