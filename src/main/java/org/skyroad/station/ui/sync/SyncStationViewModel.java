package org.skyroad.station.ui.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.BatchInfo;
import org.skyroad.station.sync.BatchState;
import org.skyroad.station.sync.ExportResult;
import org.skyroad.station.sync.ImportOutcome;
import org.skyroad.station.sync.PeerInfo;
import org.skyroad.station.sync.SyncNowResult;
import org.skyroad.station.sync.SyncStatus;
import org.skyroad.station.ui.common.Text;

/**
 * Sync at a station: whether the county hub is trusted (and trusting it from its enrolment
 * file after comparing the fingerprint by phone), changes waiting, the last batch sent and
 * acknowledged, export to a USB stick, import from one, sync now over the network, and every
 * batch with its state.
 */
public final class SyncStationViewModel {

    private final SyncScreens screens;
    private final SyncTasks tasks;
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty hubInstallation = new SimpleBooleanProperty(false);
    private final BooleanProperty trusted = new SimpleBooleanProperty(false);
    private final StringProperty hubLine = new SimpleStringProperty("");
    private final StringProperty pendingLine = new SimpleStringProperty("");
    private final StringProperty sentLine = new SimpleStringProperty("");
    private final StringProperty acknowledgedLine = new SimpleStringProperty("");
    private final SyncFolders common;
    private final StringProperty hubAddress = new SimpleStringProperty("");
    private final StringProperty trustPrompt = new SimpleStringProperty("");
    private final ObservableList<BatchRow> batches = FXCollections.observableArrayList();
    private ZoneId zone = Station.DEFAULT_ZONE;
    private Path trustFile;
    private String trustFingerprint;

    public SyncStationViewModel(SyncScreens screens) {
        this.screens = screens;
        this.tasks = new SyncTasks(screens.executor());
        this.common = new SyncFolders(screens, tasks, this::load);
    }

    private record Loaded(SyncStatus status, ZoneId zone, Optional<String> folder, Optional<String> hubAddress) {
    }

    public void load() {
        tasks.read(p -> new Loaded(screens.desk().status(100), screens.settings().station().zone(),
                screens.settings().syncFolder(), screens.settings().hubAddress()), this::show);
    }

    private void show(Loaded l) {
        zone = l.zone();
        SyncStatus s = l.status();
        hubInstallation.set(s.hub());
        common.loaded(s.stationCode(), s.ownFingerprint(), l.folder());
        if (hubAddress.get() == null || hubAddress.get().isBlank()) {
            hubAddress.set(l.hubAddress().orElse(""));
        }
        Optional<PeerInfo> hub = s.peers().stream().filter(PeerInfo::hub).findFirst();
        trusted.set(hub.isPresent());
        hubLine.set(hub.map(h -> Messages.get("syncui.hub.trusted", h.code(), h.name() == null ? "" : h.name(),
                h.fingerprint())).orElse(Messages.get("syncui.hub.notTrusted")));
        pendingLine.set(Messages.get("syncui.pending", s.pendingChanges()));
        Optional<BatchInfo> sent = s.outgoing().stream().max(Comparator.comparing(BatchInfo::recordedAt));
        sentLine.set(sent.map(b -> Messages.get("syncui.lastSent", b.seq(), Text.dateTime(b.recordedAt(), zone),
                Messages.get(b.state().labelKey()))).orElse(Messages.get("syncui.lastSent.none")));
        Optional<BatchInfo> ack = s.outgoing().stream().filter(b -> b.state() == BatchState.ACKNOWLEDGED)
                .max(Comparator.comparing(BatchInfo::stateAt));
        acknowledgedLine.set(ack.map(b -> Messages.get("syncui.lastAcknowledged", b.seq(), Text.dateTime(b.stateAt(), zone)))
                .orElse(Messages.get("syncui.lastAcknowledged.none")));
        List<BatchInfo> all = new ArrayList<>(s.outgoing());
        all.addAll(s.incoming());
        all.sort(Comparator.comparing(BatchInfo::recordedAt).reversed());
        batches.setAll(all.stream().map(b -> BatchRow.of(b, zone)).toList());
        loaded.set(true);
    }

    // ---- export and import ---------------------------------------------------------------

    /** Asks for the stick's folder (the last one offered first), then writes the batch there. */
    public void exportToUsb() {
        common.chooseFolder("syncui.export.choose").ifPresent(this::exportTo);
    }

