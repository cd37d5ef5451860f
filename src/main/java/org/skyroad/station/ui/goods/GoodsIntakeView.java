package org.skyroad.station.ui.goods;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/**
 * The intake form. Enter moves from field to field (producer, product, grade, quantity, weight
 * for goods counted by the piece or jar, production day, note, price) and Enter in the price
 * saves; Ctrl+S saves from anywhere, Alt+O ticks "bought outright", Ctrl+P prints the last
 * label again. After saving the cursor is back in the producer field.
 */
public final class GoodsIntakeView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OUTRIGHT = new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN);

    private final IntakeViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField producerField;
    @FXML private Label producerChosen;
    @FXML private TextField productField;
    @FXML private Label productChosen;
    @FXML private TextField gradeField;
    @FXML private Label gradeHint;
    @FXML private TextField quantityField;
    @FXML private Label unitLabel;
    @FXML private TextField weightField;
    @FXML private TextField producedOnField;
    @FXML private Label bestBefore;
    @FXML private TextField noteField;
    @FXML private TextField priceField;
    @FXML private CheckBox outright;
    @FXML private Node resultBox;
    @FXML private Label lotCode;
    @FXML private Label lotSummary;
    @FXML private ListView<Producer> producerList;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private TableView<Lot> recent;
    @FXML private TableColumn<Lot, String> codeColumn;
    @FXML private TableColumn<Lot, String> gradeColumn;
    @FXML private TableColumn<Lot, String> quantityColumn;
    @FXML private TableColumn<Lot, String> bestBeforeColumn;

    public GoodsIntakeView(IntakeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        producerField.textProperty().bindBidirectional(viewModel.producerTextProperty());
        productField.textProperty().bindBidirectional(viewModel.productTextProperty());
        gradeField.textProperty().bindBidirectional(viewModel.gradeProperty());
        quantityField.textProperty().bindBidirectional(viewModel.quantityProperty());
        weightField.textProperty().bindBidirectional(viewModel.weightProperty());
        weightField.disableProperty().bind(viewModel.weightNeededProperty().not());
        producedOnField.textProperty().bindBidirectional(viewModel.producedOnProperty());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        priceField.textProperty().bindBidirectional(viewModel.priceProperty());
        outright.selectedProperty().bindBidirectional(viewModel.outrightProperty());
        outright.setFocusTraversable(false);
        gradeHint.textProperty().bind(viewModel.gradeHintProperty());
        bestBefore.textProperty().bind(viewModel.bestBeforeProperty());
        viewModel.producerProperty().addListener((obs, old, p) -> producerChosen.setText(p == null ? "" : describe(p)));
        viewModel.productProperty().addListener((obs, old, p) -> {
            productChosen.setText(p == null ? "" : GoodsFormat.product(p) + "  (" + p.code() + ")"
                    + (p.coldChain() ? "  · " + Messages.get("goodsui.intake.coldChain") : ""));
            unitLabel.setText(p == null ? "" : GoodsFormat.unit(p.unit()));
        });
        resultBox.visibleProperty().bind(viewModel.doneProperty().isNotNull());
        viewModel.doneProperty().addListener((obs, old, d) -> {
            lotCode.setText(d == null ? "" : d.code());
            lotSummary.setText(d == null ? "" : d.summary());
        });
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());

        producerList.setItems(viewModel.producerMatches());
        producerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Producer p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : describe(p));
            }
        });
        producerList.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                viewModel.chooseProducer(p);
            }
        });

        recent.setItems(viewModel.recent());
        GoodsTables.column(codeColumn, l -> l.code().value());
        GoodsTables.column(gradeColumn, l -> l.grade() == null ? "" : l.grade());
        GoodsTables.column(quantityColumn, l -> GoodsFormat.quantity(l.received()));
        GoodsTables.column(bestBeforeColumn, l -> GoodsFormat.date(l.bestBefore()));

        producerField.setOnAction(e -> {
            viewModel.findProducer();
            productField.requestFocus();
        });
        productField.setOnAction(e -> {
            if (viewModel.findProduct()) {
                Product p = viewModel.productProperty().get();
                (p.grades().isEmpty() ? quantityField : gradeField).requestFocus();
            }
        });
        gradeField.setOnAction(e -> quantityField.requestFocus());
        quantityField.setOnAction(e -> (weightField.isDisabled() ? producedOnField : weightField).requestFocus());
        weightField.setOnAction(e -> producedOnField.requestFocus());
        producedOnField.setOnAction(e -> noteField.requestFocus());
        noteField.setOnAction(e -> priceField.requestFocus());
        priceField.setOnAction(e -> save());
        viewModel.busyProperty().addListener((obs, was, now) -> {
            if (!now && viewModel.errorProperty().get().isEmpty()) {
                producerField.requestFocus();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
                e.consume();
            } else if (PRINT.match(e)) {
                viewModel.reprint();
                e.consume();
            } else if (OUTRIGHT.match(e)) {
                viewModel.outrightProperty().set(!viewModel.outrightProperty().get());
                e.consume();
            }
        });
        viewModel.load();
    }

    private static String describe(Producer p) {
        return p.name() + (p.phone() == null ? "" : "  " + p.phone().masked()) + "  · "
                + GoodsFormat.enumText("producerKind", p.kind());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void clear() {
        viewModel.clear();
        producerField.requestFocus();
    }

    @FXML
    private void reprint() {
        viewModel.reprint();
    }

    /** The cursor goes to the producer field. */
    public void focus() {
        Platform.runLater(producerField::requestFocus);
    }

}
