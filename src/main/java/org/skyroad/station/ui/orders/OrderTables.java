package org.skyroad.station.ui.orders;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers the order views share for their tables and lists. */
final class OrderTables {

    private OrderTables() {
    }

    static <R> void text(TableColumn<R, String> col, Function<R, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
    }

    static <T> void cells(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    /** Puts the cursor on the table, on the selected row or the first. */
    static void into(TableView<?> table) {
        table.requestFocus();
        if (!table.getItems().isEmpty()) {
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        }
    }

    static void into(ListView<?> list) {
        list.requestFocus();
        if (!list.getItems().isEmpty()) {
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
        }
    }
}
