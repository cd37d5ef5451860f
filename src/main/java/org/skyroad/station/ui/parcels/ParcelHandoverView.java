package org.skyroad.station.ui.parcels;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.skyroad.station.ui.common.Bind;

/**
 * The handover screen: type the pickup code (or phone tail, name) and Enter; Down to the
 * list, Space ticks, Alt+X the name of a proxy, Alt+G the signature pad, Enter hands over.
 * The cursor comes back to the search field for the next person.
 */
public final class ParcelHandoverView {

    private final ParcelHandoverViewModel viewModel;
    private SignaturePad pad;

    @FXML private Node root;
    @FXML private TextField handoverSearch;
    @FXML private Label person;
    @FXML private Label consent;
    @FXML private TableView<ParcelRow> handoverTable;
    @FXML private TableColumn<ParcelRow, Boolean> tickColumn;
    @FXML private TableColumn<ParcelRow, String> codeColumn;
    @FXML private TableColumn<ParcelRow, String> slotColumn;
    @FXML private TableColumn<ParcelRow, String> carrierColumn;
    @FXML private TableColumn<ParcelRow, String> trackingColumn;
    @FXML private TableColumn<ParcelRow, String> daysColumn;
    @FXML private TableColumn<ParcelRow, String> codColumn;
    @FXML private TableColumn<ParcelRow, String> tagsColumn;
    @FXML private TextField proxy;
    @FXML private Label cash;
    @FXML private Label selection;
    @FXML private Label signatureNeeded;
    @FXML private ToggleButton signatureToggle;
    @FXML private StackPane padHolder;
    @FXML private Label handoverMessage;
    @FXML private Label handoverError;

    public ParcelHandoverView(ParcelHandoverViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        handoverSearch.textProperty().bindBidirectional(viewModel.queryProperty());
        person.textProperty().bind(viewModel.personTextProperty());
        Bind.message(consent, viewModel.consentTextProperty());
        handoverTable.setItems(viewModel.rows());
        ParcelTables.tick(handoverTable, tickColumn);
        ParcelTables.text(codeColumn, ParcelRow::code);
        ParcelTables.text(slotColumn, ParcelRow::slot);
        ParcelTables.text(carrierColumn, ParcelRow::carrier);
        ParcelTables.text(trackingColumn, ParcelRow::tracking);
        ParcelTables.text(daysColumn, ParcelRow::daysText);
        ParcelTables.text(codColumn, ParcelRow::codText);
        ParcelTables.text(tagsColumn, ParcelRow::tags);
        ParcelTables.markOverdue(handoverTable);
        proxy.textProperty().bindBidirectional(viewModel.proxyNameProperty());
        cash.textProperty().bind(viewModel.cashTextProperty());
        selection.textProperty().bind(viewModel.selectionTextProperty());
        Bind.shownWhen(signatureNeeded, viewModel.signatureRequiredProperty());
        Bind.message(handoverMessage, viewModel.messageProperty());
        Bind.message(handoverError, viewModel.errorProperty());

        pad = new SignaturePad(420, 130);
        padHolder.getChildren().setAll(pad);
        Bind.shownWhen(padHolder, signatureToggle.selectedProperty());
        signatureToggle.setFocusTraversable(false);
        signatureToggle.selectedProperty().addListener((obs, old, on) -> {
            if (!on) {
                pad.clear();
            }
        });

        handoverSearch.setOnAction(e -> enter());
        handoverSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !handoverTable.getItems().isEmpty()) {
                ParcelTables.intoTable(handoverTable);
                e.consume();
            }
        });
        handoverTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                handOver();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                handoverSearch.requestFocus();
                e.consume();
            }
        });
        proxy.setOnAction(e -> handOver());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.X) {
                proxy.requestFocus();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.G) {
                signatureToggle.setSelected(!signatureToggle.isSelected());
                e.consume();
            }
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ParcelRow>) c -> {
            if (viewModel.rows().isEmpty()) {
                signatureToggle.setSelected(false);
            }
        });
        viewModel.signatureRequiredProperty().addListener((obs, old, needed) -> {
            if (needed) {
                signatureToggle.setSelected(true);
            }
        });
        handoverSearch.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(handoverSearch::requestFocus);
            }
        });
    }

    private void enter() {
        if (viewModel.isCurrent()) {
            handOver();
        } else {
            viewModel.enter();
        }
    }

    @FXML
    private void handOver() {
        viewModel.setSignaturePng(signatureToggle.isSelected() ? pad.png() : null);
        viewModel.handOver();
        handoverSearch.requestFocus();
    }

    @FXML
    private void clearSignature() {
        pad.clear();
    }

    public void focus() {
        handoverSearch.requestFocus();
    }

    public ParcelHandoverViewModel viewModel() {
        return viewModel;
    }
}
