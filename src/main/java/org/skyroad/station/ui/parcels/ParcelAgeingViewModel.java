package org.skyroad.station.ui.parcels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Errors;

/**
 * Ageing: parcels waiting the reminder days or longer (to remind), and those past the return
 * days proposed for return, per carrier. Confirming a return is a manager’s: the list of the
 * chosen carrier’s ticked parcels goes back in one return, printed for the driver to sign.
 */
public final class ParcelAgeingViewModel {

    private final ParcelScreens screens;
    private final ObservableList<ParcelRow> remind = FXCollections.observableArrayList();
    private final ObservableList<Carrier> carriers = FXCollections.observableArrayList();
    private final ObjectProperty<Carrier> carrier = new SimpleObjectProperty<>();
    private final ObservableList<ParcelRow> returns = FXCollections.observableArrayList();
    private final StringProperty returnNote = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Map<Carrier, List<ParcelDesk.ParcelLine>> proposals = Map.of();
    private LocalDate today;
    private int remindDays;

    public ParcelAgeingViewModel(ParcelScreens screens) {
        this.screens = screens;
        carrier.addListener((obs, old, now) -> showCarrier());
    }

    private record Loaded(List<ParcelDesk.ParcelLine> remind, Map<Carrier, List<ParcelDesk.ParcelLine>> proposals,
                          boolean mayReturn, LocalDate today, int remindDays, int returnDays) {
    }

    public void load() {
        screens.executor().run(p -> {
            ParcelDesk desk = screens.desk();
            var settings = desk.settings();
            Map<Carrier, List<ParcelDesk.ParcelLine>> proposed;
            boolean may = true;
            try {
                proposed = desk.returnProposals();
            } catch (AccessDeniedException e) {
                proposed = Map.of();
                may = false;
            }
            return new Loaded(desk.toRemind(), proposed, may, screens.today(), settings.remindDays(),
                    settings.returnDays());
        }, (Loaded l) -> {
            today = l.today();
            remindDays = l.remindDays();
            remind.setAll(l.remind().stream().map(x -> new ParcelRow(x, today, Money.ZERO, remindDays)).toList());
            remind.forEach(r -> r.selectedProperty().set(true));
            proposals = l.proposals();
            carriers.setAll(proposals.keySet());
            if (carrier.get() == null || !proposals.containsKey(carrier.get())) {
                carrier.set(carriers.isEmpty() ? null : carriers.get(0));
            }
            showCarrier();
            returnNote.set(l.mayReturn() ? Messages.get("parcelsui.ageing.returnDays", l.returnDays())
                    : Messages.get("parcelsui.ageing.managerOnly"));
            error.set("");
            message.set(Messages.get("parcelsui.ageing.count", remind.size(), l.remindDays()));
        }, f -> error.set(Errors.sentence(f)));
    }

    private void showCarrier() {
        Carrier c = carrier.get();
        List<ParcelDesk.ParcelLine> lines = c == null ? List.of() : proposals.getOrDefault(c, List.of());
        List<ParcelRow> list = new ArrayList<>();
        for (ParcelDesk.ParcelLine l : lines) {
            ParcelRow r = new ParcelRow(l, today, Money.ZERO, remindDays);
            r.selectedProperty().set(true);
            list.add(r);
        }
        returns.setAll(list);
    }

    /** Records the ticked parcels as reminded (told again, by phone or notice). */
    public void markReminded() {
        List<UUID> ids = remind.stream().filter(ParcelRow::isSelected).map(r -> r.parcel().id()).toList();
        if (ids.isEmpty()) {
            error.set(Messages.get("error.parcel.nothingSelected"));
            return;
        }
        screens.executor().run(p -> screens.desk().recordReminded(ids, "reminder"), (Integer n) -> {
            screens.changes().saved();
            load();
            message.set(Messages.get("parcelsui.ageing.reminded", n));
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Gives the ticked parcels of the chosen carrier back to it (managers), then prints the list. */
    public void confirmReturn() {
        Carrier c = carrier.get();
        List<UUID> ids = returns.stream().filter(ParcelRow::isSelected).map(r -> r.parcel().id()).toList();
        screens.executor().run(p -> {
            CarrierReturn r = screens.desk().confirmReturn(c, ids);
            List<Parcel> list = screens.desk().returnList(r.id());
            String printed = screens.printing().returnList(r, list);
            return new Object[] {r, printed};
        }, (Object[] done) -> {
            CarrierReturn r = (CarrierReturn) done[0];
            screens.changes().saved();
            load();
            message.set(Messages.get("parcelsui.ageing.returned", r.parcelIds().size(), ParcelText.carrier(c))
                    + " " + done[1]);
        }, f -> error.set(Errors.sentence(f)));
    }

    public ObservableList<ParcelRow> remind() {
        return remind;
    }

    public ObservableList<Carrier> carriers() {
        return carriers;
    }

    public ObjectProperty<Carrier> carrierProperty() {
        return carrier;
    }

    public ObservableList<ParcelRow> returns() {
        return returns;
    }

    public StringProperty returnNoteProperty() {
        return returnNote;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
