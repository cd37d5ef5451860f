package org.skyroad.station.ui.goods;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.Loss;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * Loss and damage from the store: the lot scanned, the quantity, why, who bears it (a
 * producer's share is deducted in their settlement; charging the producer is a correction a
 * manager may make), what it is worth (blank: the quantity at the lot's price) and a note.
 */
public final class LossViewModel {

    private final GoodsScreens screens;
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<Lot> lot = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final ObjectProperty<LossReason> reason = new SimpleObjectProperty<>(LossReason.SPOILED);
    private final ObjectProperty<LossBearer> bearer = new SimpleObjectProperty<>(LossBearer.STATION);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<Loss> recorded = FXCollections.observableArrayList();

    public LossViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    /** Enter in the lot field: the lot of the code typed or scanned. */
    public void findLot() {
        String typed = code.get() == null ? "" : code.get().strip();
        error.set("");
        if (typed.isEmpty()) {
            return;
        }
        screens.executor().run(p -> screens.desk().lot(typed), found -> {
            lot.set(found);
            code.set(found.code().value());
        }, f -> {
            lot.set(null);
            error.set(Errors.sentence(f));
        });
    }

    public void record() {
        error.set("");
        Lot l = lot.get();
        if (l == null) {
            error.set(Messages.get("error.loss.lotRequired"));
            return;
        }
        ConsignmentDesk.LossRequest req;
        try {
            Quantity q = Quantity.parse(quantity.get(), l.unit());
            String typedAmount = Text.blankToNull(amount.get());
            req = new ConsignmentDesk.LossRequest(l.id(), null, q, reason.get(), bearer.get(),
                    typedAmount == null ? null : Money.parse(typedAmount), Text.blankToNull(note.get()));
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        screens.executor().run(p -> screens.desk().recordLoss(req), loss -> {
            recorded.add(0, loss);
            message.set(Messages.get("goodsui.loss.recorded", GoodsFormat.quantity(loss.quantity()), l.code().value(),
                    GoodsFormat.enumText("lossBearer", loss.bearer()), GoodsFormat.money(loss.amount())));
            lot.set(null);
            code.set("");
            quantity.set("");
            amount.set("");
            note.set("");
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<Lot> lotProperty() {
        return lot;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<LossReason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<LossBearer> bearerProperty() {
        return bearer;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<Loss> recorded() {
        return recorded;
    }
}
