package org.skyroad.station.report;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.Breakdown;
import org.skyroad.station.domain.report.CarrierReturnList;
import org.skyroad.station.domain.report.DailyCloseReport;
import org.skyroad.station.domain.report.DailyFigures;
import org.skyroad.station.domain.report.HandoverRecord;
import org.skyroad.station.domain.report.LotLabelPrint;
import org.skyroad.station.domain.report.OrderReceipt;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PickupSlip;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.ProducerSettlement;
import org.skyroad.station.domain.report.RunSheet;
import org.skyroad.station.domain.report.VillageNoticeList;

/**
 * Lays a document out as rows the three document templates (A4, 80 mm, 58 mm) print by kind:
 * TITLE, SUB, FIELD (label and value), BIG (a pickup code), CODE (a lot code), HEAD and ITEM
 * (a table of up to four columns; on a roll the first column takes its own line), TOTAL, NOTE,
 * SIGN (a line to sign on), IMAGE (a QR code or a signature), RULE and SPACE.
 */
final class DocumentLayout {

    private final List<Map<String, ?>> rows = new ArrayList<>();
    private final ReportText t;
    private final Paper paper;
    private final ZoneId zone;

    private DocumentLayout(ReportText t, Paper paper, ZoneId zone) {
        this.t = t;
        this.paper = paper;
        this.zone = zone;
    }

    static DocumentLayout of(PrintableDocument doc, Paper paper, ReportText t, Clock clock) {
        DocumentLayout l = new DocumentLayout(t, paper, doc.station().zone());
        if (doc instanceof OrderReceipt d) {
            l.orderReceipt(d);
        } else if (doc instanceof PickupSlip d) {
            l.pickupSlip(d);
        } else if (doc instanceof HandoverRecord d) {
            l.handover(d);
        } else if (doc instanceof VillageNoticeList d) {
            l.notice(d);
        } else if (doc instanceof RunSheet d) {
            l.runSheet(d);
        } else if (doc instanceof DailyCloseReport d) {
            l.dailyClose(d);
        } else if (doc instanceof ProducerSettlement d) {
            l.settlement(d);
        } else if (doc instanceof LotLabelPrint d) {
            l.lotLabel(d);
        } else if (doc instanceof CarrierReturnList d) {
            l.carrierReturn(d);
        }
        l.add("SPACE");
        l.add("SUB", t.t("report.doc.printed", t.dateTime(clock.instant(), l.zone)));
        return l;
    }

    List<Map<String, ?>> rows() {
        return rows;
    }

    // ------------------------------------------------------------------ documents

    private void orderReceipt(OrderReceipt d) {
        add("TITLE", t.t("report.doc.orderReceipt"));
        field("report.doc.orderNumber", d.orderNumber());
        field("report.doc.date", t.dateTime(d.at(), zone));
        field("report.doc.customer", d.customerName());
        field("report.doc.phone", d.customerPhone());
        field("report.doc.village", d.village());
        add("RULE");
        add("HEAD", t.t("report.doc.item"), t.t("report.doc.quantity"), t.t("report.doc.unitPrice"),
                t.t("report.doc.amount"));
        for (OrderReceipt.Line line : d.lines()) {
            add("ITEM", t.named("report.platform", line.platform()) + " · " + line.item(),
                    "× " + line.quantity(), t.money(line.unitPrice()), t.money(line.amount()));
        }
        add("RULE");
        total("report.doc.goods", d.goods());
        total("report.doc.shipping", d.shipping());
        total("report.doc.serviceFee", d.serviceFee());
        add("TOTAL", t.t("report.doc.total"), t.yuan(d.total()));
        total("report.doc.paid", d.paid());
        total("report.doc.balanceDue", d.balanceDue());
        note(d.note());
        add("SIGN", t.t("report.doc.customerSignature"));
        field("report.doc.operator", d.operator());
        note(t.t("report.doc.orderReceipt.keep"));
    }

    private void pickupSlip(PickupSlip d) {
        add("TITLE", t.t("report.doc.pickupSlip"));
        add("SUB", t.t("report.doc.pickupCode"));
        add("BIG", d.pickupCode());
        field("report.doc.slot", d.slot());
        field("report.doc.tracking", d.trackingNumber());
        field("report.doc.carrier", d.carrier());
        field("report.doc.recipient", d.recipientMasked());
        field("report.doc.phone", d.phoneMasked());
        field("report.doc.village", d.village());
        field("report.doc.received", t.dateTime(d.receivedAt(), zone));
        if (d.cashOnDelivery() != null && d.cashOnDelivery().fen() > 0) {
            add("TOTAL", t.t("report.doc.cod"), t.yuan(d.cashOnDelivery()));
        }
        note(d.note());
        note(t.t("report.doc.pickupSlip.how"));
    }

