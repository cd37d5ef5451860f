package org.skyroad.station.ui.parcels;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/** Parcels nobody was matched to: find the villager (name, phone tail) and put the parcel on their name. */
public final class ParcelUnmatchedViewModel {

    private final ParcelScreens screens;
    private final ObservableList<ParcelRow> rows = FXCollections.observableArrayList();
    private final StringProperty villagerQuery = new SimpleStringProperty("");
    private final ObservableList<VillagerMatch> villagers = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public ParcelUnmatchedViewModel(ParcelScreens screens) {
        this.screens = screens;
    }

    public void load() {
        screens.executor().run(p -> {
            LocalDate today = screens.today();
            int remind = screens.desk().settings().remindDays();
            return screens.desk().unmatched().stream().map(l -> new ParcelRow(l, today, Money.ZERO, remind)).toList();
        }, (List<ParcelRow> found) -> {
            rows.setAll(found);
            message.set(Messages.get("parcelsui.unmatched.count", found.size()));
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Finds villagers for the parcel: by default its label’s name or phone. */
    public void findVillagers() {
        String text = villagerQuery.get() == null ? "" : villagerQuery.get().strip();
        if (text.isEmpty()) {
            villagers.clear();
            return;
        }
        screens.executor().run(p -> screens.villagers().find(text, 30), villagers::setAll,
                f -> error.set(Errors.sentence(f)));
    }

    /** Proposes the label’s phone (or name) as the villager search for the chosen parcel. */
    public void proposeFor(ParcelRow row) {
        if (row == null) {
            return;
        }
        Parcel p = row.parcel();
        String hint = p.labelPhone() != null ? p.labelPhone() : p.labelName() != null ? p.labelName() : "";
        villagerQuery.set(hint);
        findVillagers();
    }

    public void assign(ParcelRow row, VillagerMatch villager) {
        if (row == null || villager == null) {
            error.set(Messages.get("parcelsui.unmatched.chooseBoth"));
            return;
        }
        Parcel p = row.parcel();
        screens.executor().run(x -> screens.desk().assignRecipient(p.id(), p.version(), villager.villager().id()),
                (Parcel done) -> {
                    error.set("");
                    message.set(Messages.get("parcelsui.unmatched.assigned", done.tracking().value(),
                            villager.villager().name().value(), done.slot(), done.pickupCode().value()));
                    rows.remove(row);
                    villagers.clear();
                    villagerQuery.set("");
                    screens.changes().saved();
                }, f -> error.set(Errors.sentence(f)));
    }

    public ObservableList<ParcelRow> rows() {
        return rows;
    }

    public StringProperty villagerQueryProperty() {
        return villagerQuery;
    }

    public ObservableList<VillagerMatch> villagers() {
        return villagers;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
