package org.skyroad.station.ui.sync;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.BatchInfo;
import org.skyroad.station.sync.Enrolment;
import org.skyroad.station.sync.ExportResult;
import org.skyroad.station.sync.ImportOutcome;
import org.skyroad.station.sync.PeerInfo;
import org.skyroad.station.sync.SyncStatus;

/**
 * Sync at the county hub: the enrolled stations with their last batch in and out, gaps and
 * refusals; enrolling a station from its enrolment file (fingerprint compared by phone);
 * importing the stations' batches; writing their return batches; refused batches with why.
 */
public final class SyncHubViewModel {

    private final SyncScreens screens;
    private final SyncTasks tasks;
    private final StringProperty ownFingerprint = new SimpleStringProperty("");
    private final StringProperty folderLine = new SimpleStringProperty("");
    private final StringProperty enrolPrompt = new SimpleStringProperty("");
    private final ObservableList<StationRow> stations = FXCollections.observableArrayList();
    private final ObservableList<BatchRow> refused = FXCollections.observableArrayList();
    private final ObservableList<OutcomeRow> outcomes = FXCollections.observableArrayList();
    private ZoneId zone = Station.DEFAULT_ZONE;
    private Path folder;
    private Path enrolFile;
    private String enrolFingerprint;
    private String enrolCode;

    public SyncHubViewModel(SyncScreens screens) {
        this.screens = screens;
        this.tasks = new SyncTasks(screens.executor());
    }

    private record Loaded(SyncStatus status, List<BatchInfo> refused, ZoneId zone, Optional<String> folder) {
    }

    public void load() {
        tasks.read(p -> new Loaded(screens.desk().status(10), screens.desk().refused(100),
                screens.settings().station().zone(), screens.settings().syncFolder()), (Loaded l) -> {
                    zone = l.zone();
                    l.folder().ifPresent(f -> folder = Path.of(f));
                    folderLine.set(folder == null ? "" : Messages.get("syncui.folder", folder));
                    ownFingerprint.set(Messages.get("syncui.ownFingerprint", l.status().stationCode(),
                            l.status().ownFingerprint()));
                    stations.setAll(l.status().peers().stream().filter(p -> !p.hub()).map(p -> StationRow.of(p, zone))
                            .toList());
                    refused.setAll(l.refused().stream().map(b -> BatchRow.of(b, zone)).toList());
                });
    }

    // ---- enrolling a station ---------------------------------------------------------------

    public void chooseStationEnrolment() {
        screens.files().chooseEnrolmentFile(Messages.get("syncui.enrol.choose"), folder).ifPresent(this::readStationEnrolment);
    }

    public void readStationEnrolment(Path file) {
        tasks.read(p -> Enrolment.read(file), (Enrolment e) -> {
            enrolFile = file;
            enrolFingerprint = e.fingerprint();
            enrolCode = e.station().value();
            enrolPrompt.set(Messages.get("syncui.enrol.compare", e.station().value(), e.name() == null ? "" : e.name(),
                    e.fingerprint()));
            tasks.errorProperty().set("");
        });
    }

    /** The fingerprints matched on the phone: the station's batches are accepted from now on. */
    public void confirmEnrol() {
        if (enrolFile == null) {
            return;
        }
        Path file = enrolFile;
        String fingerprint = enrolFingerprint;
        boolean replace = stations.stream().anyMatch(s -> s.code().equals(enrolCode));
        tasks.start(Messages.get("syncui.progress.enrol"), p -> screens.desk().enroll(file, fingerprint, replace),
                (PeerInfo p) -> {
                    cancelEnrol();
                    tasks.messageProperty().set(Messages.get("syncui.enrol.done", p.code(), p.fingerprint()));
                    screens.changes().saved();
                    load();
                });
    }

    public void cancelEnrol() {
        enrolFile = null;
        enrolFingerprint = null;
        enrolCode = null;
        enrolPrompt.set("");
    }

    /** Writes the hub's own enrolment file, for the stations to trust it. */
    public void writeOwnEnrolment() {
        screens.files().chooseFolder(Messages.get("syncui.enrolment.choose"), folder).ifPresent(target ->
                tasks.start(Messages.get("syncui.progress.enrolment"), p -> screens.desk().writeEnrolment(target),
                        (Path written) -> tasks.messageProperty().set(Messages.get("syncui.enrolment.written", written,
                                screens.desk().ownFingerprint()))));
    }

    // ---- batches ---------------------------------------------------------------------------

    public void importFolder() {
        if (tasks.busyProperty().get()) {
            return;
        }
        screens.files().chooseFolder(Messages.get("syncui.import.chooseFolder"), folder).ifPresent(this::importFrom);
    }

    public void importFile() {
        if (tasks.busyProperty().get()) {
            return;
        }
        screens.files().chooseBatchFile(Messages.get("syncui.import.chooseFile"), folder).ifPresent(this::importFrom);
    }

    public void importFrom(Path source) {
        tasks.start(Messages.get("syncui.progress.import"), p -> screens.desk().importAll(List.of(source), p),
                (List<ImportOutcome> done) -> {
                    outcomes.setAll(OutcomeRow.of(done));
                    tasks.messageProperty().set(SyncStationViewModel.summary(done, source));
                    screens.changes().saved();
                    load();
                });
    }

    /** Writes every station's return batch (those with something new) into a chosen folder. */
    public void writeReturns() {
        if (tasks.busyProperty().get()) {
            return;
        }
        screens.files().chooseFolder(Messages.get("syncui.returns.choose"), folder).ifPresent(this::writeReturnsTo);
    }

    public void writeReturnsTo(Path target) {
        folder = target;
        tasks.start(Messages.get("syncui.progress.returns"), p -> {
            screens.settings().setSyncFolder(target.toAbsolutePath().toString());
            return screens.desk().exportReturns(target, p);
        }, (List<ExportResult> written) -> {
            tasks.messageProperty().set(written.isEmpty() ? Messages.get("syncui.returns.nothing")
                    : Messages.get("syncui.returns.written", written.size(), target,
                            String.join(", ", written.stream().map(ExportResult::fileName).toList())));
            screens.changes().saved();
            load();
        });
    }

    public void cancel() {
        tasks.cancel();
    }

    // ---- properties ------------------------------------------------------------------------

    public SyncTasks tasks() {
        return tasks;
    }

    public StringProperty ownFingerprintProperty() {
        return ownFingerprint;
    }

    public StringProperty folderLineProperty() {
        return folderLine;
    }

    public StringProperty enrolPromptProperty() {
        return enrolPrompt;
    }

    public ObservableList<StationRow> stations() {
        return stations;
    }

    public ObservableList<BatchRow> refused() {
        return refused;
    }

    public ObservableList<OutcomeRow> outcomes() {
        return outcomes;
    }
}