    private void handover(HandoverRecord d) {
        add("TITLE", t.t("report.doc.handover"));
        field("report.doc.reference", d.reference());
        field("report.doc.date", t.dateTime(d.at(), zone));
        field("report.doc.collector", d.collector());
        field("report.doc.proxy", d.proxyName());
        add("RULE");
        add("HEAD", t.t("report.doc.tracking"), t.t("report.doc.slot"), t.t("report.doc.cod"), t.t("report.doc.fee"));
        for (HandoverRecord.Line line : d.lines()) {
            add("ITEM", line.trackingNumber() + (line.carrier() == null ? "" : "  " + line.carrier()), line.slot(),
                    t.money(orZero(line.cashOnDelivery())), t.money(orZero(line.storageFee())));
        }
        add("RULE");
        field("report.doc.parcelCount", t.count(d.lines().size()));
        total("report.doc.codTotal", d.codTotal());
        total("report.doc.feeTotal", d.storageFeeTotal());
        add("TOTAL", t.t("report.doc.cashTotal"), t.yuan(d.codTotal().plus(d.storageFeeTotal())));
        BufferedImage signature = QrCodes.image(d.signaturePng());
        if (signature != null) {
            add("SUB", t.t("report.doc.signedBy"));
            image(signature);
        } else {
            add("SIGN", t.t("report.doc.collectorSignature"));
        }
        field("report.doc.operator", d.staffName());
    }

    private void notice(VillageNoticeList d) {
        add("TITLE", t.t("report.doc.notice", d.station().name()));
        add("SUB", d.village() + "  ·  " + t.date(d.date()));
        note(t.t("report.doc.notice.intro", d.lines().size()));
        add("HEAD", t.t("report.doc.recipient"), t.t("report.doc.phone"), t.t("report.doc.pickupCode"),
                t.t("report.doc.received"));
        for (VillageNoticeList.Line line : d.lines()) {
            add("ITEM", line.nameMasked(), line.phoneMasked(), line.pickupCode(), t.date(line.receivedOn()));
        }
        add("RULE");
        field("report.doc.parcelCount", t.count(d.lines().size()));
        note(t.t("report.doc.notice.how"));
    }

    private void runSheet(RunSheet d) {
        add("TITLE", t.t("report.doc.runSheet"));
        field("report.doc.date", t.date(d.runDate()));
        field("report.doc.destination", d.destination());
        field("report.doc.driver", d.driver());
        add("RULE");
        add("HEAD", t.t("report.doc.parcelAndRecipient"), t.t("report.doc.slot"), t.t("report.doc.cod"),
                t.t("report.doc.outcomeSignature"));
        int n = 1;
        for (RunSheet.Line line : d.lines()) {
            String who = join(line.recipient(), line.phone(), line.village());
            add("ITEM", (n++) + ". " + line.trackingNumber() + (who.isEmpty() ? "" : "\n" + who), line.slot(),
                    line.cashOnDelivery() == null ? "" : t.money(line.cashOnDelivery()), "□ ✓   □ ✗   ________");
        }
        add("RULE");
        field("report.doc.parcelCount", t.count(d.lines().size()));
        add("TOTAL", t.t("report.doc.codTotal"), t.yuan(d.codTotal()));
        add("SIGN", t.t("report.doc.driverSignature"));
        add("SIGN", t.t("report.doc.stationSignature"));
    }

    private void carrierReturn(CarrierReturnList d) {
        add("TITLE", t.t("report.doc.carrierReturn"));
        field("report.doc.carrier", d.carrier());
        field("report.doc.date", t.dateTime(d.at(), zone));
        add("RULE");
        add("HEAD", t.t("report.doc.tracking"), t.t("report.doc.recipient"), t.t("report.doc.received"),
                t.t("report.doc.slot"));
        int n = 1;
        for (CarrierReturnList.Line line : d.lines()) {
            add("ITEM", (n++) + ". " + line.trackingNumber(), line.recipientMasked(),
                    line.receivedOn() == null ? "" : t.date(line.receivedOn()), line.slot());
        }
        add("RULE");
        field("report.doc.parcelCount", t.count(d.lines().size()));
        add("SIGN", t.t("report.doc.courierSignature"));
        field("report.doc.operator", d.staffName());
    }

