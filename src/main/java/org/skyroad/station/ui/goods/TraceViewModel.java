package org.skyroad.station.ui.goods;

import java.time.ZoneId;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotTrace;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;

/**
 * The trace of a lot: a code typed or scanned (the label's QR text too) shows its producer,
 * intake, grade and standard, the lots it came from and was made into, and every sale,
 * shipment, receipt, loss, settlement and payout of all of them in time order.
 */
public final class TraceViewModel {

    private final GoodsScreens screens;
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<LotTrace> trace = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty origin = new SimpleStringProperty("");
    private final StringProperty family = new SimpleStringProperty("");
    private final ObservableList<TraceEvent> events = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private ZoneId zone = org.skyroad.station.domain.station.Station.DEFAULT_ZONE;

    public TraceViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    /** Enter in the code field. */
    public void trace() {
        String typed = code.get() == null ? "" : code.get().strip();
        error.set("");
        if (typed.isEmpty()) {
            return;
        }
        screens.executor().run(p -> {
            zone = screens.zone();
            return screens.desk().trace(LotCode.parse(typed));
        }, t -> {
            code.set("");
            show(t);
        }, f -> error.set(Errors.sentence(f)));
    }

    private void show(LotTrace t) {
        trace.set(t);
        Lot l = t.lot();
        String grade = "";
        if (l.grade() != null) {
            Grade g = t.product() == null ? null : t.product().grade(l.grade()).orElse(null);
            grade = Messages.get("goodsui.trace.grade", l.grade(), g == null || g.standard() == null ? "" : g.standard());
        }
        summary.set(GoodsFormat.product(t.product()) + (grade.isEmpty() ? "" : "  · " + grade));
        origin.set(Messages.get("goodsui.trace.origin", t.producer() == null ? "" : t.producer().name(),
                t.village() == null ? "" : t.village(), GoodsFormat.date(l.producedOn()),
                GoodsFormat.quantity(l.received()), GoodsFormat.quantity(l.onHand()),
                l.bestBefore() == null ? "—" : GoodsFormat.date(l.bestBefore()), GoodsFormat.enumText("terms", l.terms()),
                GoodsFormat.money(l.unitPrice())));
        String from = t.sources().stream().map(x -> x.code().value()).collect(Collectors.joining(", "));
        String into = t.derived().stream().map(x -> x.code().value()).collect(Collectors.joining(", "));
        family.set((from.isEmpty() ? "" : Messages.get("goodsui.trace.from", from)) + (from.isEmpty() || into.isEmpty() ? "" : "   ")
                + (into.isEmpty() ? "" : Messages.get("goodsui.trace.into", into)));
        events.setAll(t.events());
    }

    public ZoneId zone() {
        return zone;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<LotTrace> traceProperty() {
        return trace;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty originProperty() {
        return origin;
    }

    public StringProperty familyProperty() {
        return family;
    }

    public ObservableList<TraceEvent> events() {
        return events;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
