package org.skyroad.station.ui.goods;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk.ProducerSummary;
import org.skyroad.station.service.ConsignmentDesk.SoldLine;
import org.skyroad.station.service.ConsignmentDesk.StockLine;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * The counter's producer panel: when the villager chosen at the counter is also a producer
 * (the same phone number, or with no phone the same name in the same village), their lots in
 * stock, recent sales and the money owed to them. Shows nothing for a villager who brings no goods.
 */
public final class CounterProducerViewModel {

    private final GoodsScreens screens;
    private final BooleanProperty producer = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty owed = new SimpleStringProperty("");
    private final StringProperty owedDetail = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<StockLine> inStock = FXCollections.observableArrayList();
    private final ObservableList<SoldLine> sales = FXCollections.observableArrayList();
    private TaskExecutor.Handle pending = TaskExecutor.Handle.DONE;
    private UUID shownVillager;

    public CounterProducerViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    /** The villager chosen at the counter (null: nobody); a later choice replaces one still loading. */
    public void showFor(UUID villagerId) {
        if (villagerId != null && villagerId.equals(shownVillager)) {
            return;
        }
        shownVillager = villagerId;
        pending.cancel();
        error.set("");
        if (villagerId == null) {
            clear();
            return;
        }
        pending = screens.executor().run(p -> producerOf(villagerId).map(pr -> screens.desk().producerSummary(pr.id())),
                this::show, f -> {
                    clear();
                    error.set(Errors.sentence(f));
                });
    }

    /** The producer who is this villager: the same phone, or with no phone the same name and village. */
    Optional<Producer> producerOf(UUID villagerId) {
        Villager v = screens.villagers().get(villagerId);
        if (v.phone() != null) {
            List<Producer> byPhone = screens.desk().findProducers(v.phone().digits(), 5).stream()
                    .filter(p -> p.phone() != null && p.phone().digits().equals(v.phone().digits())).toList();
            if (!byPhone.isEmpty()) {
                return Optional.of(byPhone.get(0));
            }
        }
        String key = TextRules.searchKey(v.name().value());
        return screens.desk().findProducers(v.name().value(), 20).stream()
                .filter(p -> p.searchKey().equals(key))
                .filter(p -> v.villageId() == null || p.villageId() == null || v.villageId().equals(p.villageId()))
                .filter(p -> v.phone() == null || p.phone() == null)
                .findFirst();
    }

    private void show(Optional<ProducerSummary> found) {
        if (found.isEmpty()) {
            clear();
            return;
        }
        ProducerSummary s = found.get();
        producer.set(true);
        name.set(s.producer().name() + (s.village() == null ? "" : " · " + s.village()));
        owed.set(GoodsFormat.money(s.totalOwed()));
        owedDetail.set(Messages.get("goodsui.counter.owedDetail", GoodsFormat.money(s.owedUnsettled()),
                GoodsFormat.money(s.settledUnpaid()), s.unpaidSettlements().size()));
        inStock.setAll(s.inStock());
        sales.setAll(s.recentSales());
    }

    private void clear() {
        producer.set(false);
        name.set("");
        owed.set("");
        owedDetail.set("");
        inStock.clear();
        sales.clear();
    }

    public BooleanProperty producerProperty() {
        return producer;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty owedProperty() {
        return owed;
    }

    public StringProperty owedDetailProperty() {
        return owedDetail;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<StockLine> inStock() {
        return inStock;
    }

    public ObservableList<SoldLine> sales() {
        return sales;
    }
}
