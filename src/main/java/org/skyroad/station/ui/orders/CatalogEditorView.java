package org.skyroad.station.ui.orders;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.ui.common.Bind;

/** The catalog editor: the list on the left, the item's form on the right; Ctrl+S saves. */
public final class CatalogEditorView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final CatalogEditorViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField catalogSearch;
    @FXML private TableView<CatalogItem> catalogItems;
    @FXML private TableColumn<CatalogItem, String> cNameColumn;
    @FXML private TableColumn<CatalogItem, String> cPlatformColumn;
    @FXML private TableColumn<CatalogItem, String> cPriceColumn;
    @FXML private TableColumn<CatalogItem, String> cCategoryColumn;
    @FXML private TextField itemName;
    @FXML private ChoiceBox<Platform> itemPlatform;
    @FXML private TextField itemLink;
    @FXML private TextField itemPrice;
    @FXML private ChoiceBox<ItemCategory> itemCategory;
    @FXML private Label catalogMessage;
    @FXML private Label catalogError;

    public CatalogEditorView(CatalogEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        catalogSearch.textProperty().bindBidirectional(viewModel.queryProperty());
        catalogSearch.textProperty().addListener((obs, old, now) -> viewModel.load());
        catalogSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !catalogItems.getItems().isEmpty()) {
                OrderTables.into(catalogItems);
                e.consume();
            }
        });
        catalogItems.setItems(viewModel.items());
        OrderTables.text(cNameColumn, CatalogItem::name);
        OrderTables.text(cPlatformColumn, i -> OrderWords.platform(i.platform()));
        OrderTables.text(cPriceColumn, i -> OrderWords.money(i.usualPrice()));
        OrderTables.text(cCategoryColumn, i -> OrderWords.category(i.category()));
        catalogItems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.edit(now);
            }
        });
        catalogItems.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                itemName.requestFocus();
                e.consume();
            }
        });
        itemName.textProperty().bindBidirectional(viewModel.nameProperty());
        itemPlatform.setItems(FXCollections.observableArrayList(Platform.values()));
        Bind.labels(itemPlatform, OrderWords::platform);
        itemPlatform.valueProperty().bindBidirectional(viewModel.platformProperty());
        itemLink.textProperty().bindBidirectional(viewModel.linkProperty());
        itemPrice.textProperty().bindBidirectional(viewModel.usualPriceProperty());
        itemCategory.setItems(FXCollections.observableArrayList(ItemCategory.values()));
        Bind.labels(itemCategory, OrderWords::category);
        itemCategory.valueProperty().bindBidirectional(viewModel.categoryProperty());
        itemPrice.setOnAction(e -> viewModel.save());
        Bind.message(catalogMessage, viewModel.messageProperty());
        Bind.message(catalogError, viewModel.errorProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                viewModel.save();
                e.consume();
            }
        });
    }

    public void focus() {
        viewModel.load();
        catalogSearch.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void newItem() {
        catalogItems.getSelectionModel().clearSelection();
        viewModel.startNew();
        itemName.requestFocus();
    }

    @FXML
    private void switchOff() {
        viewModel.switchOff();
    }

    public CatalogEditorViewModel viewModel() {
        return viewModel;
    }
}