    public void exportTo(Path target) {
        common.writeInto(target, "syncui.progress.export", p -> screens.desk().export(target, p),
                (Optional<ExportResult> r) -> {
                    tasks.messageProperty().set(r.map(x -> Messages.get("syncui.export.written", x.file(),
                            x.recordCount())).orElse(Messages.get("syncui.export.nothing")));
                    common.saved();
                });
    }

    /** Imports every batch for this station in a chosen folder (a stick). */
    public void importFolder() {
        common.importFolder();
    }

    /** Imports one chosen {@code .srb} file. */
    public void importFile() {
        common.importFile();
    }

    /** A folder (all its batches for this station, in order) or one batch file. */
    public void importFrom(Path source) {
        common.importFrom(source);
    }

    // ---- sync now ----------------------------------------------------------------------

    public void syncNow() {
        String address = hubAddress.get() == null ? "" : hubAddress.get().strip();
        URI uri;
        try {
            uri = URI.create(address);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException(address);
            }
        } catch (IllegalArgumentException e) {
            tasks.errorProperty().set(address.isEmpty() ? Messages.get("syncui.now.noAddress")
                    : Messages.get("syncui.now.badAddress", address));
            return;
        }
        tasks.start(Messages.get("syncui.progress.now", address), p -> {
            screens.settings().setHubAddress(address);
            return screens.desk().syncNow(screens.hubs().connect(uri, screens.desk().maxBatchBytes()), p);
        }, (SyncNowResult r) -> {
            List<ImportOutcome> all = new ArrayList<>(r.uploaded());
            all.addAll(r.fetched());
            common.outcomes().setAll(OutcomeRow.of(all));
            if (!r.succeeded()) {
                tasks.errorProperty().set(all.stream().filter(o -> !o.succeeded()).findFirst()
                        .map(ImportOutcome::message).orElse(""));
            } else if (all.isEmpty()) {
                tasks.messageProperty().set(Messages.get("syncui.now.upToDate"));
            } else {
                tasks.messageProperty().set(Messages.get("syncui.now.done", r.uploaded().size(), r.fetched().size()));
            }
            common.saved();
        });
    }

    public void cancel() {
        tasks.cancel();
    }

    // ---- trusting the hub ----------------------------------------------------------------

    /** Reads the hub's enrolment file and shows its fingerprint, to compare by phone before trusting. */
    public void chooseHubEnrolment() {
        common.chooseEnrolmentFile("syncui.trust.choose").ifPresent(this::readHubEnrolment);
    }

    public void readHubEnrolment(Path file) {
        common.readEnrolment(file, "syncui.trust.compare", trustPrompt, e -> {
            trustFile = file;
            trustFingerprint = e.fingerprint();
        });
    }

    /** The fingerprints matched on the phone: this station trusts the hub from now on. */
    public void confirmTrust() {
        if (trustFile == null) {
            return;
        }
        Path file = trustFile;
        String fingerprint = trustFingerprint;
        boolean replace = trusted.get();
        tasks.start(Messages.get("syncui.progress.trust"), p -> screens.desk().trustHub(file, fingerprint, replace),
                (PeerInfo hub) -> {
                    cancelTrust();
                    tasks.messageProperty().set(Messages.get("syncui.trust.done", hub.code(), hub.fingerprint()));
                    common.saved();
                });
    }

    public void cancelTrust() {
        trustFile = null;
        trustFingerprint = null;
        trustPrompt.set("");
    }

    /** Writes this station's enrolment file for the hub (public keys only). */
    public void writeOwnEnrolment() {
        common.writeOwnEnrolment();
    }

    // ---- properties ------------------------------------------------------------------------

    public SyncTasks tasks() {
        return tasks;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty hubInstallationProperty() {
        return hubInstallation;
    }

    public BooleanProperty trustedProperty() {
        return trusted;
    }

    public StringProperty hubLineProperty() {
        return hubLine;
    }

    public StringProperty ownFingerprintProperty() {
        return common.ownFingerprintProperty();
    }

    public StringProperty pendingLineProperty() {
        return pendingLine;
    }

    public StringProperty sentLineProperty() {
        return sentLine;
    }

    public StringProperty acknowledgedLineProperty() {
        return acknowledgedLine;
    }

    public StringProperty folderLineProperty() {
        return common.folderLineProperty();
    }

    public StringProperty hubAddressProperty() {
        return hubAddress;
    }

    public StringProperty trustPromptProperty() {
        return trustPrompt;
    }

    public ObservableList<BatchRow> batches() {
        return batches;
    }

    public ObservableList<OutcomeRow> outcomes() {
        return common.outcomes();
    }

    Path folder() {
        return common.folder();
    }
}
