package org.skyroad.station.ui.sync;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the sync screens ask the person for a folder or a file. The app shows the system's
 * folder and file pickers ({@link FxSyncFiles}); tests answer with a folder of their own.
 * Every method runs on the UI thread; empty when the person cancelled.
 */
public interface SyncFiles {

    /** A folder to write batch files into (a USB stick), starting at {@code initial} when known. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** One batch file ({@code .srb}) to import. */
    Optional<Path> chooseBatchFile(String title, Path initial);

    /** An enrolment file ({@code .enrolment.json}) from the other end. */
    Optional<Path> chooseEnrolmentFile(String title, Path initial);

    /** Always answers {@code folder} (for tests and scripted demos). */
    static SyncFiles fixed(Path folder) {
        return fixed(folder, folder);
    }

    /** Answers {@code folder} for batches and {@code enrolment} for the other end's enrolment file. */
    static SyncFiles fixed(Path folder, Path enrolment) {
        return new SyncFiles() {
            @Override
            public Optional<Path> chooseFolder(String title, Path initial) {
                return Optional.of(folder);
            }

            @Override
            public Optional<Path> chooseBatchFile(String title, Path initial) {
                return Optional.of(folder);
            }

            @Override
            public Optional<Path> chooseEnrolmentFile(String title, Path initial) {
                return Optional.of(enrolment);
            }
        };
    }
}
