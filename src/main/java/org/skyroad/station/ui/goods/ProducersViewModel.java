package org.skyroad.station.ui.goods;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/**
 * The producers: herders, farmers and cooperatives, with village, phone, how they are paid and
 * the cooperative they belong to. Found by name or phone; a new one or the chosen one edited.
 */
public final class ProducersViewModel {

    private final GoodsScreens screens;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Producer> found = FXCollections.observableArrayList();
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObservableList<Producer> cooperatives = FXCollections.observableArrayList();
    private final ObjectProperty<Producer> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProducerKind> kind = new SimpleObjectProperty<>(ProducerKind.HERDER);
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<PayoutMethod> payout = new SimpleObjectProperty<>(PayoutMethod.CASH);
    private final StringProperty account = new SimpleStringProperty("");
    private final ObjectProperty<Producer> cooperative = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public ProducersViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    public void load() {
        screens.executor().run(p -> new Object[] {screens.villagers().villages(), screens.desk().findProducers("", 500)}, r -> {
            @SuppressWarnings("unchecked")
            List<Village> v = (List<Village>) r[0];
            @SuppressWarnings("unchecked")
            List<Producer> all = (List<Producer>) r[1];
            villages.setAll(v);
            cooperatives.setAll(all.stream().filter(x -> x.kind() == ProducerKind.COOPERATIVE).toList());
            if (search.get().isBlank()) {
                found.setAll(all);
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    public void find() {
        String typed = search.get();
        screens.executor().run(p -> screens.desk().findProducers(typed, 200), found::setAll, f -> error.set(Errors.sentence(f)));
    }

    /** Shows {@code p} in the form to edit, or an empty form for a new producer. */
    public void edit(Producer p) {
        editing.set(p);
        error.set("");
        name.set(p == null ? "" : p.name());
        kind.set(p == null ? ProducerKind.HERDER : p.kind());
        village.set(p == null ? null : villages.stream().filter(v -> v.id().equals(p.villageId())).findFirst().orElse(null));
        phone.set(p == null || p.phone() == null ? "" : p.phone().digits());
        payout.set(p == null ? PayoutMethod.CASH : p.payoutMethod());
        account.set(p == null || p.payoutAccount() == null ? "" : p.payoutAccount());
        cooperative.set(p == null ? null : cooperatives.stream().filter(c -> c.id().equals(p.cooperativeId())).findFirst()
                .orElse(null));
        notes.set(p == null || p.notes() == null ? "" : p.notes());
        active.set(p == null || p.active());
    }

    public void save() {
        error.set("");
        ProducerDraft d = new ProducerDraft(name.get(), kind.get(), village.get() == null ? null : village.get().id(),
                phone.get(), payout.get(), account.get(), cooperative.get() == null ? null : cooperative.get().id(), notes.get());
        Producer before = editing.get();
        boolean on = active.get();
        screens.executor().run(p -> {
            if (before == null) {
                return screens.desk().addProducer(d);
            }
            UUID id = before.id();
            return screens.desk().updateProducer(id, before.version(), d, on);
        }, saved -> {
            message.set(Messages.get("goodsui.producers.saved", saved.name()));
            editing.set(saved);
            screens.changes().saved();
            load();
            find();
        }, f -> error.set(Errors.sentence(f)));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Producer> found() {
        return found;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObservableList<Producer> cooperatives() {
        return cooperatives;
    }

    public ObjectProperty<Producer> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProducerKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<PayoutMethod> payoutProperty() {
        return payout;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public ObjectProperty<Producer> cooperativeProperty() {
        return cooperative;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
