package org.skyroad.station.ui.goods;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table helpers the goods screens share. */
final class GoodsTables {

    private GoodsTables() {
    }

    static <R> void column(TableColumn<R, String> column, Function<R, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : text.apply(c.getValue())));
    }
}
