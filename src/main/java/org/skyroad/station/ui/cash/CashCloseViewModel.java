package org.skyroad.station.ui.cash;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.cash.Denomination;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.DailyCloseReport;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.Countersignature;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * The daily close: the operator counts the cash, by note and coin or as one total; expected,
 * counted and the difference follow each key; a difference needs a reason; over the
 * station's threshold a manager signs too, with their own name and password typed here. The
 * close report prints when the close is saved.
 */
public final class CashCloseViewModel {

    private final CashScreens screens;
    private final Map<Denomination, StringProperty> pieces = new LinkedHashMap<>();
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty expectedText = new SimpleStringProperty("");
    private final StringProperty countedText = new SimpleStringProperty("");
    private final StringProperty differenceText = new SimpleStringProperty("");
    private final StringProperty thresholdText = new SimpleStringProperty("");
    private final BooleanProperty differs = new SimpleBooleanProperty(false);
    private final BooleanProperty overThreshold = new SimpleBooleanProperty(false);
    private final BooleanProperty countedByPieces = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty managerName = new SimpleStringProperty("");
    private final StringProperty managerPassword = new SimpleStringProperty("");
    private final StringProperty signedBy = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final BooleanProperty managerNeeded = new SimpleBooleanProperty(false);
    private final BooleanProperty managerFieldsShown = new SimpleBooleanProperty(false);
    private final StringProperty managerPrompt = new SimpleStringProperty("");
    private final BooleanProperty reprintable = new SimpleBooleanProperty(false);
    private final ObservableList<DailyClose> awaiting = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Money expected;
    private Money threshold = Money.ZERO;
    private boolean signedInAsManager;
    private DailyClose lastClose;

