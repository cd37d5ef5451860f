package org.skyroad.station.ui.orders;

import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.ui.common.Bind;

/**
 * The new-order form. Enter moves on: villager (one match is chosen) → item (a catalog
 * suggestion is taken with Enter, Down goes into the list) → quantity → price → the line is
 * added and the cursor is back on the item. Ctrl+S (or Enter on "paid now") saves and prints.
 */
public final class NewOrderView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PAYMENT = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);

    private final NewOrderViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField villagerSearch;
    @FXML private Label villagerChosen;
    @FXML private ListView<VillagerMatch> villagerMatches;
    @FXML private ChoiceBox<org.skyroad.station.domain.order.Platform> platform;
    @FXML private TextField item;
    @FXML private TextField link;
    @FXML private TextField quantity;
    @FXML private TextField unitPrice;
    @FXML private ListView<CatalogItem> suggestions;
    @FXML private TableView<OrderLineRow> lines;
    @FXML private TableColumn<OrderLineRow, String> platformColumn;
    @FXML private TableColumn<OrderLineRow, String> itemColumn;
    @FXML private TableColumn<OrderLineRow, String> linkColumn;
    @FXML private TableColumn<OrderLineRow, String> quantityColumn;
    @FXML private TableColumn<OrderLineRow, String> priceColumn;
    @FXML private TableColumn<OrderLineRow, String> amountColumn;
    @FXML private TextField shipping;
    @FXML private TextField fee;
    @FXML private Label feeRule;
    @FXML private Node feeReasonBox;
    @FXML private TextField feeReason;
    @FXML private Label goods;
    @FXML private Label total;
    @FXML private TextField payment;
    @FXML private Label balance;
    @FXML private Label message;
    @FXML private Label error;

    public NewOrderView(NewOrderViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        villagerSearch.textProperty().bindBidirectional(viewModel.villagerQueryProperty());
        villagerChosen.textProperty().bind(Bindings.when(viewModel.villagerProperty().isNull())
                .then(org.skyroad.station.i18n.Messages.get("ordersui.new.nobody")).otherwise(viewModel.villagerTextProperty()));
        villagerMatches.setItems(viewModel.villagerMatches());
        OrderTables.cells(villagerMatches, m -> m.villager().name().value()
                + (m.villager().phone() == null ? "" : "  " + m.villager().phone().digits())
                + (m.villageName() == null ? "" : "  ·  " + m.villageName()));
        Bind.shownWhen(villagerMatches, Bindings.isNotEmpty(viewModel.villagerMatches()));

        platform.setItems(FXCollections.observableArrayList(org.skyroad.station.domain.order.Platform.values()));
        Bind.labels(platform, OrderWords::platform);
        platform.valueProperty().bindBidirectional(viewModel.platformProperty());
        item.textProperty().bindBidirectional(viewModel.itemProperty());
        link.textProperty().bindBidirectional(viewModel.linkProperty());
        quantity.textProperty().bindBidirectional(viewModel.quantityProperty());
        unitPrice.textProperty().bindBidirectional(viewModel.unitPriceProperty());
        suggestions.setItems(viewModel.suggestions());
        OrderTables.cells(suggestions, c -> c.name() + "   " + OrderWords.platform(c.platform()) + "   "
                + OrderWords.moneyOrEmpty(c.usualPrice()));
        Bind.shownWhen(suggestions, Bindings.isNotEmpty(viewModel.suggestions()));

        lines.setItems(viewModel.lines());
        OrderTables.text(platformColumn, OrderLineRow::platform);
        OrderTables.text(itemColumn, OrderLineRow::item);
        OrderTables.text(linkColumn, OrderLineRow::link);
        OrderTables.text(quantityColumn, OrderLineRow::quantity);
        OrderTables.text(priceColumn, OrderLineRow::unitPrice);
        OrderTables.text(amountColumn, OrderLineRow::amount);

        shipping.textProperty().bindBidirectional(viewModel.shippingProperty());
        fee.textProperty().bindBidirectional(viewModel.feeProperty());
        fee.editableProperty().bind(viewModel.feeEditableProperty());
        // Shown to everyone; only a manager may change it (the desk refuses anyone else).
        fee.disableProperty().bind(viewModel.feeEditableProperty().not());
        feeRule.textProperty().bind(viewModel.feeRuleTextProperty());
        Bind.shownWhen(feeReasonBox, viewModel.feeOverriddenProperty());
        feeReason.textProperty().bindBidirectional(viewModel.feeReasonProperty());
        goods.textProperty().bind(viewModel.goodsTextProperty());
        total.textProperty().bind(viewModel.totalTextProperty());
        payment.textProperty().bindBidirectional(viewModel.paymentProperty());
        balance.textProperty().bind(viewModel.balanceTextProperty());
        Bind.message(message, viewModel.messageProperty());
        Bind.message(error, viewModel.errorProperty());

        villagerSearch.setOnAction(e -> viewModel.findVillager());
        villagerSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !villagerMatches.getItems().isEmpty()) {
                OrderTables.into(villagerMatches);
                e.consume();
            }
        });
        villagerMatches.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.choose(villagerMatches.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                villagerSearch.requestFocus();
                e.consume();
            }
        });
        viewModel.setOnVillagerChosen(() -> Platform.runLater(item::requestFocus));

        item.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !suggestions.getItems().isEmpty()) {
                OrderTables.into(suggestions);
                e.consume();
            }
        });
        item.setOnAction(e -> viewModel.itemEnter(result -> {
            switch (result) {
                case PICKED -> {
                    quantity.requestFocus();
                    quantity.selectAll();
                }
                case FREE_FORM -> link.requestFocus();
                case NOTHING -> {
                    if (!viewModel.lines().isEmpty()) {
                        shipping.requestFocus();
                    }
                }
                default -> { }
            }
        }));
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(suggestions.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                item.requestFocus();
                e.consume();
            }
        });
        link.setOnAction(e -> quantity.requestFocus());
        quantity.setOnAction(e -> {
            if (viewModel.linePriced()) {
                addLine();
            } else {
                unitPrice.requestFocus();
            }
        });
        unitPrice.setOnAction(e -> addLine());
        lines.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                viewModel.removeLine(lines.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        shipping.setOnAction(e -> (viewModel.feeEditableProperty().get() ? fee : payment).requestFocus());
        fee.setOnAction(e -> (viewModel.feeOverriddenProperty().get() ? feeReason : payment).requestFocus());
        feeReason.setOnAction(e -> payment.requestFocus());
        payment.setOnAction(e -> viewModel.save());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                viewModel.save();
                e.consume();
            } else if (PAYMENT.match(e)) {
                payment.requestFocus();
                payment.selectAll();
                e.consume();
            }
        });
        viewModel.setOnSaved(() -> Platform.runLater(villagerSearch::requestFocus));
    }

    private void pick(CatalogItem c) {
        if (c != null) {
            viewModel.pick(c);
            quantity.requestFocus();
            quantity.selectAll();
        }
    }

    private void addLine() {
        if (viewModel.addLine()) {
            item.requestFocus();
        }
    }

    /** A new order; with a villager chosen (from the counter) the cursor goes to the first line. */
    public void startFor(UUID villagerId) {
        viewModel.startNew(villagerId);
        if (villagerId == null) {
            villagerSearch.requestFocus();
        } else {
            item.requestFocus();
        }
    }

    /** The tab was opened: the cursor goes where the work is. */
    public void focus() {
        if (viewModel.villagerProperty().get() == null) {
            villagerSearch.requestFocus();
        } else {
            item.requestFocus();
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void addLineClicked() {
        addLine();
    }

    @FXML
    private void clear() {
        viewModel.startNew(null);
        villagerSearch.requestFocus();
    }

    public NewOrderViewModel viewModel() {
        return viewModel;
    }
}
