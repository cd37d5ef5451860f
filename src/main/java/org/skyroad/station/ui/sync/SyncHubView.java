package org.skyroad.station.ui.sync;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.skyroad.station.ui.common.Bind;

/** Sync at the county hub; the cursor starts on "Import batches from USB". */
public final class SyncHubView {

    private final SyncHubViewModel viewModel;

    @FXML private javafx.scene.Node root;
    @FXML private Label ownFingerprint;
    @FXML private Label hubError;
    @FXML private Label hubMessage;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button hubImportButton;
    @FXML private Button returnsButton;
    @FXML private VBox enrolBox;
    @FXML private Label enrolPrompt;
    @FXML private Button confirmEnrolButton;
    @FXML private Label folderLine;
    @FXML private TableView<OutcomeRow> outcomes;
    @FXML private TableColumn<OutcomeRow, String> outcomeFile;
    @FXML private TableColumn<OutcomeRow, String> outcomeState;
    @FXML private TableColumn<OutcomeRow, String> outcomeSentence;
    @FXML private TableView<StationRow> stations;
    @FXML private TableColumn<StationRow, String> stationCode;
    @FXML private TableColumn<StationRow, String> stationName;
    @FXML private TableColumn<StationRow, String> stationIn;
    @FXML private TableColumn<StationRow, String> stationOut;
    @FXML private TableColumn<StationRow, String> stationWaiting;
    @FXML private TableColumn<StationRow, String> stationProblems;
    @FXML private TableView<BatchRow> refused;
    @FXML private TableColumn<BatchRow, String> refusedFrom;
    @FXML private TableColumn<BatchRow, String> refusedNumber;
    @FXML private TableColumn<BatchRow, String> refusedFile;
    @FXML private TableColumn<BatchRow, String> refusedWhen;
    @FXML private TableColumn<BatchRow, String> refusedReason;

    public SyncHubView(SyncHubViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public SyncHubViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        SyncTasks t = viewModel.tasks();
        SyncTables.taskLines(root, t, hubError, hubMessage, progressBox, progress, progressText);
        ownFingerprint.textProperty().bind(viewModel.ownFingerprintProperty());
        hubImportButton.disableProperty().bind(t.busyProperty());
        returnsButton.disableProperty().bind(t.busyProperty());
        SyncTables.comparePrompt(enrolBox, enrolPrompt, confirmEnrolButton, viewModel.enrolPromptProperty());
        Bind.message(folderLine, viewModel.folderLineProperty());
        SyncTables.outcomes(outcomes, viewModel.outcomes(), outcomeFile, outcomeState, outcomeSentence);
        stations.setItems(viewModel.stations());
        SyncTables.text(stationCode, StationRow::code);
        SyncTables.text(stationName, StationRow::name);
        SyncTables.sentence(stationIn, StationRow::lastIn);
        SyncTables.sentence(stationOut, StationRow::lastOut);
        SyncTables.text(stationWaiting, StationRow::waiting);
        SyncTables.sentence(stationProblems, StationRow::problems);
        refused.setItems(viewModel.refused());
        SyncTables.text(refusedFrom, BatchRow::peer);
        SyncTables.text(refusedNumber, BatchRow::number);
        SyncTables.text(refusedFile, BatchRow::file);
        SyncTables.text(refusedWhen, BatchRow::when);
        SyncTables.sentence(refusedReason, BatchRow::reason);
    }

    public void focus() {
        viewModel.load();
        hubImportButton.requestFocus();
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
    private void writeReturns() {
        viewModel.writeReturns();
    }

    @FXML
    private void chooseStationEnrolment() {
        viewModel.chooseStationEnrolment();
    }

    @FXML
    private void confirmEnrol() {
        viewModel.confirmEnrol();
    }

    @FXML
    private void cancelEnrol() {
        viewModel.cancelEnrol();
    }

    @FXML
    private void writeOwnEnrolment() {
        viewModel.writeOwnEnrolment();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
