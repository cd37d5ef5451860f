package org.skyroad.station.ui.parcels;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Handover;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.PickupCode;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.common.Text;

/**
 * Handover at the counter. Find by pickup code (looked up as soon as five code characters are
 * typed), phone tail, whole phone, tracking number or villager name; all waiting parcels of
 * that person are listed. A code ticks its parcel; a person found otherwise has all theirs
 * ticked. Space toggles, a proxy's name may be typed, the cash to take (cash on delivery plus
 * storage fees) is shown, and Enter hands the ticked parcels over in one handover. Enter with
 * a search that is not yet done searches first.
 */
public final class ParcelHandoverViewModel {

    public static final Duration CODE_DEBOUNCE = Duration.ofMillis(120);
    static final int NAME_MATCHES = 20;

    /** What a search found: the rows, which ones to tick, and the person they belong to. */
    private record Found(String query, List<ParcelRow> rows, Set<UUID> tick, Villager person, String village) {
    }

    private final ParcelScreens screens;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ParcelRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Villager> person = new SimpleObjectProperty<>();
    private final StringProperty personText = new SimpleStringProperty("");
    private final StringProperty consentText = new SimpleStringProperty("");
    private final StringProperty proxyName = new SimpleStringProperty("");
    private final StringProperty cashText = new SimpleStringProperty("");
    private final ObjectProperty<Money> cash = new SimpleObjectProperty<>(Money.ZERO);
    private final StringProperty selectionText = new SimpleStringProperty("");
    private final BooleanProperty signatureRequired = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private byte[] signaturePng;
    private String searchedFor;
    private UUID shownFor;
    private long asked;
    private TaskExecutor.Handle pending = TaskExecutor.Handle.DONE;
    private TaskExecutor.Handle running = TaskExecutor.Handle.DONE;

    public ParcelHandoverViewModel(ParcelScreens screens) {
        this.screens = screens;
        query.addListener((obs, old, now) -> {
            pending.cancel();
            if (now != null && PickupCode.looksLikeCode(now.strip())) {
                pending = screens.executor().later(CODE_DEBOUNCE, this::searchNow);
            }
        });
    }

    /** Enter in the search field: search when the text is new, otherwise hand over. */
    public void enter() {
        String text = query.get() == null ? "" : query.get().strip();
        if (!text.isEmpty() && !text.equals(searchedFor)) {
            searchNow();
        } else if (!busy.get()) {
            handOver();
        }
    }

    /** True when what is listed belongs to what is typed now. */
    public boolean isCurrent() {
        String text = query.get() == null ? "" : query.get().strip();
        return !text.isEmpty() && text.equals(searchedFor);
    }

    public void searchNow() {
        pending.cancel();
        String text = query.get() == null ? "" : query.get().strip();
        long question = ++asked;
        running.cancel();
        if (text.isEmpty()) {
            clear();
            return;
        }
        busy.set(true);
        running = screens.executor().run(p -> find(text), (Found f) -> {
            if (question == asked) {
                busy.set(false);
                show(f);
            }
        }, f -> {
            if (question == asked) {
                busy.set(false);
                error.set(Errors.sentence(f));
            }
        });
    }

    /** The counter: all waiting parcels of the villager chosen there, all ticked. */
    public void showFor(UUID villagerId) {
        pending.cancel();
        long question = ++asked;
        running.cancel();
        if (villagerId == null) {
            clear();
            return;
        }
        busy.set(true);
        running = screens.executor().run(p -> {
            List<ParcelDesk.ParcelLine> lines = screens.desk().openFor(villagerId);
            Villager v = lines.isEmpty() ? screens.villagers().get(villagerId) : lines.get(0).recipient();
            return found(null, lines, null, v);
        }, (Found f) -> {
            if (question == asked) {
                busy.set(false);
                shownFor = villagerId;
                show(f);
            }
        }, f -> {
            if (question == asked) {
                busy.set(false);
                error.set(Errors.sentence(f));
            }
        });
    }

    /** Runs in the background: what the typed text finds, widened to the person’s other parcels. */
    private Found find(String text) {
        ParcelDesk desk = screens.desk();
        List<ParcelDesk.ParcelLine> lines = new ArrayList<>(desk.find(text));
        boolean byCode = PickupCode.looksLikeCode(text);
        if (lines.isEmpty() && !text.matches("[0-9+\\s-]+")) {
            for (VillagerMatch m : screens.villagers().find(text, NAME_MATCHES)) {
                lines.addAll(desk.openFor(m.villager().id()));
            }
            byCode = false;
        }
        Set<UUID> people = new LinkedHashSet<>();
        for (ParcelDesk.ParcelLine l : lines) {
            people.add(l.parcel().recipientId());
        }
        if (people.size() == 1 && !people.contains(null)) {
            UUID id = people.iterator().next();
            Set<UUID> codeHits = new LinkedHashSet<>();
            if (byCode) {
                lines.stream().filter(l -> l.parcel().pickupCode().value().equals(PickupCode.parse(text).value()))
                        .forEach(l -> codeHits.add(l.parcel().id()));
            }
            List<ParcelDesk.ParcelLine> all = desk.openFor(id);
            return found(text, all, byCode ? codeHits : null, all.isEmpty() ? lines.get(0).recipient() : all.get(0).recipient());
        }
        Set<UUID> tick = new LinkedHashSet<>();
        if (byCode) {
            lines.forEach(l -> tick.add(l.parcel().id()));
        }
        return found(text, lines, tick, null);
    }

