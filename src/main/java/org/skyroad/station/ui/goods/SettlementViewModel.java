package org.skyroad.station.ui.goods;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.report.ProducerSettlement;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk.PreviewLine;
import org.skyroad.station.service.ConsignmentDesk.SettlementPreview;
import org.skyroad.station.service.ConsignmentDesk.SettlementStatement;
import org.skyroad.station.service.ConsignmentDesk.StatementLine;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * A producer's settlement (a manager's work): the producer and the period give the sold lines,
 * the commission, the deductions for losses they bear and the amount due; settling writes it
 * (a sold line is in one settlement only); paying it out in cash goes through the cash drawer,
 * a transfer is recorded with its reference; the statement prints for the producer to sign.
 */
public final class SettlementViewModel {

    private final GoodsScreens screens;
    private final StringProperty producerText = new SimpleStringProperty("");
    private final ObjectProperty<Producer> producer = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<SettlementPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<PreviewLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Settlement> settlements = FXCollections.observableArrayList();
    private final ObjectProperty<Settlement> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<PayoutMethod> method = new SimpleObjectProperty<>(PayoutMethod.CASH);
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Map<UUID, Product> products = Map.of();
    private ZoneId zone = org.skyroad.station.domain.station.Station.DEFAULT_ZONE;

    public SettlementViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    /** The catalog and zone for the lines; the period starts as this month so far. */
    public void load() {
        screens.executor().run(p -> new Object[] {screens.desk().today(), screens.desk().products(), screens.zone()}, r -> {
            LocalDate today = (LocalDate) r[0];
            @SuppressWarnings("unchecked")
            List<Product> all = (List<Product>) r[1];
            Map<UUID, Product> m = new HashMap<>();
            all.forEach(p -> m.put(p.id(), p));
            products = m;
            zone = (ZoneId) r[2];
            if (from.get().isEmpty()) {
                from.set(GoodsFormat.date(today.withDayOfMonth(1)));
                to.set(GoodsFormat.date(today));
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    public String productName(UUID productId) {
        return GoodsFormat.product(products.get(productId));
    }

    public ZoneId zone() {
        return zone;
    }

    /** Enter in the producer field: the first producer found is chosen, their settlements and the preview shown. */
    public void findProducer() {
        String typed = producerText.get() == null ? "" : producerText.get().strip();
        error.set("");
        if (typed.isEmpty()) {
            return;
        }
        screens.executor().run(p -> screens.desk().findProducers(typed, 5), found -> {
            if (found.isEmpty()) {
                error.set(Messages.get("goodsui.intake.noProducer", typed));
                return;
            }
            choose(found.get(0));
        }, f -> error.set(Errors.sentence(f)));
    }

    public void choose(Producer p) {
        producer.set(p);
        method.set(p.payoutMethod());
        reference.set("");
        refresh();
    }

    /** The preview of the period and the producer's settlements. */
    public void refresh() {
        Producer p = producer.get();
        if (p == null) {
            return;
        }
        LocalDate f;
        LocalDate t;
        try {
            f = GoodsFormat.parseDate(from.get());
            t = GoodsFormat.parseDate(to.get());
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        UUID id = p.id();
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        screens.executor().run(pr -> new Object[] {screens.desk().previewSettlement(id, f, t),
            screens.desk().settlementsOf(id, 50)}, r -> {
                SettlementPreview pv = (SettlementPreview) r[0];
                @SuppressWarnings("unchecked")
                List<Settlement> list = (List<Settlement>) r[1];
                preview.set(pv);
                lines.setAll(pv.lines());
                settlements.setAll(list);
                chosen.set(list.stream().filter(s -> s.id().equals(keep)).findFirst()
                        .orElse(list.stream().filter(s -> !s.isPaid()).findFirst().orElse(null)));
            }, fail -> error.set(Errors.sentence(fail)));
    }

    /** Writes the settlement of the period previewed. */
    public void settle() {
        SettlementPreview pv = preview.get();
        error.set("");
        if (pv == null || pv.isEmpty()) {
            error.set(Messages.get("goodsui.settle.nothing"));
            return;
        }
        busy.set(true);
        screens.executor().run(p -> screens.desk().settle(pv.producer().id(), pv.from(), pv.to()), s -> {
            busy.set(false);
            chosen.set(s);
            message.set(Messages.get("goodsui.settle.made", pv.producer().name(), GoodsFormat.money(s.due())));
            screens.changes().saved();
            refresh();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Pays the chosen settlement: cash out of the drawer, or a transfer with its reference. */
    public void pay() {
        Settlement s = chosen.get();
        error.set("");
        if (s == null) {
            error.set(Messages.get("goodsui.settle.choose"));
            return;
        }
        PayoutMethod m = method.get();
        String ref = Text.blankToNull(reference.get());
        busy.set(true);
        screens.executor().run(p -> screens.desk().pay(s.id(), m, ref), paid -> {
            busy.set(false);
            chosen.set(paid);
            message.set(Messages.get(m == PayoutMethod.CASH ? "goodsui.settle.paidCash" : "goodsui.settle.paidTransfer",
                    GoodsFormat.money(paid.due()), producer.get() == null ? "" : producer.get().name()));
            reference.set("");
            screens.changes().saved();
            refresh();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Prints the chosen settlement's statement for the producer to sign. */
    public void print() {
        Settlement s = chosen.get();
        error.set("");
        if (s == null) {
            error.set(Messages.get("goodsui.settle.choose"));
            return;
        }
        screens.executor().run(p -> screens.printouts().print(statement(screens, s.id())), message::set,
                f -> error.set(Errors.sentence(f)));
    }

    /** The printed statement of a settlement: each line's net is what it adds to the amount due. */
    static ProducerSettlement statement(GoodsScreens screens, UUID settlementId) {
        SettlementStatement st = screens.desk().statement(settlementId);
        List<ProducerSettlement.Line> out = new ArrayList<>();
        for (StatementLine l : st.lines()) {
            String product = l.product() == null ? "" : GoodsFormat.product(l.product());
            if (l.kind() != org.skyroad.station.domain.goods.SettlementLineKind.SALE) {
                product = product + " (" + GoodsFormat.enumText("lineKind", l.kind()) + ")";
            }
            out.add(new ProducerSettlement.Line(l.lotCode() == null ? "" : l.lotCode().value(), product,
                    GoodsFormat.quantity(l.quantity()), l.net().plus(l.commission()), l.commission()));
        }
        Settlement s = st.settlement();
        return new ProducerSettlement(screens.header(), s.id().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                s.paidAt() != null ? s.paidAt() : s.createdAt(), st.producer().name(), st.village(), s.periodFrom(),
                s.periodTo(), out, s.due(), screens.staffName());
    }

    public StringProperty producerTextProperty() {
        return producerText;
    }

    public ObjectProperty<Producer> producerProperty() {
        return producer;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObjectProperty<SettlementPreview> previewProperty() {
        return preview;
    }

    public ObservableList<PreviewLine> lines() {
        return lines;
    }

    public ObservableList<Settlement> settlements() {
        return settlements;
    }

    public ObjectProperty<Settlement> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<PayoutMethod> methodProperty() {
        return method;
    }

    public StringProperty referenceProperty() {
        return reference;
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
