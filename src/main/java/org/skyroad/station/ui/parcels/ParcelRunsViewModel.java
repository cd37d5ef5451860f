package org.skyroad.station.ui.parcels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.RunItem;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * Village runs: start a run to a village or along a route on a date, add parcels by scanning
 * them, print the run sheet, and on return record each parcel’s outcome (delivered to whom,
 * not at home, refused); closing the run puts what has no outcome back on its slot.
 */
public final class ParcelRunsViewModel {

    private final ParcelScreens screens;
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final StringProperty route = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final ObservableList<VillageRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<VillageRun> run = new SimpleObjectProperty<>();
    private final StringProperty runText = new SimpleStringProperty("");
    private final StringProperty scan = new SimpleStringProperty("");
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final StringProperty receivedBy = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public ParcelRunsViewModel(ParcelScreens screens) {
        this.screens = screens;
    }

    private record Start(List<Village> villages, LocalDate today, List<VillageRun> runs) {
    }

    public void load() {
        screens.executor().run(p -> {
            LocalDate today = screens.today();
            return new Start(screens.villagers().villages(), today, screens.desk().runsOn(today));
        }, (Start s) -> {
            villages.setAll(s.villages());
            if (date.get() == null || date.get().isBlank()) {
                date.set(s.today().toString());
            }
            runs.setAll(s.runs());
        }, f -> error.set(Errors.sentence(f)));
    }

    public void create() {
        LocalDate day;
        try {
            day = LocalDate.parse(date.get().strip());
        } catch (RuntimeException e) {
            error.set(Messages.get("error.parcel.date", date.get()));
            return;
        }
        UUID villageId = village.get() == null ? null : village.get().id();
        String routeText = Text.blankToNull(route.get());
        screens.executor().run(p -> screens.desk().createRun(villageId, routeText, day), (VillageRun r) -> {
            runs.add(r);
            error.set("");
            message.set(Messages.get("parcelsui.runs.created", describe(r)));
            screens.changes().saved();
            open(r);
        }, f -> error.set(Errors.sentence(f)));
    }

    public String describe(VillageRun r) {
        if (r == null) {
            return "";
        }
        String where = r.route() != null ? r.route() : villages.stream().filter(v -> v.id().equals(r.villageId()))
                .map(Village::name).findFirst().orElse("");
        return where + " · " + r.runDate() + (r.isOpen() ? "" : " · " + Messages.get("parcelsui.runs.closed"));
    }

    public void open(VillageRun r) {
        run.set(r);
        runText.set(describe(r));
        reloadItems();
    }

    private void reloadItems() {
        VillageRun r = run.get();
        if (r == null) {
            rows.clear();
            return;
        }
        screens.executor().run(p -> items(r.id()), rows::setAll, f -> error.set(Errors.sentence(f)));
    }

    private List<RunRow> items(UUID runId) {
        ParcelDesk desk = screens.desk();
        List<RunRow> out = new ArrayList<>();
        for (RunItem item : desk.runItems(runId)) {
            Parcel p = desk.get(item.parcelId());
            Villager v = p.recipientId() == null ? null : screens.villagers().get(p.recipientId());
            out.add(new RunRow(item, p, v != null ? v.name().value() : p.labelName() == null ? "" : p.labelName(),
                    v != null && v.phone() != null ? v.phone().digits() : ""));
        }
        return out;
    }

    /** Enter in the scan field: the scanned parcel goes on the open run. */
    public void addScanned() {
        VillageRun r = run.get();
        String text = scan.get() == null ? "" : scan.get().strip();
        scan.set("");
        if (r == null) {
            error.set(Messages.get("parcelsui.runs.noRun"));
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        screens.executor().run(p -> {
            Parcel added = screens.desk().addToRun(r.id(), text);
            return new Object[] {added, items(r.id())};
        }, (Object[] done) -> {
            Parcel added = (Parcel) done[0];
            @SuppressWarnings("unchecked")
            List<RunRow> list = (List<RunRow>) done[1];
            rows.setAll(list);
            error.set("");
            message.set(Messages.get("parcelsui.runs.added", added.tracking().value(), list.size()));
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Records what became of a parcel; delivered needs who took it, and takes its cash on delivery. */
    public void outcome(RunRow row, RunOutcome outcome) {
        VillageRun r = run.get();
        if (r == null || row == null) {
            error.set(Messages.get("error.parcel.nothingSelected"));
            return;
        }
        String to = Text.blankToNull(receivedBy.get());
        if (outcome == RunOutcome.DELIVERED && to == null) {
            to = row.recipient().isBlank() ? null : row.recipient();
        }
        String who = to;
        Money cod = outcome == RunOutcome.DELIVERED ? row.parcel().tags().cashOnDelivery() : null;
        screens.executor().run(p -> {
            screens.desk().recordOutcome(r.id(), row.parcel().id(), outcome, who, null, cod);
            return items(r.id());
        }, (List<RunRow> list) -> {
            rows.setAll(list);
            receivedBy.set("");
            error.set("");
            message.set(Messages.get("parcelsui.runs.outcomeSaved", row.tracking(), ParcelText.outcome(outcome)));
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    public void close() {
        VillageRun r = run.get();
        if (r == null) {
            error.set(Messages.get("parcelsui.runs.noRun"));
            return;
        }
        screens.executor().run(p -> screens.desk().closeRun(r.id()), (VillageRun closed) -> {
            runs.replaceAll(x -> x.id().equals(closed.id()) ? closed : x);
            message.set(Messages.get("parcelsui.runs.closedDone", describe(closed)));
            error.set("");
            screens.changes().saved();
            open(closed);
        }, f -> error.set(Errors.sentence(f)));
    }

    public void printSheet() {
        VillageRun r = run.get();
        if (r == null) {
            error.set(Messages.get("parcelsui.runs.noRun"));
            return;
        }
        screens.executor().run(p -> {
            List<ParcelDesk.ParcelLine> lines = new ArrayList<>();
            for (RunItem item : screens.desk().runItems(r.id())) {
                lines.addAll(screens.desk().find(screens.desk().get(item.parcelId()).tracking().value()).stream()
                        .filter(l -> l.parcel().id().equals(item.parcelId())).toList());
            }
            return screens.printing().runSheet(r, lines);
        }, message::set, f -> error.set(Errors.sentence(f)));
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public StringProperty routeProperty() {
        return route;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObservableList<VillageRun> runs() {
        return runs;
    }

    public ObjectProperty<VillageRun> runProperty() {
        return run;
    }

    public StringProperty runTextProperty() {
        return runText;
    }

    public StringProperty scanProperty() {
        return scan;
    }

    public ObservableList<RunRow> rows() {
        return rows;
    }

    public StringProperty receivedByProperty() {
        return receivedBy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
