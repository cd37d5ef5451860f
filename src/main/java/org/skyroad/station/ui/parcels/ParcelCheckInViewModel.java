package org.skyroad.station.ui.parcels;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.RecipientMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * Check-in by scanner. The scanner types the number and Enter into the scan field: a number
 * whose carrier is recognised is checked in at once, with the label phone typed before it
 * (or typed as four digits and Enter in the scan field itself) and the tags ticked with Alt
 * keys; then phone and tags are cleared for the next parcel. A number already waiting shows
 * the warning and writes nothing; a number whose carrier cannot be told asks for the carrier
 * (its number key, then Enter). Scans that arrive while one is being saved wait their turn,
 * in order, so the next scan can start at once.
 */
public final class ParcelCheckInViewModel {

    /** What the result panel shows of the last parcel checked in. */
    public record Shown(ParcelDesk.CheckInResult result, String code, String slot, String recipient,
                        String carrier, String tracking) {
    }

    private record Request(String scanned, Carrier carrier, String phone, ParcelTags tags) {
    }

    /** What one scan came to: checked in, already waiting, or the carrier must be chosen. */
    private record Outcome(ParcelDesk.CheckInResult done, Parcel alreadyWaiting, List<Carrier> choose,
                           Request request) {
    }

    private final ParcelScreens screens;
    private final StringProperty scan = new SimpleStringProperty("");
    private final StringProperty labelPhone = new SimpleStringProperty("");
    private final BooleanProperty fragile = new SimpleBooleanProperty(false);
    private final BooleanProperty perishable = new SimpleBooleanProperty(false);
    private final BooleanProperty large = new SimpleBooleanProperty(false);
    private final BooleanProperty signature = new SimpleBooleanProperty(false);
    private final BooleanProperty cod = new SimpleBooleanProperty(false);
    private final StringProperty codAmount = new SimpleStringProperty("");
    private final BooleanProperty damaged = new SimpleBooleanProperty(false);
    private final StringProperty damageNote = new SimpleStringProperty("");

    private final BooleanProperty choosingCarrier = new SimpleBooleanProperty(false);
    private final ObservableList<Carrier> carrierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Carrier> chosenCarrier = new SimpleObjectProperty<>();
    private final StringProperty carrierPrompt = new SimpleStringProperty("");

    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private final StringProperty consentWarning = new SimpleStringProperty("");
    private final StringProperty matchNote = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<ParcelRow> recent = FXCollections.observableArrayList();
    private final Deque<Request> queue = new ArrayDeque<>();
    private Request choosingFor;
    private int checkedIn;

    public ParcelCheckInViewModel(ParcelScreens screens) {
        this.screens = screens;
        message.set(Messages.get("parcelsui.checkin.ready"));
        // While a carrier is chosen, its number typed in the scan field shows the choice at once.
        scan.addListener((obs, old, now) -> {
            if (choosingCarrier.get() && now != null && now.strip().matches("[1-9]")) {
                chooseCarrier(now.strip().charAt(0) - '0');
            }
        });
    }