    /** {@code tick} null: tick every waiting parcel. */
    private Found found(String text, List<ParcelDesk.ParcelLine> lines, Set<UUID> tick, Villager v) {
        ParcelDesk desk = screens.desk();
        LocalDate today = screens.today();
        int remindDays = desk.settings().remindDays();
        Map<UUID, ParcelRow> rows = new LinkedHashMap<>();
        Set<UUID> ticked = new LinkedHashSet<>();
        for (ParcelDesk.ParcelLine l : lines) {
            Parcel p = l.parcel();
            if (!p.isWaiting() || rows.containsKey(p.id())) {
                continue;
            }
            rows.put(p.id(), new ParcelRow(l, today, desk.storageFee(p), remindDays));
            if (tick == null || tick.contains(p.id())) {
                ticked.add(p.id());
            }
        }
        return new Found(text, new ArrayList<>(rows.values()), ticked, v,
                lines.isEmpty() ? null : lines.get(0).villageName());
    }

    private void show(Found f) {
        searchedFor = f.query();
        error.set("");
        for (ParcelRow r : f.rows()) {
            r.selectedProperty().set(f.tick().contains(r.parcel().id()));
            r.selectedProperty().addListener((obs, old, now) -> recount());
        }
        rows.setAll(f.rows());
        person.set(f.person());
        if (f.person() != null) {
            Villager v = f.person();
            String more = (v.phone() == null ? "" : v.phone().digits())
                    + (v.phone() != null && f.village() != null ? "  ·  " : "") + (f.village() == null ? "" : f.village());
            personText.set(v.name().value() + (more.isEmpty() ? "" : "\n" + more));
            consentText.set(v.consentPickup() ? "" : Messages.get("parcelsui.handover.noConsent", v.name().value()));
        } else {
            personText.set(f.rows().isEmpty() ? "" : Messages.get("parcelsui.handover.severalPeople"));
            consentText.set("");
        }
        if (f.rows().isEmpty()) {
            message.set(f.query() == null ? Messages.get("parcelsui.handover.nothingWaiting")
                    : Messages.get("parcelsui.handover.noneFound", f.query()));
        } else {
            message.set("");
        }
        recount();
    }

    private void recount() {
        Money total = Money.ZERO;
        int n = 0;
        boolean sign = false;
        for (ParcelRow r : rows) {
            if (r.isSelected()) {
                n++;
                total = total.plus(r.cod()).plus(r.fee());
                sign |= r.parcel().tags().signatureRequired();
            }
        }
        cash.set(total);
        cashText.set(ParcelText.total(total));
        signatureRequired.set(sign);
        selectionText.set(Messages.get("parcelsui.handover.selected", n, rows.size()));
    }

    /** Space on a row: tick or untick it. */
    public void toggle(ParcelRow row) {
        if (row != null) {
            row.selectedProperty().set(!row.isSelected());
        }
    }

    public void setSignaturePng(byte[] png) {
        this.signaturePng = png == null || png.length == 0 ? null : png.clone();
    }

    public boolean hasSignature() {
        return signaturePng != null;
    }

    /** Hands the ticked parcels over, taking exactly the cash shown. */
    public void handOver() {
        List<ParcelRow> chosen = rows.stream().filter(ParcelRow::isSelected).toList();
        if (chosen.isEmpty()) {
            error.set(Messages.get("error.parcel.nothingSelected"));
            return;
        }
        Set<UUID> recipients = new LinkedHashSet<>();
        chosen.forEach(r -> recipients.add(r.parcel().recipientId()));
        UUID collector = recipients.size() == 1 ? recipients.iterator().next() : null;
        String proxy = Text.blankToNull(proxyName.get());
        List<UUID> ids = chosen.stream().map(r -> r.parcel().id()).toList();
        Money take = cash.get();
        byte[] png = signaturePng;
        String who = collector != null && chosen.get(0).line().recipient() != null
                ? chosen.get(0).line().recipient().name().value() : "";
        busy.set(true);
        screens.executor().run(p -> screens.desk().handOver(new ParcelDesk.HandoverRequest(ids, collector, proxy,
                png, null, take)), (Handover h) -> {
            busy.set(false);
            String to = h.isByProxy() ? Messages.get("parcelsui.handover.byProxy", h.proxyName(), who) : who;
            message.set(Messages.get("parcelsui.handover.done", h.parcelIds().size(), to,
                    ParcelText.total(h.cashTotal())));
            error.set("");
            proxyName.set("");
            signaturePng = null;
            screens.changes().saved();
            if (shownFor != null) {
                String done = message.get();
                showFor(shownFor);
                message.set(done);
            } else {
                searchedFor = null;
                query.set("");
                rows.clear();
                person.set(null);
                personText.set("");
                consentText.set("");
                recount();
            }
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    public void clear() {
        pending.cancel();
        running.cancel();
        busy.set(false);
        searchedFor = null;
        shownFor = null;
        rows.clear();
        person.set(null);
        personText.set("");
        consentText.set("");
        error.set("");
        recount();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ParcelRow> rows() {
        return rows;
    }

    public ObjectProperty<Villager> personProperty() {
        return person;
    }

    public StringProperty personTextProperty() {
        return personText;
    }

    public StringProperty consentTextProperty() {
        return consentText;
    }

    public StringProperty proxyNameProperty() {
        return proxyName;
    }

    public StringProperty cashTextProperty() {
        return cashText;
    }

    public ObjectProperty<Money> cashProperty() {
        return cash;
    }

    public StringProperty selectionTextProperty() {
        return selectionText;
    }

    public BooleanProperty signatureRequiredProperty() {
        return signatureRequired;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The parcels ticked now. */
    public List<Parcel> ticked() {
        return rows.stream().filter(ParcelRow::isSelected).map(ParcelRow::parcel).filter(Objects::nonNull).toList();
    }
}
