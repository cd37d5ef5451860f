package org.skyroad.station.ui.goods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotTrace;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.ReceiptSource;
import org.skyroad.station.domain.goods.SaleLine;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.ConsignmentDesk.SaleResult;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * Sale and dispatch. The buyer (a platform order with its number, a wholesaler, the county
 * center, a livestream campaign with its tag); lots added by scanning their codes, each with
 * the quantity typed before the scan (blank: all of it in stock) and the price (blank: the
 * lot's own); the sale; then shipments with carrier and tracking number, whole or partial; and
 * the buyer's confirmation of receipt. A sale made earlier is opened again by one of its lots' codes.
 */
public final class SaleViewModel {

    /** A lot on the sale being put together. */
    public record Draft(Lot lot, Product product, Quantity quantity, Money unitPrice) {
        public Money amount() {
            return quantity.priceAt(unitPrice == null ? lot.unitPrice() : unitPrice);
        }
    }

    /** A line of the sale made, with its lot code and product for the table. */
    public record Line(SaleLine line, String lotCode, String product) {
    }

    /** A shipment of the open sale and whether the buyer confirmed receipt. */
    public record ShipmentRow(UUID id, String carrierTracking, String lots, boolean received) {
    }

    private final GoodsScreens screens;
    private final ObjectProperty<BuyerKind> buyerKind = new SimpleObjectProperty<>(BuyerKind.PLATFORM_ORDER);
    private final StringProperty buyerName = new SimpleStringProperty("");
    private final StringProperty buyerReference = new SimpleStringProperty("");
    private final StringProperty campaignTag = new SimpleStringProperty("");
    private final StringProperty scanQuantity = new SimpleStringProperty("");
    private final StringProperty scanPrice = new SimpleStringProperty("");
    private final StringProperty scan = new SimpleStringProperty("");
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final StringProperty draftTotal = new SimpleStringProperty("");
    private final ObjectProperty<SaleResult> sale = new SimpleObjectProperty<>();
    private final ObservableList<Line> saleLines = FXCollections.observableArrayList();
    private final ObservableList<ShipmentRow> shipments = FXCollections.observableArrayList();
    private final StringProperty carrier = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty shipQuantity = new SimpleStringProperty("");
    private final StringProperty openCode = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Map<UUID, String> lotCodes = new LinkedHashMap<>();
    private final Map<UUID, String> productNames = new LinkedHashMap<>();
    private Map<UUID, Product> products = Map.of();

    public SaleViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    public void load() {
        screens.executor().run(p -> screens.desk().products(), all -> products = all.stream()
                .collect(Collectors.toMap(Product::id, Function.identity())), f -> error.set(Errors.sentence(f)));
    }

    /** Enter in the scan field: the lot of the code goes on the sale with the quantity and price typed before. */
    public void addScanned() {
        String code = scan.get() == null ? "" : scan.get().strip();
        scan.set("");
        error.set("");
        if (code.isEmpty()) {
            return;
        }
        String typedQuantity = Text.blankToNull(scanQuantity.get());
        String typedPrice = Text.blankToNull(scanPrice.get());
        Money price;
        try {
            price = typedPrice == null ? null : Money.parse(typedPrice);
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        screens.executor().run(p -> screens.desk().lot(code), lot -> {
            try {
                Quantity q = typedQuantity == null ? lot.onHand() : Quantity.parse(typedQuantity, lot.unit());
                drafts.removeIf(d -> d.lot().id().equals(lot.id()));
                drafts.add(new Draft(lot, products.get(lot.productId()), q, price));
                scanQuantity.set("");
                scanPrice.set("");
                updateTotal();
                message.set(Messages.get("goodsui.sale.added", lot.code().value(), GoodsFormat.quantity(q)));
            } catch (InvalidInputException e) {
                error.set(e.getMessage());
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    public void remove(Draft d) {
        drafts.remove(d);
        updateTotal();
    }

    private void updateTotal() {
        Money total = drafts.stream().map(Draft::amount).reduce(Money.ZERO, Money::plus);
        draftTotal.set(drafts.isEmpty() ? "" : Messages.get("goodsui.sale.total", GoodsFormat.money(total)));
    }

    /** Makes the sale of the lots on it. */
    public void sell() {
        error.set("");
        if (drafts.isEmpty()) {
            error.set(Messages.get("error.sale.noLines"));
            return;
        }
        ConsignmentDesk.SaleRequest req = new ConsignmentDesk.SaleRequest(buyerKind.get(), buyerName.get(),
                Text.blankToNull(buyerReference.get()), Text.blankToNull(campaignTag.get()), null,
                drafts.stream().map(d -> new ConsignmentDesk.SaleItem(d.lot().id(), d.quantity(), d.unitPrice())).toList());
        busy.set(true);
        screens.executor().run(p -> screens.desk().sell(req), r -> {
            busy.set(false);
            for (Draft d : drafts) {
                lotCodes.put(d.lot().id(), d.lot().code().value());
                productNames.put(d.lot().id(), GoodsFormat.product(d.product()));
            }
            drafts.clear();
            updateTotal();
            show(r, List.of());
            message.set(Messages.get("goodsui.sale.sold", GoodsFormat.money(r.sale().total())));
            screens.changes().saved();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    private void show(SaleResult r, List<ShipmentRow> rows) {
        sale.set(r);
        List<Line> out = new ArrayList<>();
        for (SaleLine l : r.lines()) {
            out.add(new Line(l, lotCodes.getOrDefault(l.lotId(), ""), productNames.getOrDefault(l.lotId(), "")));
        }
        saleLines.setAll(out);
        shipments.setAll(rows);
    }

    /** Ships {@code line} (the quantity typed, or all still to ship), or with no line every line's rest. */
    public void ship(Line line) {
        error.set("");
        SaleResult r = sale.get();
        if (r == null) {
            error.set(Messages.get("goodsui.sale.noSale"));
            return;
        }
        List<ConsignmentDesk.ShipItem> items = new ArrayList<>();
        try {
            if (line != null) {
                String typed = Text.blankToNull(shipQuantity.get());
                Quantity q = typed == null ? line.line().toShip() : Quantity.parse(typed, line.line().quantity().unit());
                items.add(new ConsignmentDesk.ShipItem(line.line().id(), q));
            } else {
                for (Line l : saleLines) {
                    if (l.line().toShip().isPositive()) {
                        items.add(new ConsignmentDesk.ShipItem(l.line().id(), l.line().toShip()));
                    }
                }
            }
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        UUID saleId = r.sale().id();
        String c = carrier.get();
        String t = tracking.get();
        screens.executor().run(p -> {
            ConsignmentDesk.ShipmentResult s = screens.desk().ship(saleId, c, t, items);
            return new Object[] {s, screens.desk().sale(saleId)};
        }, o -> {
            ConsignmentDesk.ShipmentResult s = (ConsignmentDesk.ShipmentResult) o[0];
            List<ShipmentRow> rows = new ArrayList<>(shipments);
            rows.add(new ShipmentRow(s.shipment().id(), s.shipment().carrier() + " " + s.shipment().trackingNumber(),
                    s.lines().stream().map(l -> lotCodes.getOrDefault(l.lotId(), "")).distinct()
                            .collect(Collectors.joining(", ")), false));
            show((SaleResult) o[1], rows);
            tracking.set("");
            shipQuantity.set("");
            message.set(Messages.get("goodsui.sale.shipped", s.shipment().trackingNumber()));
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** The buyer confirmed receipt of {@code row}, told at the station. */
    public void confirmReceipt(ShipmentRow row) {
        error.set("");
        if (row == null) {
            error.set(Messages.get("goodsui.sale.chooseShipment"));
            return;
        }
        screens.executor().run(p -> screens.desk().confirmReceipt(row.id(), null, ReceiptSource.TYPED, null), s -> {
            shipments.replaceAll(x -> x.id().equals(row.id()) ? new ShipmentRow(x.id(), x.carrierTracking(), x.lots(), true) : x);
            message.set(Messages.get("goodsui.sale.received", s.trackingNumber()));
            screens.changes().saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Opens the latest sale of the lot whose code was typed or scanned, with its shipments. */
    public void open() {
        String code = openCode.get() == null ? "" : openCode.get().strip();
        error.set("");
        if (code.isEmpty()) {
            return;
        }
        screens.executor().run(p -> {
            LotTrace t = screens.desk().trace(LotCode.parse(code));
            UUID saleId = null;
            for (TraceEvent e : t.events()) {
                if (e.kind() == TraceEvent.Kind.SALE) {
                    saleId = e.refId();
                }
            }
            if (saleId == null) {
                return null;
            }
            SaleResult r = screens.desk().sale(saleId);
            Map<UUID, String> codes = new LinkedHashMap<>();
            Map<UUID, String> names = new LinkedHashMap<>();
            for (SaleLine l : r.lines()) {
                Lot lot = screens.desk().lot(l.lotId());
                codes.put(lot.id(), lot.code().value());
                names.put(lot.id(), GoodsFormat.product(products.get(lot.productId())));
            }
            Map<UUID, ShipmentRow> rows = new LinkedHashMap<>();
            for (SaleLine l : r.lines()) {
                LotTrace lt = screens.desk().trace(LotCode.parse(codes.get(l.lotId())));
                for (TraceEvent e : lt.events()) {
                    if (e.kind() == TraceEvent.Kind.SHIPMENT && e.lotCode().value().equals(codes.get(l.lotId()))) {
                        ShipmentRow was = rows.get(e.refId());
                        String lots = was == null ? e.lotCode().value() : was.lots() + ", " + e.lotCode().value();
                        rows.put(e.refId(), new ShipmentRow(e.refId(), e.detail().replace(" · ", " "), lots,
                                was != null && was.received()));
                    }
                    if (e.kind() == TraceEvent.Kind.RECEIPT && rows.containsKey(e.refId())) {
                        ShipmentRow was = rows.get(e.refId());
                        rows.put(e.refId(), new ShipmentRow(was.id(), was.carrierTracking(), was.lots(), true));
                    }
                }
            }
            return new Object[] {r, codes, names, List.copyOf(rows.values())};
        }, o -> {
            if (o == null) {
                error.set(Messages.get("goodsui.sale.notSold", code));
                return;
            }
            @SuppressWarnings("unchecked")
            Map<UUID, String> codes = (Map<UUID, String>) o[1];
            @SuppressWarnings("unchecked")
            Map<UUID, String> names = (Map<UUID, String>) o[2];
            @SuppressWarnings("unchecked")
            List<ShipmentRow> rows = (List<ShipmentRow>) o[3];
            lotCodes.putAll(codes);
            productNames.putAll(names);
            openCode.set("");
            show((SaleResult) o[0], rows);
            SaleResult r = (SaleResult) o[0];
            message.set(Messages.get("goodsui.sale.opened", r.sale().buyerName(), GoodsFormat.money(r.sale().total())));
        }, f -> error.set(Errors.sentence(f)));
    }

    public ObjectProperty<BuyerKind> buyerKindProperty() {
        return buyerKind;
    }

    public StringProperty buyerNameProperty() {
        return buyerName;
    }

    public StringProperty buyerReferenceProperty() {
        return buyerReference;
    }

    public StringProperty campaignTagProperty() {
        return campaignTag;
    }

    public StringProperty scanQuantityProperty() {
        return scanQuantity;
    }

    public StringProperty scanPriceProperty() {
        return scanPrice;
    }

    public StringProperty scanProperty() {
        return scan;
    }

    public ObservableList<Draft> drafts() {
        return drafts;
    }

    public StringProperty draftTotalProperty() {
        return draftTotal;
    }

    public ObjectProperty<SaleResult> saleProperty() {
        return sale;
    }

    public ObservableList<Line> saleLines() {
        return saleLines;
    }

    public ObservableList<ShipmentRow> shipments() {
        return shipments;
    }

    public StringProperty carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty shipQuantityProperty() {
        return shipQuantity;
    }

    public StringProperty openCodeProperty() {
        return openCode;
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