    private void dailyClose(DailyCloseReport d) {
        DailyFigures f = d.figures();
        add("TITLE", t.t("report.doc.dailyClose"));
        add("SUB", d.station().name() + "  ·  " + t.date(f.day()));
        add("HEAD", t.t("report.section.parcels"), "", "", t.t("report.col.count"));
        item("report.row.parcelsReceived", t.count(f.parcelsReceived()));
        item("report.row.parcelsPickedUp", t.count(f.parcelsPickedUp()));
        item("report.row.parcelsDelivered", t.count(f.parcelsDelivered()));
        item("report.row.parcelsReturned", t.count(f.parcelsReturned()));
        add("HEAD", t.t("report.section.orders"), "", "", "");
        item("report.row.orders", t.count(f.orders()));
        item("report.row.orderValue", t.money(f.orderValue()));
        item("report.row.serviceFees", t.money(f.serviceFees()));
        if (!f.cashAvailable()) {
            add("HEAD", t.t("report.section.cash"), "", "", "");
            note(t.t("report.notRecorded"));
        } else {
            add("HEAD", t.t("report.doc.cashIn"), "", "", t.t("report.col.value"));
            for (Breakdown b : f.cashIn()) {
                add("ITEM", t.named("report.cash", b.key()) + " (" + b.count() + ")", "", "", t.money(b.value()));
            }
            add("TOTAL", t.t("report.doc.cashIn"), t.money(f.totalIn()));
            add("HEAD", t.t("report.doc.cashOut"), "", "", t.t("report.col.value"));
            for (Breakdown b : f.cashOut()) {
                add("ITEM", t.named("report.cash", b.key()) + " (" + b.count() + ")", "", "", t.money(b.value()));
            }
            add("TOTAL", t.t("report.doc.cashOut"), t.money(f.totalOut()));
            add("RULE");
            total("report.doc.opening", f.opening());
            total("report.doc.expected", f.expected());
            if (f.counted() != null) {
                total("report.doc.counted", f.counted());
                add("TOTAL", t.t("report.doc.difference"), t.change(f.difference()));
                field("report.doc.closedBy", f.closedBy());
                field("report.doc.closedAt", t.dateTime(f.closedAt(), zone));
            } else {
                note(t.t("report.doc.notClosed"));
            }
            note(f.closeNote());
        }
        add("SIGN", t.t("report.doc.operatorSignature"));
        add("SIGN", t.t("report.doc.managerSignature"));
    }

    private void settlement(ProducerSettlement d) {
        add("TITLE", t.t("report.doc.settlement"));
        field("report.doc.reference", d.reference());
        field("report.doc.date", t.dateTime(d.at(), zone));
        field("report.doc.producer", d.producer());
        field("report.doc.village", d.village());
        field("report.doc.period", t.date(d.from()) + " – " + t.date(d.to()));
        add("RULE");
        add("HEAD", t.t("report.doc.lotProduct"), t.t("report.doc.quantity"), t.t("report.doc.sales"),
                t.t("report.doc.commission"));
        for (ProducerSettlement.Line line : d.lines()) {
            add("ITEM", line.lotCode() + "\n" + line.product(), line.quantity(), t.money(line.sales()),
                    t.money(line.commission()));
        }
        add("RULE");
        total("report.doc.sales", d.sales());
        total("report.doc.commission", d.commission());
        total("report.doc.net", d.net());
        add("TOTAL", t.t("report.doc.paid"), t.yuan(d.paid()));
        add("SIGN", t.t("report.doc.producerSignature"));
        field("report.doc.operator", d.staffName());
    }

    private void lotLabel(LotLabelPrint d) {
        add("TITLE", d.product());
        add("CODE", d.lotCode());
        BufferedImage qr = QrCodes.image(d.qrPng());
        image(qr != null ? qr : QrCodes.qr(d.qrContent(), 600));
        field("report.doc.grade", d.grade());
        field("report.doc.quantity", d.quantity());
        field("report.doc.producer", d.producer());
        field("report.doc.village", d.village());
        field("report.doc.producedOn", t.date(d.producedOn()));
        if (d.bestBefore() != null) {
            field("report.doc.bestBefore", t.date(d.bestBefore()));
        }
        if (d.coldChain()) {
            note(t.t("report.doc.coldChain"));
        }
        add("SUB", d.station().name() + " · " + d.station().code());
    }

    // ------------------------------------------------------------------ rows

    private void field(String key, String value) {
        if (value != null && !value.isBlank()) {
            add("FIELD", t.t(key), value);
        }
    }

    private void item(String key, String value) {
        add("ITEM", t.t(key), "", "", value);
    }

    private void total(String key, Money value) {
        add("FIELD", t.t(key), t.money(value));
    }

    private void note(String text) {
        if (text != null && !text.isBlank()) {
            add("NOTE", text);
        }
    }

    private void image(BufferedImage image) {
        Map<String, Object> m = row("IMAGE");
        m.put("image", image);
        rows.add(m);
    }

    private void add(String kind, String... cells) {
        Map<String, Object> m = row(kind);
        String[] names = {"a", "b", "c", "d"};
        for (int i = 0; i < cells.length && i < names.length; i++) {
            m.put(names[i], cells[i] == null ? "" : cells[i]);
        }
        rows.add(m);
    }

    private Map<String, Object> row(String kind) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("paper", paper.name());
        for (String n : new String[] {"a", "b", "c", "d"}) {
            m.put(n, "");
        }
        return m;
    }

    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append("  ");
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }
}
