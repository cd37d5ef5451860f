package org.skyroad.station.ui.parcels;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.parcel.PickupCode;
import org.skyroad.station.ui.common.Bind;

/**
 * The parcels part of the counter: the waiting parcels of the villager found on the left (or
 * of the pickup code typed there), all ticked; Space unticks, Alt+X a proxy, Enter hands over.
 */
public final class CounterParcelsView {

    private final ParcelHandoverViewModel viewModel;

    @FXML private Node root;
    @FXML private Label counterPerson;
    @FXML private Label counterConsent;
    @FXML private TableView<ParcelRow> counterParcels;
    @FXML private TableColumn<ParcelRow, Boolean> tickColumn;
    @FXML private TableColumn<ParcelRow, String> slotColumn;
    @FXML private TableColumn<ParcelRow, String> codeColumn;
    @FXML private TableColumn<ParcelRow, String> carrierColumn;
    @FXML private TableColumn<ParcelRow, String> daysColumn;
    @FXML private TableColumn<ParcelRow, String> codColumn;
    @FXML private TextField counterProxy;
    @FXML private Node counterHandover;
    @FXML private Label counterCash;
    @FXML private Label counterMessage;
    @FXML private Label counterError;

    public CounterParcelsView(ParcelHandoverViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        counterPerson.textProperty().bind(viewModel.personTextProperty());
        Bind.message(counterConsent, viewModel.consentTextProperty());
        counterParcels.setItems(viewModel.rows());
        // A person with nothing waiting needs no list and no handover: the panels below move up into view.
        javafx.beans.binding.BooleanBinding nothingWaiting = javafx.beans.binding.Bindings.isEmpty(viewModel.rows())
                .and(viewModel.personTextProperty().isNotEmpty());
        Bind.shownWhen(counterParcels, nothingWaiting.not());
        Bind.shownWhen(counterHandover, nothingWaiting.not());
        ParcelTables.tick(counterParcels, tickColumn);
        ParcelTables.text(slotColumn, ParcelRow::slot);
        ParcelTables.text(codeColumn, ParcelRow::code);
        ParcelTables.text(carrierColumn, ParcelRow::carrier);
        ParcelTables.text(daysColumn, ParcelRow::daysText);
        ParcelTables.text(codColumn, ParcelRow::codText);
        ParcelTables.markOverdue(counterParcels);
        counterProxy.textProperty().bindBidirectional(viewModel.proxyNameProperty());
        counterCash.textProperty().bind(viewModel.cashTextProperty());
        Bind.message(counterMessage, viewModel.messageProperty());
        Bind.message(counterError, viewModel.errorProperty());
        counterParcels.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.handOver();
                e.consume();
            }
        });
        counterParcels.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                ParcelTables.intoTable(counterParcels);
            }
        });
        counterProxy.setOnAction(e -> viewModel.handOver());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.X) {
                counterProxy.requestFocus();
                e.consume();
            }
        });
    }

    /** The villager chosen on the left (null: nobody). */
    public void showFor(UUID villagerId) {
        viewModel.showFor(villagerId);
    }

    /** Text typed in the counter's finder: a pickup code shows that parcel’s person. */
    public void typed(String text) {
        String t = text == null ? "" : text.strip();
        if (PickupCode.looksLikeCode(t)) {
            viewModel.queryProperty().set(t);
            viewModel.searchNow();
        }
    }

    /** Puts the cursor on the parcel list. */
    public void focusList() {
        ParcelTables.intoTable(counterParcels);
    }

    @FXML
    private void handOver() {
        viewModel.handOver();
    }

    public ParcelHandoverViewModel viewModel() {
        return viewModel;
    }
}
