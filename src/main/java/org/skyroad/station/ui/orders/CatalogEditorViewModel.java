package org.skyroad.station.ui.orders;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/**
 * The catalog of items the station often orders: find, add, change, switch off. A switched-off
 * item no longer completes on the order form; old orders keep pointing to it.
 */
public final class CatalogEditorViewModel {

    public static final int LIST_LIMIT = 500;

    private final OrderScreens screens;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CatalogItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogItem> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.TAOBAO);
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty usualPrice = new SimpleStringProperty("");
    private final ObjectProperty<ItemCategory> category = new SimpleObjectProperty<>(ItemCategory.DAILY_GOODS);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public CatalogEditorViewModel(OrderScreens screens) {
        this.screens = screens;
    }

    public void load() {
        String text = query.get();
        busy.set(true);
        screens.executor().run(p -> screens.catalog().search(text, LIST_LIMIT), (List<CatalogItem> found) -> {
            busy.set(false);
            items.setAll(found);
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Shows an item in the form to change it. */
    public void edit(CatalogItem item) {
        editing.set(item);
        if (item != null) {
            name.set(item.name());
            platform.set(item.platform());
            link.set(item.link() == null ? "" : item.link());
            usualPrice.set(item.usualPrice().toString());
            category.set(item.category());
        }
        error.set("");
    }

    /** An empty form for a new item. */
    public void startNew() {
        editing.set(null);
        name.set("");
        link.set("");
        usualPrice.set("");
        error.set("");
    }

    public void save() {
        CatalogItem.Draft draft;
        try {
            draft = new CatalogItem.Draft(name.get(), platform.get(), link.get(), OrderWords.amount(usualPrice.get()),
                    category.get());
        } catch (InvalidInputException e) {
            error.set(Errors.sentence(e));
            return;
        }
        CatalogItem before = editing.get();
        busy.set(true);
        screens.executor().run(p -> before == null ? screens.catalog().add(draft)
                : screens.catalog().update(before.id(), before.version(), draft), (CatalogItem saved) -> {
            busy.set(false);
            error.set("");
            message.set(Messages.get(before == null ? "ordersui.catalog.added" : "ordersui.catalog.updated", saved.name()));
            screens.changes().saved();
            startNew();
            load();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Switches the item in the form off: it no longer completes on new orders. */
    public void switchOff() {
        CatalogItem item = editing.get();
        if (item == null) {
            error.set(Messages.get("ordersui.catalog.chooseFirst"));
            return;
        }
        busy.set(true);
        screens.executor().run(p -> screens.catalog().setActive(item.id(), item.version(), false), (CatalogItem saved) -> {
            busy.set(false);
            error.set("");
            message.set(Messages.get("ordersui.catalog.switchedOff", saved.name()));
            screens.changes().saved();
            startNew();
            load();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CatalogItem> items() {
        return items;
    }

    public ObjectProperty<CatalogItem> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty usualPriceProperty() {
        return usualPrice;
    }

    public ObjectProperty<ItemCategory> categoryProperty() {
        return category;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
