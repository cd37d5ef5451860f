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
import org.skyroad.station.sync.ExportResult;
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
    private final SyncFolders common;
    private final StringProperty enrolPrompt = new SimpleStringProperty("");
    private final ObservableList<StationRow> stations = FXCollections.observableArrayList();
    private final ObservableList<BatchRow> refused = FXCollections.observableArrayList();
    private ZoneId zone = Station.DEFAULT_ZONE;
    private Path enrolFile;
    private String enrolFingerprint;
    private String enrolCode;

    public SyncHubViewModel(SyncScreens screens) {
        this.screens = screens;
        this.tasks = new SyncTasks(screens.executor());
        this.common = new SyncFolders(screens, tasks, this::load);
    }

    private record Loaded(SyncStatus status, List<BatchInfo> refused, ZoneId zone, Optional<String> folder) {
    }

    public void load() {
        tasks.read(p -> new Loaded(screens.desk().status(10), screens.desk().refused(100),
                screens.settings().station().zone(), screens.settings().syncFolder()), (Loaded l) -> {
                    zone = l.zone();
                    common.loaded(l.status().stationCode(), l.status().ownFingerprint(), l.folder());
                    stations.setAll(l.status().peers().stream().filter(p -> !p.hub()).map(p -> StationRow.of(p, zone))
                            .toList());
                    refused.setAll(l.refused().stream().map(b -> BatchRow.of(b, zone)).toList());
                });
    }

    // ---- enrolling a station ---------------------------------------------------------------

    public void chooseStationEnrolment() {
        common.chooseEnrolmentFile("syncui.enrol.choose").ifPresent(this::readStationEnrolment);
    }

    public void readStationEnrolment(Path file) {
        common.readEnrolment(file, "syncui.enrol.compare", enrolPrompt, e -> {
            enrolFile = file;
            enrolFingerprint = e.fingerprint();
            enrolCode = e.station().value();
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
                    common.saved();
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
        common.writeOwnEnrolment();
    }

    // ---- batches ---------------------------------------------------------------------------

    public void importFolder() {
        common.importFolder();
    }

    public void importFile() {
        common.importFile();
    }

    public void importFrom(Path source) {
        common.importFrom(source);
    }

    /** Writes every station's return batch (those with something new) into a chosen folder. */
    public void writeReturns() {
        common.chooseFolder("syncui.returns.choose").ifPresent(this::writeReturnsTo);
    }

    public void writeReturnsTo(Path target) {
        common.writeInto(target, "syncui.progress.returns", p -> screens.desk().exportReturns(target, p),
                (List<ExportResult> written) -> {
                    tasks.messageProperty().set(written.isEmpty() ? Messages.get("syncui.returns.nothing")
                            : Messages.get("syncui.returns.written", written.size(), target,
                                    String.join(", ", written.stream().map(ExportResult::fileName).toList())));
                    common.saved();
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
        return common.ownFingerprintProperty();
    }

    public StringProperty folderLineProperty() {
        return common.folderLineProperty();
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
        return common.outcomes();
    }
}