    /**
     * Enter in the scan field. Four digits are the label phone's tail for the next scan; an
     * empty field confirms a carrier being chosen; anything else is a tracking number.
     */
    public void submit() {
        String text = scan.get() == null ? "" : scan.get().strip();
        scan.set("");
        if (choosingCarrier.get()) {
            if (text.isEmpty() || text.length() == 1 && Character.isDigit(text.charAt(0))) {
                if (text.length() == 1) {
                    chooseCarrier(text.charAt(0) - '0');
                }
                confirmCarrier();
                return;
            }
            cancelCarrier();
        }
        if (text.isEmpty()) {
            return;
        }
        if (text.matches("[0-9]{4}")) {
            labelPhone.set(text);
            warning.set("");
            error.set("");
            message.set(Messages.get("parcelsui.checkin.phoneTailSet", text));
            return;
        }
        Request request;
        try {
            request = new Request(text, null, Text.blankToNull(labelPhone.get()), tags());
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        clearForNextParcel();
        enqueue(request);
    }

    /** The tags ticked now; a cash-on-delivery amount or a damage note that is not right is refused. */
    ParcelTags tags() {
        Money amount = null;
        if (cod.get()) {
            amount = Money.parse(codAmount.get());
        }
        return new ParcelTags(fragile.get(), perishable.get(), large.get(), signature.get(), amount, damaged.get(),
                damaged.get() ? damageNote.get() : null);
    }

    private void clearForNextParcel() {
        labelPhone.set("");
        fragile.set(false);
        perishable.set(false);
        large.set(false);
        signature.set(false);
        cod.set(false);
        codAmount.set("");
        damaged.set(false);
        damageNote.set("");
    }

    private void enqueue(Request request) {
        queue.add(request);
        if (!busy.get()) {
            next();
        }
    }

    private void next() {
        Request request = queue.poll();
        if (request == null) {
            busy.set(false);
            return;
        }
        busy.set(true);
        ParcelDesk desk = screens.desk();
        screens.executor().run(p -> {
            if (request.carrier() == null) {
                ParcelDesk.Scan s = desk.scan(request.scanned());
                if (s.alreadyOpen().isPresent()) {
                    return new Outcome(null, s.alreadyOpen().get(), null, request);
                }
                if (!s.guess().isKnown()) {
                    List<Carrier> choices = s.guess().candidates().isEmpty() ? allCarriers() : s.guess().candidates();
                    return new Outcome(null, null, choices, request);
                }
            }
            ParcelDesk.CheckInResult r = desk.checkIn(new ParcelDesk.CheckIn(request.scanned(), request.carrier(),
                    request.phone(), null, null, request.tags()));
            return new Outcome(r, null, null, request);
        }, (Outcome o) -> {
            shownOutcome(o);
            next();
        }, f -> {
            warning.set("");
            message.set("");
            error.set(Errors.sentence(f));
            next();
        });
    }

    static List<Carrier> allCarriers() {
        return Arrays.stream(Carrier.values()).filter(c -> c != Carrier.UNKNOWN).toList();
    }

    private void shownOutcome(Outcome o) {
        error.set("");
        consentWarning.set("");
        if (o.alreadyWaiting() != null) {
            Parcel p = o.alreadyWaiting();
            message.set("");
            warning.set(Messages.get("error.parcel.alreadyWaiting", p.tracking().value()) + " "
                    + Messages.get("parcelsui.checkin.whereItIs", p.slot(), p.pickupCode().value()));
            return;
        }
        if (o.choose() != null) {
            warning.set("");
            choosingFor = o.request();
            carrierChoices.setAll(o.choose());
            chosenCarrier.set(o.choose().size() == 1 ? o.choose().get(0) : null);
            choosingCarrier.set(true);
            StringBuilder keys = new StringBuilder();
            for (int i = 0; i < o.choose().size() && i < 9; i++) {
                keys.append(i == 0 ? "" : "   ").append(i + 1).append(" ").append(ParcelText.carrier(o.choose().get(i)));
            }
            carrierPrompt.set(keys.toString());
            message.set(Messages.get("parcelsui.checkin.chooseCarrier", o.request().scanned()));
            return;
        }
        ParcelDesk.CheckInResult r = o.done();
        Parcel p = r.parcel();
        checkedIn++;
        warning.set("");
        String who = r.match().isMatched() ? r.match().villager().name().value()
                : p.labelName() != null ? p.labelName() : "";
        shown.set(new Shown(r, p.pickupCode().value(), p.slot(), who, ParcelText.carrier(p.carrier()),
                p.tracking().value()));
        matchNote.set(Messages.get("parcelsui.checkin.match." + r.match().kind().name().toLowerCase(java.util.Locale.ROOT),
                r.match().candidates().size()));
        if (r.needsConsentWarning()) {
            consentWarning.set(Messages.get("parcelsui.checkin.noConsentPickup", who));
        } else if (r.match().isMatched() && !r.consentDelivery()) {
            consentWarning.set(Messages.get("parcelsui.checkin.noConsentDelivery", who));
        } else {
            consentWarning.set("");
        }
        message.set(Messages.get("parcelsui.checkin.done", checkedIn));
        recent.add(0, new ParcelRow(new ParcelDesk.ParcelLine(p, r.match().villager(), null), null, Money.ZERO, 0));
        if (recent.size() > 50) {
            recent.remove(50, recent.size());
        }
        screens.changes().saved();
    }

    /** A number key while the carrier is being chosen: 1 for the first choice shown. */
    public boolean chooseCarrier(int number) {
        if (!choosingCarrier.get() || number < 1 || number > carrierChoices.size()) {
            return false;
        }
        chosenCarrier.set(carrierChoices.get(number - 1));
        return true;
    }

    /** Enter while choosing: checks the waiting number in with the chosen carrier. */
    public void confirmCarrier() {
        if (!choosingCarrier.get()) {
            return;
        }
        Carrier c = chosenCarrier.get();
        if (c == null) {
            error.set(Messages.get("parcelsui.checkin.pressCarrierNumber"));
            return;
        }
        Request r = choosingFor;
        choosingFor = null;
        choosingCarrier.set(false);
        carrierChoices.clear();
        carrierPrompt.set("");
        enqueue(new Request(r.scanned(), c, r.phone(), r.tags()));
    }

    public void cancelCarrier() {
        choosingFor = null;
        choosingCarrier.set(false);
        carrierChoices.clear();
        chosenCarrier.set(null);
        carrierPrompt.set("");
        message.set(Messages.get("parcelsui.checkin.ready"));
    }

    /** Prints the slip of the last parcel checked in. */
    public void printSlip() {
        Shown s = shown.get();
        if (s == null) {
            error.set(Messages.get("parcelsui.checkin.nothingToPrint"));
            return;
        }
        screens.executor().run(p -> screens.printing().slip(s.result()), message::set,
                f -> error.set(Errors.sentence(f)));
    }

    public int checkedInCount() {
        return checkedIn;
    }

    public StringProperty scanProperty() {
        return scan;
    }

    public StringProperty labelPhoneProperty() {
        return labelPhone;
    }

    public BooleanProperty fragileProperty() {
        return fragile;
    }

    public BooleanProperty perishableProperty() {
        return perishable;
    }

    public BooleanProperty largeProperty() {
        return large;
    }

    public BooleanProperty signatureProperty() {
        return signature;
    }

    public BooleanProperty codProperty() {
        return cod;
    }

    public StringProperty codAmountProperty() {
        return codAmount;
    }

    public BooleanProperty damagedProperty() {
        return damaged;
    }

    public StringProperty damageNoteProperty() {
        return damageNote;
    }

    public BooleanProperty choosingCarrierProperty() {
        return choosingCarrier;
    }

    public ObservableList<Carrier> carrierChoices() {
        return carrierChoices;
    }

    public ObjectProperty<Carrier> chosenCarrierProperty() {
        return chosenCarrier;
    }

    public StringProperty carrierPromptProperty() {
        return carrierPrompt;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public StringProperty consentWarningProperty() {
        return consentWarning;
    }

    public StringProperty matchNoteProperty() {
        return matchNote;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<ParcelRow> recent() {
        return recent;
    }

    /** Unused by the screen; kept for tests that look at how the last label was matched. */
    public RecipientMatch.Kind lastMatchKind() {
        return shown.get() == null ? null : shown.get().result().match().kind();
    }
}
