package org.skyroad.station.ui.parcels;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierRules;
import org.skyroad.station.domain.parcel.DropOff;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * A villager sends a parcel out: the sender (found like at the counter), to whom and where,
 * the carrier (recognised from the scanned number when it can be), the fee taken.
 */
public final class ParcelDropOffViewModel {

    private final ParcelScreens screens;
    private final StringProperty senderQuery = new SimpleStringProperty("");
    private final ObservableList<VillagerMatch> senders = FXCollections.observableArrayList();
    private final ObjectProperty<VillagerMatch> sender = new SimpleObjectProperty<>();
    private final StringProperty recipientName = new SimpleStringProperty("");
    private final StringProperty recipientPhone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<Carrier> carrier = new SimpleObjectProperty<>();
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty fee = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public ParcelDropOffViewModel(ParcelScreens screens) {
        this.screens = screens;
        tracking.addListener((obs, old, now) -> {
            try {
                CarrierRules.Guess g = CarrierRules.recognise(TrackingNumber.parse(now));
                if (g.isKnown()) {
                    carrier.set(g.carrier());
                }
            } catch (InvalidInputException e) {
                // not a number yet: keep the carrier chosen
            }
        });
    }

    public void findSenders() {
        String text = senderQuery.get() == null ? "" : senderQuery.get().strip();
        if (text.isEmpty()) {
            senders.clear();
            return;
        }
        screens.executor().run(p -> screens.villagers().find(text, 20), (List<VillagerMatch> found) -> {
            senders.setAll(found);
            if (found.size() == 1) {
                sender.set(found.get(0));
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    public void save() {
        Money amount;
        try {
            amount = fee.get() == null || fee.get().isBlank() ? Money.ZERO : Money.parse(fee.get());
        } catch (InvalidInputException e) {
            error.set(Errors.sentence(e));
            return;
        }
        ParcelDesk.DropOffRequest r = new ParcelDesk.DropOffRequest(
                sender.get() == null ? null : sender.get().villager().id(), Text.blankToNull(recipientName.get()),
                Text.blankToNull(recipientPhone.get()), Text.blankToNull(address.get()), carrier.get(),
                tracking.get(), amount);
        screens.executor().run(p -> screens.desk().dropOff(r), (DropOff d) -> {
            error.set("");
            message.set(Messages.get("parcelsui.dropoff.saved", d.tracking().value(), ParcelText.carrier(d.carrier()),
                    ParcelText.total(d.fee())));
            recipientName.set("");
            recipientPhone.set("");
            address.set("");
            tracking.set("");
            fee.set("");
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    public StringProperty senderQueryProperty() {
        return senderQuery;
    }

    public ObservableList<VillagerMatch> senders() {
        return senders;
    }

    public ObjectProperty<VillagerMatch> senderProperty() {
        return sender;
    }

    public StringProperty recipientNameProperty() {
        return recipientName;
    }

    public StringProperty recipientPhoneProperty() {
        return recipientPhone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<Carrier> carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty feeProperty() {
        return fee;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
