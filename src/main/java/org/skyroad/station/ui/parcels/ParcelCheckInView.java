package org.skyroad.station.ui.parcels;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import java.util.function.Function;
import org.skyroad.station.ui.common.Bind;

/**
 * The check-in screen: the scan field has the cursor; Alt+T the label phone, Alt+F fragile,
 * Alt+R perishable, Alt+L large, Alt+G signature, Alt+C cash on delivery (then its amount),
 * Alt+D damaged (then its note), Ctrl+P prints the last slip. Enter in the phone, amount or
 * note field goes back to the scan field.
 */
public final class ParcelCheckInView {

    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final ParcelCheckInViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField labelPhone;
    @FXML private TextField scan;
    @FXML private CheckBox fragile;
    @FXML private CheckBox perishable;
    @FXML private CheckBox large;
    @FXML private CheckBox signature;
    @FXML private CheckBox cod;
    @FXML private TextField codAmount;
    @FXML private CheckBox damaged;
    @FXML private TextField damageNote;
    @FXML private Node carrierBox;
    @FXML private Label carrierPrompt;
    @FXML private Label chosenCarrier;
    @FXML private Node resultBox;
    @FXML private Label code;
    @FXML private Label slot;
    @FXML private Label recipient;
    @FXML private Label carrierTracking;
    @FXML private Label matchNote;
    @FXML private Label consentWarning;
    @FXML private Label warning;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private TableView<ParcelRow> recent;
    @FXML private TableColumn<ParcelRow, String> codeColumn;
    @FXML private TableColumn<ParcelRow, String> slotColumn;
    @FXML private TableColumn<ParcelRow, String> trackingColumn;
    @FXML private TableColumn<ParcelRow, String> carrierColumn;
    @FXML private TableColumn<ParcelRow, String> recipientColumn;
    @FXML private TableColumn<ParcelRow, String> tagsColumn;

    public ParcelCheckInView(ParcelCheckInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        scan.textProperty().bindBidirectional(viewModel.scanProperty());
        labelPhone.textProperty().bindBidirectional(viewModel.labelPhoneProperty());
        fragile.selectedProperty().bindBidirectional(viewModel.fragileProperty());
        perishable.selectedProperty().bindBidirectional(viewModel.perishableProperty());
        large.selectedProperty().bindBidirectional(viewModel.largeProperty());
        signature.selectedProperty().bindBidirectional(viewModel.signatureProperty());
        cod.selectedProperty().bindBidirectional(viewModel.codProperty());
        codAmount.textProperty().bindBidirectional(viewModel.codAmountProperty());
        codAmount.disableProperty().bind(viewModel.codProperty().not());
        damaged.selectedProperty().bindBidirectional(viewModel.damagedProperty());
        damageNote.textProperty().bindBidirectional(viewModel.damageNoteProperty());
        damageNote.disableProperty().bind(viewModel.damagedProperty().not());
        for (CheckBox box : new CheckBox[] {fragile, perishable, large, signature, cod, damaged}) {
            box.setFocusTraversable(false);
        }

        Bind.shownWhen(carrierBox, viewModel.choosingCarrierProperty());
        carrierPrompt.textProperty().bind(viewModel.carrierPromptProperty());
        chosenCarrier.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ParcelText.carrier(viewModel.chosenCarrierProperty().get()), viewModel.chosenCarrierProperty()));
        resultBox.visibleProperty().bind(viewModel.shownProperty().isNotNull());
        viewModel.shownProperty().addListener((obs, old, s) -> {
            code.setText(s == null ? "" : s.code());
            slot.setText(s == null ? "" : s.slot());
            recipient.setText(s == null ? "" : s.recipient());
            carrierTracking.setText(s == null ? "" : s.carrier() + "  " + s.tracking());
        });
        Bind.message(matchNote, viewModel.matchNoteProperty());
        Bind.message(consentWarning, viewModel.consentWarningProperty());
        Bind.message(warning, viewModel.warningProperty());
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());

        recent.setItems(viewModel.recent());
        column(codeColumn, ParcelRow::code);
        column(slotColumn, ParcelRow::slot);
        column(trackingColumn, ParcelRow::tracking);
        column(carrierColumn, ParcelRow::carrier);
        column(recipientColumn, ParcelRow::recipient);
        column(tagsColumn, ParcelRow::tags);
        recent.setFocusTraversable(false);

        scan.setOnAction(e -> viewModel.submit());
        labelPhone.setOnAction(e -> scan.requestFocus());
        codAmount.setOnAction(e -> scan.requestFocus());
        damageNote.setOnAction(e -> scan.requestFocus());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        scan.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(scan::requestFocus);
            }
        });
    }

    private void shortcut(KeyEvent e) {
        if (PRINT.match(e)) {
            viewModel.printSlip();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && viewModel.choosingCarrierProperty().get()) {
            viewModel.cancelCarrier();
            scan.requestFocus();
            e.consume();
            return;
        }
        if (!e.isAltDown() || e.isControlDown()) {
            return;
        }
        switch (e.getCode()) {
            case T -> labelPhone.requestFocus();
            case F -> toggle(viewModel.fragileProperty());
            case R -> toggle(viewModel.perishableProperty());
            case L -> toggle(viewModel.largeProperty());
            case G -> toggle(viewModel.signatureProperty());
            case C -> {
                toggle(viewModel.codProperty());
                (viewModel.codProperty().get() ? codAmount : scan).requestFocus();
            }
            case D -> {
                toggle(viewModel.damagedProperty());
                (viewModel.damagedProperty().get() ? damageNote : scan).requestFocus();
            }
            case S -> scan.requestFocus();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static void toggle(javafx.beans.property.BooleanProperty p) {
        p.set(!p.get());
    }

    private static void column(TableColumn<ParcelRow, String> col, Function<ParcelRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void print() {
        viewModel.printSlip();
        scan.requestFocus();
    }

    /** Puts the cursor in the scan field. */
    public void focus() {
        scan.requestFocus();
    }

    public ParcelCheckInViewModel viewModel() {
        return viewModel;
    }
}
