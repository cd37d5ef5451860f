package org.skyroad.station.ui.cash;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.CashDrawer;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * The drawer now: the balance it should hold, today's movements, float in, float out and
 * expenses typed at the counter, and a wrong movement reversed with a reason (the drawer
 * refuses what a role may not do and says why).
 */
public final class CashDrawerViewModel {

    /** The movements the operator books by hand; the others come from orders, parcels and goods. */
    public static final List<CashMovementKind> COUNTER_KINDS =
            List.of(CashMovementKind.FLOAT_IN, CashMovementKind.FLOAT_OUT, CashMovementKind.EXPENSE);

    private final CashScreens screens;
    private final StringProperty balance = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final ObservableList<CashRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CashMovementKind> kind = new SimpleObjectProperty<>(CashMovementKind.FLOAT_IN);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<CashRow> selected = new SimpleObjectProperty<>();
    private final StringProperty reverseReason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Money expected = Money.ZERO;

    public CashDrawerViewModel(CashScreens screens) {
        this.screens = screens;
    }

    private record Loaded(Money expected, LocalDate day, List<CashRow> rows) {
    }

    /** Reads the balance and today's movements again. */
    public void load() {
        screens.executor().run(p -> read(), (Loaded l) -> {
            expected = l.expected();
            balance.set(CashText.money(l.expected()));
            day.set(Messages.get("cashui.drawer.today", l.day().toString()));
            rows.setAll(l.rows());
        }, f -> error.set(Errors.sentence(f)));
    }

    private Loaded read() {
        ZoneId zone = screens.zone();
        LocalDate today = screens.today();
        Money now = screens.cash().expectedBalance();
        List<CashMovement> moves = new ArrayList<>(screens.cash().movementsOn(today));
        moves.sort((a, b) -> Long.compare(b.seq(), a.seq()));
        Set<UUID> reversed = new HashSet<>();
        for (CashMovement m : moves) {
            if (m.reversesId() != null) {
                reversed.add(m.reversesId());
            }
        }
        Map<UUID, String> orderNumbers = new HashMap<>();
        List<CashRow> out = new ArrayList<>();
        for (CashMovement m : moves) {
            out.add(new CashRow(m, Text.dateTime(m.at(), zone).substring(11), CashText.kind(m.kind()),
                    CashText.signed(m.amount()), m.staffName(), m.reason() == null ? "" : m.reason(),
                    belongsTo(m, orderNumbers), reversed.contains(m.id())));
        }
        return new Loaded(now, today, out);
    }

    private String belongsTo(CashMovement m, Map<UUID, String> orderNumbers) {
        if (m.referenceEntity() == null || m.referenceId() == null) {
            return "";
        }
        if (CashDrawer.ORDER_ENTITY.equals(m.referenceEntity())) {
            String number = orderNumbers.computeIfAbsent(m.referenceId(), id -> {
                try {
                    return screens.orders().get(id).number();
                } catch (RuntimeException e) {
                    return id.toString().substring(0, 8);
                }
            });
            return Messages.get("cashui.ref.order", number);
        }
        String word = switch (m.referenceEntity()) {
            case "parcel_handover", "parcel_dropoff", "parcel", "settlement" -> Messages.get("cashui.ref." + m.referenceEntity());
            default -> m.referenceEntity();
        };
        return word + " " + m.referenceId().toString().substring(0, 8);
    }

    /** Books the typed float in, float out or expense. */
    public void save() {
        CashMovementKind k = kind.get();
        Money value;
        try {
            value = CashText.parseOrNull(amount.get());
            if (value == null) {
                throw new InvalidInputException("error.cash.amountZero");
            }
        } catch (InvalidInputException e) {
            message.set("");
            error.set(e.getMessage());
            return;
        }
        String why = Text.blankToNull(reason.get());
        screens.executor().run(p -> screens.cash().record(k, value, why, null, null), (CashMovement m) -> {
            error.set("");
            message.set(Messages.get("cashui.drawer.saved", CashText.kind(m.kind()), CashText.signed(m.amount())));
            amount.set("");
            reason.set("");
            screens.changes().saved();
            load();
        }, f -> {
            message.set("");
            error.set(Errors.sentence(f));
        });
    }

    /** Reverses the selected movement with a correction of the opposite amount and the typed reason. */
    public void reverseSelected() {
        CashRow row = selected.get();
        if (row == null) {
            message.set("");
            error.set(Messages.get("cashui.drawer.chooseMovement"));
            return;
        }
        String why = Text.blankToNull(reverseReason.get());
        UUID id = row.movement().id();
        screens.executor().run(p -> screens.cash().reverse(id, why), (CashMovement m) -> {
            error.set("");
            message.set(Messages.get("cashui.drawer.reversed", row.kind(), CashText.signed(m.amount())));
            reverseReason.set("");
            screens.changes().saved();
            load();
        }, f -> {
            message.set("");
            error.set(Errors.sentence(f));
        });
    }

    public Money expected() {
        return expected;
    }

    public StringProperty balanceProperty() {
        return balance;
    }

    public StringProperty dayProperty() {
        return day;
    }

    public ObservableList<CashRow> rows() {
        return rows;
    }

    public ObjectProperty<CashMovementKind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<CashRow> selectedProperty() {
        return selected;
    }

    public StringProperty reverseReasonProperty() {
        return reverseReason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
