package org.skyroad.station.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.Enrolment;
import org.skyroad.station.sync.ImportOutcome;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * What the hub's and a station's sync screens do alike: remember the sync folder, import
 * batches from a stick, write this installation's enrolment file, read a peer's enrolment
 * file, and show the import outcomes.
 */
final class SyncFolders {

    private final SyncScreens screens;
    private final SyncTasks tasks;
    private final Runnable reload;
    private final StringProperty ownFingerprint = new SimpleStringProperty("");
    private final StringProperty folderLine = new SimpleStringProperty("");
    private final ObservableList<OutcomeRow> outcomes = FXCollections.observableArrayList();
    private Path folder;

    /** {@code reload} reads the screen's lists again after something was saved. */
    SyncFolders(SyncScreens screens, SyncTasks tasks, Runnable reload) {
        this.screens = screens;
        this.tasks = tasks;
        this.reload = reload;
    }

    /** The status was read: this installation's code and fingerprint, the folder last used. */
    void loaded(String stationCode, String fingerprint, Optional<String> savedFolder) {
        ownFingerprint.set(Messages.get("syncui.ownFingerprint", stationCode, fingerprint));
        savedFolder.ifPresent(f -> folder = Path.of(f));
        folderLine.set(folder == null ? "" : Messages.get("syncui.folder", folder));
    }

    /** Something was saved: the status bar and this screen's lists show it. */
    void saved() {
        screens.changes().saved();
        reload.run();
    }

    /** Writes into {@code target}, remembered as the sync folder, with {@code work} off the UI thread. */
    <T> void writeInto(Path target, String progressKey, TaskExecutor.Work<T> work, Consumer<? super T> done) {
        folder = target;
        tasks.start(Messages.get(progressKey), p -> {
            screens.settings().setSyncFolder(target.toAbsolutePath().toString());
            return work.call(p);
        }, done);
    }

    /** Asks for a folder (the last one offered first) unless something runs already. */
    Optional<Path> chooseFolder(String titleKey) {
        if (tasks.busyProperty().get()) {
            return Optional.empty();
        }
        return screens.files().chooseFolder(Messages.get(titleKey), folder);
    }

    void importFolder() {
        chooseFolder("syncui.import.chooseFolder").ifPresent(this::importFrom);
    }

    void importFile() {
        if (tasks.busyProperty().get()) {
            return;
        }
        screens.files().chooseBatchFile(Messages.get("syncui.import.chooseFile"), folder).ifPresent(this::importFrom);
    }

    /** A folder (all its batches for this installation, in order) or one batch file. */
    void importFrom(Path source) {
        tasks.start(Messages.get("syncui.progress.import"), p -> screens.desk().importAll(List.of(source), p),
                (List<ImportOutcome> done) -> {
                    outcomes.setAll(OutcomeRow.of(done));
                    tasks.messageProperty().set(summary(done, source));
                    saved();
                });
    }

    private static String summary(List<ImportOutcome> done, Path source) {
        if (done.isEmpty()) {
            return Messages.get("syncui.import.noneFound", source);
        }
        long ok = done.stream().filter(ImportOutcome::succeeded).count();
        return Messages.get("syncui.import.summary", done.size(), ok, done.size() - ok);
    }

    /** Writes this installation's enrolment file for the other side (public keys only). */
    void writeOwnEnrolment() {
        screens.files().chooseFolder(Messages.get("syncui.enrolment.choose"), folder).ifPresent(target ->
                tasks.start(Messages.get("syncui.progress.enrolment"), p -> screens.desk().writeEnrolment(target),
                        (Path written) -> tasks.messageProperty().set(Messages.get("syncui.enrolment.written", written,
                                screens.desk().ownFingerprint()))));
    }

    /** Asks for a peer's enrolment file. */
    Optional<Path> chooseEnrolmentFile(String titleKey) {
        return screens.files().chooseEnrolmentFile(Messages.get(titleKey), folder);
    }

    /**
     * Reads a peer's enrolment file and puts its fingerprint in {@code prompt} (worded by
     * {@code compareKey}), to compare by phone before it is accepted.
     */
    void readEnrolment(Path file, String compareKey, StringProperty prompt, Consumer<Enrolment> read) {
        tasks.read(p -> Enrolment.read(file), (Enrolment e) -> {
            read.accept(e);
            prompt.set(Messages.get(compareKey, e.station().value(), e.name() == null ? "" : e.name(), e.fingerprint()));
            tasks.errorProperty().set("");
        });
    }

    StringProperty ownFingerprintProperty() {
        return ownFingerprint;
    }

    StringProperty folderLineProperty() {
        return folderLine;
    }

    ObservableList<OutcomeRow> outcomes() {
        return outcomes;
    }

    Path folder() {
        return folder;
    }
}
