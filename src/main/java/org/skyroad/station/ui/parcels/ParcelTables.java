package org.skyroad.station.ui.parcels;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/** Table helpers the parcel screens share: text columns, a tick column, Space to tick, old parcels marked. */
final class ParcelTables {

    private ParcelTables() {
    }

    static void text(TableColumn<ParcelRow, String> col, Function<ParcelRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A tick box per row, bound to the row’s selection; Space on the table ticks the focused row. */
    static void tick(TableView<ParcelRow> table, TableColumn<ParcelRow, Boolean> col) {
        table.setEditable(true);
        col.setEditable(true);
        col.setCellValueFactory(c -> c.getValue().selectedProperty());
        col.setCellFactory(CheckBoxTableCell.forTableColumn(col));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                ParcelRow row = table.getSelectionModel().getSelectedItem();
                if (row != null) {
                    row.selectedProperty().set(!row.isSelected());
                }
                e.consume();
            }
        });
    }

    /** Long text (a whole text message) wrapped to the column’s width instead of cut with “…”. */
    static <S> void wrapping(TableColumn<S, String> col) {
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(24));
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                setText(null);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        });
    }

    /** Parcels waiting the reminder days or longer get the "overdue" style. */
    static void markOverdue(TableView<ParcelRow> table) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ParcelRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
    }

    /** Down from a field into the table, selecting the first row when none is. */
    static void intoTable(TableView<ParcelRow> table) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
            table.getFocusModel().focus(0);
        }
    }
}
