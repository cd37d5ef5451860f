package org.skyroad.station.ui.sync;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.skyroad.station.ui.common.Bind;

/** Sync at a station; the cursor starts on "Export to USB" (Enter writes the batch). */
public final class SyncStationView {

    private final SyncStationViewModel viewModel;

    @FXML private Node root;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button cancelButton;
    @FXML private Label hubLine;
    @FXML private Label ownFingerprint;
    @FXML private Label pendingLine;
    @FXML private Label sentLine;
    @FXML private Label acknowledgedLine;
    @FXML private VBox trustBox;
    @FXML private Label trustPrompt;
    @FXML private Button confirmTrustButton;
    @FXML private Button exportButton;
    @FXML private Button importFolderButton;
    @FXML private TextField hubAddress;
    @FXML private Button syncNowButton;
    @FXML private Label folderLine;
    @FXML private TableView<OutcomeRow> outcomes;
    @FXML private TableColumn<OutcomeRow, String> outcomeFile;
    @FXML private TableColumn<OutcomeRow, String> outcomeState;
    @FXML private TableColumn<OutcomeRow, String> outcomeSentence;
    @FXML private TableView<BatchRow> batches;
    @FXML private TableColumn<BatchRow, String> batchDirection;
    @FXML private TableColumn<BatchRow, String> batchPeer;
    @FXML private TableColumn<BatchRow, String> batchNumber;
    @FXML private TableColumn<BatchRow, String> batchState;
    @FXML private TableColumn<BatchRow, String> batchRecords;
    @FXML private TableColumn<BatchRow, String> batchWhen;
    @FXML private TableColumn<BatchRow, String> batchReason;

    public SyncStationView(SyncStationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public SyncStationViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        SyncTasks t = viewModel.tasks();
        SyncTables.taskLines(root, t, error, message, progressBox, progress, progressText);
        hubLine.textProperty().bind(viewModel.hubLineProperty());
        markUntrusted();
        viewModel.trustedProperty().addListener((o, was, now) -> markUntrusted());
        ownFingerprint.textProperty().bind(viewModel.ownFingerprintProperty());
        pendingLine.textProperty().bind(viewModel.pendingLineProperty());
        sentLine.textProperty().bind(viewModel.sentLineProperty());
        acknowledgedLine.textProperty().bind(viewModel.acknowledgedLineProperty());
        SyncTables.comparePrompt(trustBox, trustPrompt, confirmTrustButton, viewModel.trustPromptProperty());
        exportButton.disableProperty().bind(t.busyProperty().or(viewModel.trustedProperty().not()));
        importFolderButton.disableProperty().bind(t.busyProperty());
        syncNowButton.disableProperty().bind(t.busyProperty().or(viewModel.trustedProperty().not()));
        hubAddress.textProperty().bindBidirectional(viewModel.hubAddressProperty());
        hubAddress.setOnAction(e -> viewModel.syncNow());
        Bind.message(folderLine, viewModel.folderLineProperty());
        SyncTables.outcomes(outcomes, viewModel.outcomes(), outcomeFile, outcomeState, outcomeSentence);
        batches.setItems(viewModel.batches());
        SyncTables.text(batchDirection, BatchRow::direction);
        SyncTables.text(batchPeer, BatchRow::peer);
        SyncTables.text(batchNumber, BatchRow::number);
        SyncTables.text(batchState, BatchRow::state);
        SyncTables.text(batchRecords, BatchRow::records);
        SyncTables.text(batchWhen, BatchRow::when);
        SyncTables.sentence(batchReason, BatchRow::reason);
        // The first thing a station does is export: the cursor waits there once the status is known.
        viewModel.loadedProperty().addListener((o, was, now) -> {
            if (now && root.isVisible()) {
                focusFirst();
            }
        });
    }

    private void markUntrusted() {
        hubLine.getStyleClass().remove("untrusted");
        if (!viewModel.trustedProperty().get()) {
            hubLine.getStyleClass().add("untrusted");
        }
    }

    private void focusFirst() {
        if (!exportButton.isDisabled()) {
            exportButton.requestFocus();
        } else {
            importFolderButton.requestFocus();
        }
    }

    public void focus() {
        viewModel.load();
        focusFirst();
    }

    @FXML
    private void exportToUsb() {
        viewModel.exportToUsb();
    }

    @FXML
    private void importFolder() {
        viewModel.importFolder();
    }

    @FXML
    private void importFile() {
        viewModel.importFile();
    }

    @FXML
    private void syncNow() {
        viewModel.syncNow();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void chooseHubEnrolment() {
        viewModel.chooseHubEnrolment();
    }

    @FXML
    private void confirmTrust() {
        viewModel.confirmTrust();
    }

    @FXML
    private void cancelTrust() {
        viewModel.cancelTrust();
    }

    @FXML
    private void writeOwnEnrolment() {
        viewModel.writeOwnEnrolment();
    }
}