    public CashCloseViewModel(CashScreens screens) {
        this.screens = screens;
        // The manager's fields serve a close over the threshold now, or a close left waiting.
        managerNeeded.addListener((obs, old, now) -> showManagerFields());
        awaiting.addListener((javafx.collections.ListChangeListener<DailyClose>) c -> showManagerFields());
        for (Denomination d : Denomination.values()) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((obs, old, now) -> recount());
            pieces.put(d, p);
        }
        total.addListener((obs, old, now) -> recount());
    }

    private record Loaded(Money expected, Money threshold, boolean manager, String who, List<DailyClose> awaiting) {
    }

    /** Reads the expected balance and the threshold again. */
    public void load() {
        screens.executor().run(p -> {
            var who = screens.session().actor();
            boolean manager = who.map(a -> a.role().allows(Permission.CORRECTIONS)).orElse(false);
            return new Loaded(screens.cash().expectedBalance(), screens.cash().threshold(), manager,
                    who.map(a -> a.displayName()).orElse(""), screens.cash().awaitingManager());
        }, (Loaded l) -> {
            expected = l.expected();
            threshold = l.threshold();
            signedInAsManager = l.manager();
            operator.set(Messages.get("cashui.close.operatorSigns", l.who()));
            expectedText.set(CashText.money(expected));
            thresholdText.set(Messages.get("cashui.close.threshold", CashText.money(threshold)));
            awaiting.setAll(l.awaiting());
            recount();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** The count as typed so far, or null when nothing or something unreadable is typed. */
    private CashCount count() {
        Map<Denomination, Integer> n = new EnumMap<>(Denomination.class);
        boolean any = false;
        for (var e : pieces.entrySet()) {
            int k = CashText.pieces(e.getValue().get());
            if (k != 0) {
                any = true;
            }
            n.put(e.getKey(), k);
        }
        if (any) {
            return CashCount.ofPieces(n);
        }
        Money t = CashText.parseOrNull(total.get());
        return t == null ? null : CashCount.ofTotal(t);
    }

    private void showManagerFields() {
        managerFieldsShown.set(managerNeeded.get() || !awaiting.isEmpty());
        managerPrompt.set(Messages.get(managerNeeded.get() ? "cashui.close.manager" : "cashui.close.managerForWaiting"));
    }

    private void recount() {
        CashCount c;
        try {
            c = count();
        } catch (InvalidInputException e) {
            c = null;
        }
        countedByPieces.set(c != null && c.byDenomination());
        if (c == null || expected == null) {
            countedText.set(c == null ? "" : CashText.money(c.total()));
            differenceText.set("");
            differs.set(false);
            overThreshold.set(false);
            managerNeeded.set(false);
            return;
        }
        Money diff = c.total().minus(expected);
        countedText.set(CashText.money(c.total()));
        differenceText.set(CashText.signed(diff));
        differs.set(diff.fen() != 0);
        overThreshold.set(Math.abs(diff.fen()) > threshold.fen());
        managerNeeded.set(overThreshold.get() && !signedInAsManager);
    }

    /**
     * Signs and saves the close: with the manager's signature when one is typed, and prints the
     * close report. Refusals come back as the service's sentence; the password is never kept.
     */
    public void close() {
        CashCount c;
        try {
            c = count();
            if (c == null) {
                throw new InvalidInputException("error.cash.countMissing");
            }
        } catch (InvalidInputException e) {
            message.set("");
            error.set(e.getMessage());
            return;
        }
        String why = Text.blankToNull(reason.get());
        if (differs.get() && why == null) {
            message.set("");
            error.set(Messages.get("error.cash.closeReasonRequired", c.total().minus(expected)));
            return;
        }
        String manager = Text.blankToNull(managerName.get());
        char[] password = managerPassword.get() == null ? new char[0] : managerPassword.get().toCharArray();
        managerPassword.set("");
        busy.set(true);
        screens.executor().run(p -> {
            Countersignature m = manager == null ? null
                    : screens.staff().countersign(manager, password, Permission.CORRECTIONS);
            java.util.Arrays.fill(password, '\0');
            DailyClose done = screens.cash().close(c, why, m);
            String printed = print(done);
            return new Closed(done, printed);
        }, (Closed r) -> {
            busy.set(false);
            lastClose = r.close();
            reprintable.set(true);
            error.set("");
            String state = r.close().needsManager()
                    ? Messages.get("cashui.close.awaitingManager")
                    : r.close().managerName() == null ? Messages.get("cashui.close.signedBy", r.close().operatorName())
                    : Messages.get("cashui.close.signedByBoth", r.close().operatorName(), r.close().managerName());
            signedBy.set(state);
            message.set(Messages.get("cashui.close.saved", CashText.money(r.close().counted().total()),
                    CashText.signed(r.close().difference()), state) + " " + r.printed());
            clearCount();
            screens.changes().saved();
            load();
        }, f -> {
            busy.set(false);
            java.util.Arrays.fill(password, '\0');
            message.set("");
            error.set(Errors.sentence(f));
        });
    }

    private record Closed(DailyClose close, String printed) {
    }

    /** The close report of the close's business day: the figures and the station, to the printer. */
    private String print(DailyClose close) {
        try {
            var figures = screens.reports().dailyFigures(close.businessDate());
            var header = screens.reports().stationHeader();
            return screens.printouts().print(new DailyCloseReport(header, figures));
        } catch (RuntimeException e) {
            return Messages.get("cashui.close.notPrinted", Errors.sentence(e));
        }
    }

    /** Prints the last close's report again. */
    public void reprint() {
        DailyClose c = lastClose;
        if (c == null) {
            return;
        }
        screens.executor().run(p -> print(c), (String s) -> message.set(s), f -> error.set(Errors.sentence(f)));
    }

    /** A manager co-signs a close that was left waiting, with the name and password typed here. */
    public void cosign(DailyClose waiting) {
        String manager = Text.blankToNull(managerName.get());
        if (waiting == null) {
            return;
        }
        char[] password = managerPassword.get() == null ? new char[0] : managerPassword.get().toCharArray();
        managerPassword.set("");
        screens.executor().run(p -> {
            Countersignature m = manager == null ? null
                    : screens.staff().countersign(manager, password, Permission.CORRECTIONS);
            java.util.Arrays.fill(password, '\0');
            return screens.cash().cosign(waiting.id(), waiting.version(), m);
        }, (DailyClose done) -> {
            error.set("");
            message.set(Messages.get("cashui.close.cosigned", done.businessDate().toString(), done.managerName()));
            screens.changes().saved();
            load();
        }, f -> {
            message.set("");
            error.set(Errors.sentence(f));
        });
    }

    private void clearCount() {
        pieces.values().forEach(p -> p.set(""));
        total.set("");
        reason.set("");
        managerName.set("");
        managerPassword.set("");
    }

    public StringProperty piecesProperty(Denomination d) {
        return pieces.get(d);
    }

    public StringProperty totalProperty() {
        return total;
    }

    public StringProperty expectedProperty() {
        return expectedText;
    }

    public StringProperty countedProperty() {
        return countedText;
    }

    public StringProperty differenceProperty() {
        return differenceText;
    }

    public StringProperty thresholdProperty() {
        return thresholdText;
    }

    public BooleanProperty differsProperty() {
        return differs;
    }

    public BooleanProperty overThresholdProperty() {
        return overThreshold;
    }

    public BooleanProperty countedByPiecesProperty() {
        return countedByPieces;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty managerNameProperty() {
        return managerName;
    }

    public StringProperty managerPasswordProperty() {
        return managerPassword;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    /** Over the threshold and the person closing is not a manager: a manager signs too. */
    public BooleanProperty managerNeededProperty() {
        return managerNeeded;
    }

    /** The manager's name and password fields are shown: needed now, or for a close left waiting. */
    public BooleanProperty managerFieldsShownProperty() {
        return managerFieldsShown;
    }

    public StringProperty managerPromptProperty() {
        return managerPrompt;
    }

    /** A close was made here: its report can be printed again. */
    public BooleanProperty reprintableProperty() {
        return reprintable;
    }

    public StringProperty signedByProperty() {
        return signedBy;
    }

    public ObservableList<DailyClose> awaiting() {
        return awaiting;
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

    public DailyClose lastClose() {
        return lastClose;
    }
}
