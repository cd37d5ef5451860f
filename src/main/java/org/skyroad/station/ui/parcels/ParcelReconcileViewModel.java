package org.skyroad.station.ui.parcels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Manifest;
import org.skyroad.station.domain.parcel.Reconciliation;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/**
 * The day’s parcels of one carrier against its manifest: a count the driver says, or the
 * manifest file (CSV) of tracking numbers; what is missing and what is extra.
 */
public final class ParcelReconcileViewModel {

    private final ParcelScreens screens;
    private final ObjectProperty<Carrier> carrier = new SimpleObjectProperty<>(Carrier.SF);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final ObservableList<String> extra = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    public ParcelReconcileViewModel(ParcelScreens screens) {
        this.screens = screens;
    }

    public void start() {
        if (date.get() == null || date.get().isBlank()) {
            screens.executor().run(p -> screens.today(), (LocalDate d) -> date.set(d.toString()),
                    f -> error.set(Errors.sentence(f)));
        }
    }

    public void reconcile() {
        Carrier c = carrier.get();
        String day = date.get() == null ? "" : date.get().strip();
        String typed = count.get() == null ? "" : count.get().strip();
        Path csv = file.get();
        screens.executor().run(p -> {
            LocalDate d;
            try {
                d = LocalDate.parse(day);
            } catch (RuntimeException e) {
                throw new InvalidInputException("error.parcel.date", day);
            }
            Manifest m;
            if (csv != null && typed.isEmpty()) {
                try {
                    m = Manifest.parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new InvalidInputException("error.parcel.manifestUnreadable", csv.getFileName());
                }
            } else {
                try {
                    m = Manifest.ofCount(Integer.parseInt(typed));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("error.parcelui.countOrFile");
                }
            }
            return screens.desk().reconcile(d, c, m);
        }, (Reconciliation r) -> {
            error.set("");
            missing.setAll(r.missing().stream().map(TrackingNumber::value).toList());
            extra.setAll(r.extra().stream().map(TrackingNumber::value).toList());
            summary.set(r.isBalanced()
                    ? Messages.get("parcelsui.reconcile.balanced", r.received(), ParcelText.carrier(r.carrier()), r.date())
                    : Messages.get("parcelsui.reconcile.difference", r.received(), r.onManifest(), r.missing().size(),
                    r.extra().size(), ParcelText.carrier(r.carrier()), r.date()));
        }, f -> {
            // an earlier result left beside the refusal would read as this manifest's result
            missing.clear();
            extra.clear();
            summary.set("");
            error.set(Errors.sentence(f));
        });
    }

    public ObjectProperty<Carrier> carrierProperty() {
        return carrier;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty countProperty() {
        return count;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<String> missing() {
        return missing;
    }

    public ObservableList<String> extra() {
        return extra;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
