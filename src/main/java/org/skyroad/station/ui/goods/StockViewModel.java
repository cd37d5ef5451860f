package org.skyroad.station.ui.goods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.ConsignmentDesk.StockLine;
import org.skyroad.station.ui.common.Errors;

/**
 * The lots in the store, filtered by product (name or code, any language); perishables close
 * to their best-before day are marked (within {@link ConsignmentDesk#DEFAULT_NEAR_DAYS} days).
 * Repacking: a lot split into parts ("5, 5, 2.5"), or lots of one producer, product and grade
 * merged; the new lots keep their parents for the trace.
 */
public final class StockViewModel {

    private final GoodsScreens screens;
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty nearOnly = new SimpleBooleanProperty(false);
    private final StringProperty parts = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<StockLine> lines = FXCollections.observableArrayList();
    private List<StockLine> all = List.of();
    private LocalDate today = LocalDate.now();

    public StockViewModel(GoodsScreens screens) {
        this.screens = screens;
        filter.addListener((obs, old, now) -> applyFilter());
        nearOnly.addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        boolean near = nearOnly.get();
        screens.executor().run(p -> {
            ConsignmentDesk d = screens.desk();
            return new Object[] {near ? d.nearBestBefore(ConsignmentDesk.DEFAULT_NEAR_DAYS, 0) : d.stock(null, 0), d.today()};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<StockLine> found = (List<StockLine>) r[0];
            all = found;
            today = (LocalDate) r[1];
            applyFilter();
        }, f -> error.set(Errors.sentence(f)));
    }

    private void applyFilter() {
        String key = TextRules.searchKey(filter.get() == null ? "" : filter.get());
        if (key == null || key.isEmpty()) {
            lines.setAll(all);
            return;
        }
        lines.setAll(all.stream().filter(l -> l.product() != null && l.product().searchKey().contains(key)
                || l.lot().code().value().contains(key.toUpperCase(java.util.Locale.ROOT))).toList());
    }

    /** True for a perishable lot within the warning days of its best-before day (or past it). */
    public boolean near(StockLine line) {
        Long d = line.lot().daysLeft(today);
        return d != null && d <= ConsignmentDesk.DEFAULT_NEAR_DAYS;
    }

    public boolean past(StockLine line) {
        return line.lot().isPastBestBefore(today);
    }

    public LocalDate today() {
        return today;
    }

    /** Splits {@code line}'s lot into the typed parts; what is left stays in the lot. */
    public void split(StockLine line) {
        error.set("");
        if (line == null) {
            error.set(Messages.get("goodsui.stock.chooseLot"));
            return;
        }
        List<Quantity> q = new ArrayList<>();
        try {
            for (String part : (parts.get() == null ? "" : parts.get()).split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    q.add(Quantity.parse(part, line.lot().unit()));
                }
            }
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        if (q.isEmpty()) {
            error.set(Messages.get("goodsui.stock.partsEmpty"));
            return;
        }
        Lot lot = line.lot();
        screens.executor().run(p -> screens.desk().split(lot.id(), q, null), made -> {
            message.set(Messages.get("goodsui.stock.split", lot.code().value(),
                    String.join(", ", made.stream().map(l -> l.code().value()).toList())));
            parts.set("");
            screens.changes().saved();
            refresh();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Merges the whole stock of the chosen lots into one new lot. */
    public void merge(List<StockLine> chosen) {
        error.set("");
        if (chosen == null || chosen.size() < 2) {
            error.set(Messages.get("goodsui.stock.chooseTwo"));
            return;
        }
        List<ConsignmentDesk.MergeItem> items = chosen.stream()
                .map(l -> new ConsignmentDesk.MergeItem(l.lot().id(), l.lot().onHand())).toList();
        screens.executor().run(p -> screens.desk().merge(items, null), made -> {
            message.set(Messages.get("goodsui.stock.merged", made.code().value(), GoodsFormat.quantity(made.onHand())));
            screens.changes().saved();
            refresh();
        }, f -> error.set(Errors.sentence(f)));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty nearOnlyProperty() {
        return nearOnly;
    }

    public StringProperty partsProperty() {
        return parts;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<StockLine> lines() {
        return lines;
    }
}
