package org.skyroad.station.ui.counter;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import org.skyroad.station.ui.goods.CounterProducerView;
import org.skyroad.station.ui.orders.CounterOrdersView;
import org.skyroad.station.ui.parcels.CounterParcelsView;
import org.skyroad.station.ui.villagers.VillagerRow;
import org.skyroad.station.ui.villagers.VillagersView;

/**
 * The counter: find the person in front of you (the villager finder) and see their waiting
 * parcels beside it, to hand over from here. A pickup code typed in the finder shows that
 * parcel’s person. Under the parcels, their orders in flight and what they owe on them;
 * Ctrl+O starts a new order for them. When the person is also a producer, their lots in stock,
 * sales and what the station owes them show last.
 */
public final class CounterView {

    @FXML private Node finder;
    @FXML private VillagersView finderController;
    @FXML private Node root;
    @FXML private CounterParcelsView parcelsController;
    @FXML private CounterOrdersView ordersController;
    @FXML private CounterProducerView producerController;

    @FXML
    @SuppressWarnings("unchecked")
    private void initialize() {
        TableView<VillagerRow> table = (TableView<VillagerRow>) finder.lookup("#table");
        TextField search = (TextField) finder.lookup("#search");
        if (table != null) {
            // Beside the parcels the finder is narrower: its columns may shrink further than in the Villagers area.
            table.getColumns().forEach(col -> col.setMinWidth(Math.min(col.getMinWidth(), 56)));
            if (finder instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(300);
            }
            table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
                if (row != null) {
                    showFor(row.villager().id());
                }
            });
            // One person found: their parcels show without choosing them first.
            table.getItems().addListener((ListChangeListener<VillagerRow>) c -> {
                if (table.getItems().size() == 1) {
                    showFor(table.getItems().get(0).villager().id());
                }
            });
        }
        // Above the orders the parcel list starts shorter, so neither panel is cut at 760 pixels high; it grows when there is room.
        if (root.lookup("#counterParcels") instanceof javafx.scene.layout.Region parcels) {
            parcels.setPrefHeight(170);
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CounterOrdersView.NEW_ORDER.match(e)) {
                ordersController.newOrderFor(chosenVillager(table));
                e.consume();
            }
        });
        if (search != null) {
            search.textProperty().addListener((obs, old, text) -> parcelsController.typed(text));
        }
    }

    private void showFor(java.util.UUID villagerId) {
        parcelsController.showFor(villagerId);
        ordersController.showFor(villagerId);
        producerController.showFor(villagerId);
    }

    /** The person a new order is for: the row chosen in the finder, or its only result; null when unclear. */
    private static java.util.UUID chosenVillager(TableView<VillagerRow> table) {
        if (table == null) {
            return null;
        }
        VillagerRow row = table.getSelectionModel().getSelectedItem();
        if (row == null && table.getItems().size() == 1) {
            row = table.getItems().get(0);
        }
        return row == null ? null : row.villager().id();
    }

    public void focus() {
        finderController.focus();
    }
}
