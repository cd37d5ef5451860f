package org.skyroad.station.ui.parcels;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.service.ParcelDesk;

/**
 * One parcel in a screen's table, already in words, with a tick for screens where parcels are
 * chosen (handover, returns, text messages). {@code fee} is the storage fee if collected today.
 */
public final class ParcelRow {

    private final ParcelDesk.ParcelLine line;
    private final long days;
    private final Money fee;
    private final boolean overdue;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    public ParcelRow(ParcelDesk.ParcelLine line, LocalDate today, Money fee, int remindDays) {
        this.line = line;
        this.days = today == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(line.parcel().receivedDate(), today));
        this.fee = fee == null ? Money.ZERO : fee;
        this.overdue = remindDays > 0 && days >= remindDays;
    }

    public ParcelDesk.ParcelLine line() {
        return line;
    }

    public Parcel parcel() {
        return line.parcel();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public long days() {
        return days;
    }

    /** Waiting at least the station's reminder days: highlighted. */
    public boolean overdue() {
        return overdue;
    }

    public Money fee() {
        return fee;
    }

    public Money cod() {
        Money cod = parcel().tags().cashOnDelivery();
        return cod == null ? Money.ZERO : cod;
    }

    public String code() {
        return parcel().pickupCode().value();
    }

    public String slot() {
        return parcel().slot();
    }

    public String tracking() {
        return parcel().tracking().value();
    }

    public String carrier() {
        return ParcelText.carrier(parcel().carrier());
    }

    public String recipient() {
        if (line.recipient() != null) {
            return line.recipient().name().value();
        }
        return parcel().labelName() == null ? "" : parcel().labelName();
    }

    public String phone() {
        if (line.recipient() != null && line.recipient().phone() != null) {
            return line.recipient().phone().digits();
        }
        String label = parcel().labelPhone();
        return label == null ? "" : label.length() == 4 ? "…" + label : label;
    }

    public String maskedName() {
        return line.maskedName();
    }

    public String maskedPhone() {
        return line.maskedPhone();
    }

    public String village() {
        return line.villageName() == null ? "" : line.villageName();
    }

    public String daysText() {
        return Long.toString(days);
    }

    public String codText() {
        return ParcelText.money(parcel().tags().cashOnDelivery());
    }

    public String tags() {
        return ParcelText.tags(parcel().tags());
    }

    public String status() {
        return ParcelText.status(parcel().status());
    }

    public String received() {
        return parcel().receivedDate().toString();
    }
}
