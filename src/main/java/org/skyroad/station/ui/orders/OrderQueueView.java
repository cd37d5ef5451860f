package org.skyroad.station.ui.orders;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.ui.common.Bind;

/**
 * The queue of paid orders to place. The cursor stays in the platform order number field: Up
 * and Down choose the order, Alt+C copies its link, the number and Enter place it and move on.
 */
public final class OrderQueueView {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN);

    private final OrderQueueViewModel viewModel;

    @FXML private Node root;
    @FXML private TableView<OrderRow> queue;
    @FXML private TableColumn<OrderRow, String> qNumberColumn;
    @FXML private TableColumn<OrderRow, String> qVillagerColumn;
    @FXML private TableColumn<OrderRow, String> qPlatformColumn;
    @FXML private TableColumn<OrderRow, String> qItemsColumn;
    @FXML private TableColumn<OrderRow, String> qLinkColumn;
    @FXML private TableColumn<OrderRow, String> qTotalColumn;
    @FXML private Label queueCount;
    @FXML private Label chosen;
    @FXML private TextField queuePlatformNo;
    @FXML private Label queueMessage;
    @FXML private Label queueError;

    public OrderQueueView(OrderQueueViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        queue.setItems(viewModel.rows());
        OrderTables.text(qNumberColumn, OrderRow::number);
        OrderTables.text(qVillagerColumn, OrderRow::villager);
        OrderTables.text(qPlatformColumn, OrderRow::platforms);
        OrderTables.text(qItemsColumn, OrderRow::items);
        OrderTables.text(qLinkColumn, r -> r.links().replace('\n', ' '));
        OrderTables.text(qTotalColumn, OrderRow::total);
        queue.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                queue.getSelectionModel().clearSelection();
                chosen.setText("");
            } else {
                queue.getSelectionModel().select(now);
                queue.scrollTo(now);
                chosen.setText(now.number() + "  ·  " + now.villager());
            }
        });
        queueCount.textProperty().bind(viewModel.countTextProperty());
        queuePlatformNo.textProperty().bindBidirectional(viewModel.platformNoProperty());
        queuePlatformNo.setOnAction(e -> viewModel.enter());
        queuePlatformNo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = queue.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN && i + 1 < queue.getItems().size()) {
                viewModel.selectedProperty().set(queue.getItems().get(i + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP && i > 0) {
                viewModel.selectedProperty().set(queue.getItems().get(i - 1));
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copyLink();
                e.consume();
            }
        });
        Bind.message(queueMessage, viewModel.messageProperty());
        Bind.message(queueError, viewModel.errorProperty());
    }

    @FXML
    private void copyLink() {
        String links = viewModel.linksToCopy();
        if (links != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(links);
            Clipboard.getSystemClipboard().setContent(content);
        }
        queuePlatformNo.requestFocus();
    }

    @FXML
    private void place() {
        viewModel.enter();
        queuePlatformNo.requestFocus();
    }

    public void focus() {
        viewModel.load();
        queuePlatformNo.requestFocus();
    }

    public OrderQueueViewModel viewModel() {
        return viewModel;
    }
}
