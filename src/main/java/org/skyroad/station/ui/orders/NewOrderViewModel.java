package org.skyroad.station.ui.orders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.order.ServiceFeeRule;
import org.skyroad.station.domain.report.OrderReceipt;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * A new order at the counter, keyboard first: find the villager (phone tail or name; one hit
 * is chosen at once), type lines (an item name completes from the catalog; picking one fills
 * platform, link and usual price), shipping; the station's fee follows its rule (a manager
 * may set another, with a reason), the total and what is paid now (the total unless a deposit
 * is typed). Saving takes the cash, prints the receipt and leaves the form empty for the next
 * order.
 */
public final class NewOrderViewModel {

    public static final Duration SUGGEST_DEBOUNCE = Duration.ofMillis(120);
    static final int VILLAGER_MATCHES = 20;
    static final int SUGGESTIONS = 8;

    /** What Enter on the item did: took a catalog item, kept the text typed, or nothing (no text). */
    public enum ItemEnter { PICKED, FREE_FORM, NOTHING }

    /** What a save did: the order, and the sentence of the printing. */
    public record Saved(Order order, String printed) {
    }

    private final OrderScreens screens;
    private final StringProperty villagerQuery = new SimpleStringProperty("");
    private final ObservableList<VillagerMatch> villagerMatches = FXCollections.observableArrayList();
    private final ObjectProperty<Villager> villager = new SimpleObjectProperty<>();
    private final StringProperty villagerText = new SimpleStringProperty("");
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.TAOBAO);
    private final StringProperty item = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty unitPrice = new SimpleStringProperty("");
    private final ObservableList<CatalogItem> suggestions = FXCollections.observableArrayList();
    private final ObservableList<OrderLineRow> lines = FXCollections.observableArrayList();
    private final StringProperty shipping = new SimpleStringProperty("");
    private final StringProperty fee = new SimpleStringProperty("");
    private final StringProperty feeReason = new SimpleStringProperty("");
    private final StringProperty payment = new SimpleStringProperty("");
    private final StringProperty goodsText = new SimpleStringProperty("");
    private final StringProperty feeRuleText = new SimpleStringProperty("");
    private final StringProperty totalText = new SimpleStringProperty("");
    private final StringProperty balanceText = new SimpleStringProperty("");
    private final BooleanProperty feeEditable = new SimpleBooleanProperty(false);
    private final BooleanProperty feeOverridden = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final List<Order> savedOrders = new ArrayList<>();
    private ServiceFeeRule rule = ServiceFeeRule.DEFAULT;
    private CatalogItem picked;
    private ItemCategory category = ItemCategory.OTHER;
    private boolean paymentTouched;
    private boolean feeTouched;
    private boolean filling;
    private long asked;
    private long suggestAsked;
    private String suggestedFor;
    private TaskExecutor.Handle pendingSuggest = TaskExecutor.Handle.DONE;
    private Runnable onSaved = () -> { };
    private Runnable onVillagerChosen = () -> { };

    public NewOrderViewModel(OrderScreens screens) {
        this.screens = screens;
        item.addListener((obs, old, now) -> itemTyped(now));
        shipping.addListener((obs, old, now) -> recompute());
        fee.addListener((obs, old, now) -> {
            if (!filling) {
                feeTouched = true;
                recompute();
            }
        });
        payment.addListener((obs, old, now) -> {
            if (!filling) {
                paymentTouched = true;
                recompute();
            }
        });
        recompute();
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    public void setOnVillagerChosen(Runnable onChosen) {
        this.onVillagerChosen = onChosen == null ? () -> { } : onChosen;
    }

    // ------------------------------------------------------------------ start

    /** An empty form; {@code villagerId} already chosen (from the counter) or null. */
    public void startNew(UUID villagerId) {
        clearForm();
        message.set("");
        feeEditable.set(screens.mayEditFee());
        busy.set(true);
        screens.executor().run(p -> new Start(screens.desk().settings().feeRule(),
                villagerId == null ? null : screens.villagers().get(villagerId)), (Start s) -> {
            busy.set(false);
            rule = s.rule();
            if (s.villager() != null) {
                setVillager(s.villager());
            }
            recompute();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    private record Start(ServiceFeeRule rule, Villager villager) {
    }

    private void clearForm() {
        villagerQuery.set("");
        villagerMatches.clear();
        villager.set(null);
        villagerText.set("");
        lines.clear();
        clearEditor();
        filling = true;
        shipping.set("");
        fee.set("");
        feeReason.set("");
        payment.set("");
        filling = false;
        feeTouched = false;
        paymentTouched = false;
        error.set("");
        recompute();
    }

    private void clearEditor() {
        picked = null;
        category = ItemCategory.OTHER;
        pendingSuggest.cancel();
        suggestedFor = null;
        item.set("");
        link.set("");
        quantity.set("1");
        unitPrice.set("");
        suggestions.clear();
    }

    // ------------------------------------------------------------------ villager

    /** Enter in the villager field: one match is chosen at once, several are listed. */
    public void findVillager() {
        String text = villagerQuery.get() == null ? "" : villagerQuery.get().strip();
        if (text.isEmpty()) {
            return;
        }
        long question = ++asked;
        busy.set(true);
        screens.executor().run(p -> screens.villagers().find(text, VILLAGER_MATCHES), (List<VillagerMatch> found) -> {
            if (question != asked) {
                return;
            }
            busy.set(false);
            villagerMatches.setAll(found);
            if (found.isEmpty()) {
                error.set(Messages.get("ordersui.new.noVillagerFound", text));
            } else if (found.size() == 1) {
                choose(found.get(0));
            } else {
                error.set("");
            }
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    public void choose(VillagerMatch m) {
        if (m != null) {
            villagerMatches.clear();
            setVillager(m.villager());
            onVillagerChosen.run();
        }
    }

    private void setVillager(Villager v) {
        villager.set(v);
        villagerText.set(v.name().value() + (v.phone() == null ? "" : "  ·  " + v.phone().digits()));
        error.set("");
    }

    // ------------------------------------------------------------------ lines

    private void itemTyped(String text) {
        if (filling) {
            return;
        }
        if (picked != null && !picked.name().equals(text)) {
            picked = null;
            category = ItemCategory.OTHER;
        }
        pendingSuggest.cancel();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || picked != null) {
            suggestions.clear();
            suggestedFor = null;
            return;
        }
        pendingSuggest = screens.executor().later(SUGGEST_DEBOUNCE, () -> suggest(t));
    }

    /**
     * Enter on the item: the first catalog item for exactly what is typed is taken. The
     * suggestions shown may belong to fewer letters (the search waits for a pause in typing),
     * so without suggestions for this text the catalog is asked now and the answer decides.
     */
    public void itemEnter(java.util.function.Consumer<ItemEnter> then) {
        String t = item.get() == null ? "" : item.get().strip();
        if (t.isEmpty()) {
            then.accept(ItemEnter.NOTHING);
            return;
        }
        if (picked != null) {
            then.accept(ItemEnter.FREE_FORM);
            return;
        }
        if (!suggestions.isEmpty() && t.equals(suggestedFor)) {
            pick(suggestions.get(0));
            then.accept(ItemEnter.PICKED);
            return;
        }
        pendingSuggest.cancel();
        long question = ++suggestAsked;
        screens.executor().run(p -> screens.catalog().search(t, SUGGESTIONS), (List<CatalogItem> found) -> {
            String now = item.get() == null ? "" : item.get().strip();
            if (question != suggestAsked || !now.equals(t)) {
                return;
            }
            if (found.isEmpty()) {
                suggestions.clear();
                suggestedFor = null;
                then.accept(ItemEnter.FREE_FORM);
            } else {
                pick(found.get(0));
                then.accept(ItemEnter.PICKED);
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    private void suggest(String text) {
        long question = ++suggestAsked;
        screens.executor().run(p -> screens.catalog().search(text, SUGGESTIONS), (List<CatalogItem> found) -> {
            String now = item.get() == null ? "" : item.get().strip();
            if (question == suggestAsked && now.equals(text) && picked == null) {
                suggestions.setAll(found);
                suggestedFor = text;
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    /** A catalog item chosen: platform, name, link and usual price are filled; quantity one. */
    public void pick(CatalogItem c) {
        if (c == null) {
            return;
        }
        filling = true;
        picked = c;
        category = c.category();
        platform.set(c.platform());
        item.set(c.name());
        filling = false;
        link.set(c.link() == null ? "" : c.link());
        quantity.set("1");
        unitPrice.set(c.usualPrice().fen() > 0 ? c.usualPrice().toString() : "");
        suggestions.clear();
        suggestedFor = null;
    }

    /** True when the line being typed has a price: Enter on the quantity can add it at once. */
    public boolean linePriced() {
        try {
            return OrderWords.amount(unitPrice.get()).fen() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean lineStarted() {
        return item.get() != null && !item.get().isBlank();
    }

    /** Adds the line being typed; false (with the sentence shown) when something in it is wrong. */
    public boolean addLine() {
        try {
            OrderDraft.Line l = new OrderDraft.Line(platform.get(), item.get(), blankToNull(link.get()),
                    OrderWords.quantity(quantity.get()), OrderWords.amount(unitPrice.get()), category,
                    picked == null ? null : picked.id());
            l.toLine(lines.size() + 1);
            lines.add(new OrderLineRow(l));
            clearEditor();
            error.set("");
            recompute();
            return true;
        } catch (InvalidInputException e) {
            error.set(Errors.sentence(e));
            return false;
        }
    }

    public void removeLine(OrderLineRow row) {
        if (row != null && lines.remove(row)) {
            recompute();
        }
    }

    // ------------------------------------------------------------------ money

    private void recompute() {
        Money goods = Money.ZERO;
        for (OrderLineRow r : lines) {
            goods = goods.plus(r.line().unitPrice().times(r.line().quantity()));
        }
        goodsText.set(OrderWords.money(goods));
        Money byRule = rule.feeFor(goods, lines.size());
        feeRuleText.set(Messages.get("ordersui.new.feeByRule", OrderWords.money(byRule)));
        Money chargedFee = byRule;
        boolean override = false;
        if (feeEditable.get() && feeTouched) {
            Money typed = tryAmount(fee.get());
            if (typed != null && !typed.equals(byRule)) {
                chargedFee = typed;
                override = true;
            }
        } else {
            filling = true;
            fee.set(byRule.toString());
            filling = false;
        }
        feeOverridden.set(override);
        Money ship = tryAmount(shipping.get());
        Money total = goods.plus(ship == null ? Money.ZERO : ship).plus(chargedFee);
        totalText.set(OrderWords.money(total));
        if (!paymentTouched) {
            filling = true;
            payment.set(total.fen() == 0 ? "" : total.toString());
            filling = false;
        }
        Money paid = tryAmount(payment.get());
        Money balance = paid == null ? total : total.minus(paid);
        balanceText.set(balance.fen() == 0 ? Messages.get("ordersui.new.paidInFull")
                : balance.isNegative() ? Messages.get("ordersui.new.overpaid", OrderWords.money(Money.ZERO.minus(balance)))
                : Messages.get("ordersui.new.deposit", OrderWords.money(balance)));
    }

    private static Money tryAmount(String text) {
        try {
            return OrderWords.amount(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------ save

    /** The order as typed; a line still in the editor is added first. Null (sentence shown) when not ready. */
    OrderDraft draft() {
        if (lineStarted() && !addLine()) {
            return null;
        }
        if (villager.get() == null) {
            error.set(Messages.get("ordersui.new.noVillager"));
            return null;
        }
        if (lines.isEmpty()) {
            error.set(Messages.get("ordersui.new.noLines"));
            return null;
        }
        try {
            OrderDraft d = OrderDraft.of(villager.get().id(), lines.stream().map(OrderLineRow::line).toList(),
                    OrderWords.amount(shipping.get()));
            if (feeOverridden.get()) {
                d = d.withFee(OrderWords.amount(fee.get()), feeReason.get());
            }
            return d;
        } catch (InvalidInputException e) {
            error.set(Errors.sentence(e));
            return null;
        }
    }

    /** Saves the order, takes what is paid now, prints the receipt and empties the form. */
    public void save() {
        if (busy.get()) {
            return;
        }
        OrderDraft d = draft();
        if (d == null) {
            return;
        }
        Money pay;
        try {
            pay = OrderWords.amount(payment.get());
        } catch (InvalidInputException e) {
            error.set(Errors.sentence(e));
            return;
        }
        String who = villager.get().name().value();
        busy.set(true);
        screens.executor().run(p -> {
            Order o = pay.fen() > 0 ? screens.desk().createAndPay(d, pay) : screens.desk().create(d);
            String printed;
            try {
                OrderReceipt receipt = OrderReceipts.of(screens, o);
                printed = screens.printouts().print(receipt);
            } catch (RuntimeException e) {
                printed = Errors.sentence(e);
            }
            return new Saved(o, printed);
        }, (Saved s) -> {
            busy.set(false);
            savedOrders.add(s.order());
            screens.changes().saved();
            clearForm();
            Order o = s.order();
            String done = o.paid().fen() == 0
                    ? Messages.get("ordersui.new.savedDraft", o.number(), who, OrderWords.money(o.total()))
                    : Messages.get("ordersui.new.saved", o.number(), who, OrderWords.money(o.total()),
                    OrderWords.money(o.paid()), OrderWords.money(o.balanceDue()));
            message.set(done + (s.printed() == null || s.printed().isBlank() ? "" : "\n" + s.printed()));
            onSaved.run();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Orders saved from this form since it opened, oldest first. */
    public List<Order> savedOrders() {
        return List.copyOf(savedOrders);
    }

    // ------------------------------------------------------------------ properties

    public StringProperty villagerQueryProperty() {
        return villagerQuery;
    }

    public ObservableList<VillagerMatch> villagerMatches() {
        return villagerMatches;
    }

    public ObjectProperty<Villager> villagerProperty() {
        return villager;
    }

    public StringProperty villagerTextProperty() {
        return villagerText;
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty itemProperty() {
        return item;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    public ObservableList<CatalogItem> suggestions() {
        return suggestions;
    }

    public ObservableList<OrderLineRow> lines() {
        return lines;
    }

    public StringProperty shippingProperty() {
        return shipping;
    }

    public StringProperty feeProperty() {
        return fee;
    }

    public StringProperty feeReasonProperty() {
        return feeReason;
    }

    public StringProperty paymentProperty() {
        return payment;
    }

    public StringProperty goodsTextProperty() {
        return goodsText;
    }

    public StringProperty feeRuleTextProperty() {
        return feeRuleText;
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    public StringProperty balanceTextProperty() {
        return balanceText;
    }

    public BooleanProperty feeEditableProperty() {
        return feeEditable;
    }

    public BooleanProperty feeOverriddenProperty() {
        return feeOverridden;
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
}
