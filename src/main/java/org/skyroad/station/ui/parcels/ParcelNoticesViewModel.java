package org.skyroad.station.ui.parcels;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Errors;

/**
 * Notices: per village, the waiting parcels with names and phones masked, to print and take
 * on the next run; and the text messages to send when there is signal, in Chinese or Tibetan.
 * Marking them sent records each parcel as notified.
 */
public final class ParcelNoticesViewModel {

    /** Text messages are written in one of these: zh or bo. */
    public enum SmsLanguage { ZH, BO }

    private final ParcelScreens screens;
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final ObjectProperty<SmsLanguage> language = new SimpleObjectProperty<>(SmsLanguage.ZH);
    private final ObservableList<ParcelRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ParcelDesk.TextMessage> messages = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private ParcelDesk.VillageNotice notice;

    public ParcelNoticesViewModel(ParcelScreens screens) {
        this.screens = screens;
        village.addListener((obs, old, now) -> load());
        language.addListener((obs, old, now) -> load());
    }

    public void loadVillages() {
        screens.executor().run(p -> screens.villagers().villages(), (List<Village> list) -> {
            villages.setAll(list);
            if (village.get() == null && !list.isEmpty()) {
                village.set(list.get(0));
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    private record Loaded(ParcelDesk.VillageNotice notice, List<ParcelRow> rows, ParcelDesk.TextMessages texts) {
    }

    public void load() {
        Village v = village.get();
        if (v == null) {
            return;
        }
        UUID id = v.id();
        String lang = language.get() == SmsLanguage.BO ? "bo" : "zh";
        screens.executor().run(p -> {
            ParcelDesk.VillageNotice n = screens.desk().villageNotice(id);
            LocalDate today = screens.today();
            int remind = screens.desk().settings().remindDays();
            List<ParcelRow> list = n.lines().stream().map(l -> new ParcelRow(l, today, Money.ZERO, remind)).toList();
            return new Loaded(n, list, screens.desk().textMessages(id, lang));
        }, (Loaded l) -> {
            notice = l.notice();
            rows.setAll(l.rows());
            messages.setAll(l.texts().messages());
            error.set("");
            message.set(Messages.get("parcelsui.notices.count", l.rows().size(), l.texts().messages().size(),
                    l.texts().withoutPhone().size()));
        }, f -> error.set(Errors.sentence(f)));
    }

    public void print() {
        ParcelDesk.VillageNotice n = notice;
        if (n == null) {
            return;
        }
        screens.executor().run(p -> screens.printing().notice(n), message::set, f -> error.set(Errors.sentence(f)));
    }

    /** Records every listed parcel as told: by the notice taken on the run. */
    public void markNoticeTaken() {
        mark(rows.stream().map(r -> r.parcel().id()).toList(), "notice");
    }

    /** Records the parcels of the listed text messages as told: by text message. */
    public void markTextsSent() {
        mark(messages.stream().flatMap(m -> m.parcelIds().stream()).toList(), "sms");
    }

    private void mark(List<UUID> ids, String how) {
        if (ids.isEmpty()) {
            error.set(Messages.get("parcelsui.notices.empty"));
            return;
        }
        screens.executor().run(p -> screens.desk().recordNotified(ids, how), (Integer n) -> {
            error.set("");
            message.set(Messages.get("parcelsui.notices.marked", n));
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public ObjectProperty<SmsLanguage> languageProperty() {
        return language;
    }

    public ObservableList<ParcelRow> rows() {
        return rows;
    }

    public ObservableList<ParcelDesk.TextMessage> messages() {
        return messages;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
