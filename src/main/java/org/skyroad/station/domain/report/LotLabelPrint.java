package org.skyroad.station.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skyroad.station.domain.goods.LotLabel;

/**
 * The label stuck on a lot of local goods: the lot code in large type and as a QR code that
 * traces it to village, producer and date; product (in every language it has), grade,
 * quantity, producer, dates. {@code qrPng} may come ready-made (the goods desk makes one); when
 * null the report draws the QR code from {@code qrText}, or from the lot code.
 */
public record LotLabelPrint(StationHeader station, String lotCode, String product, String grade, String quantity,
                            String producer, String village, LocalDate producedOn, LocalDate bestBefore,
                            boolean coldChain, String qrText, byte[] qrPng) implements PrintableDocument {

    public LotLabelPrint {
        qrPng = qrPng == null ? null : qrPng.clone();
    }

    /** The print of the goods desk's label; one place to adapt when that record changes. */
    public static LotLabelPrint from(LotLabel label, StationHeader station) {
        List<String> names = new ArrayList<>();
        for (String n : new String[] {label.productZh(), label.productBo(), label.productEn()}) {
            if (n != null && !n.isBlank() && !names.contains(n.strip())) {
                names.add(n.strip());
            }
        }
        String quantity = label.quantity() == null ? null : label.quantity().toString();
        return new LotLabelPrint(station, label.code().value(), String.join(" · ", names), label.grade(), quantity,
                label.producer(), label.village(), label.producedOn(), label.bestBefore(), label.coldChain(),
                label.qrText(), label.qrPng());
    }

    @Override
    public byte[] qrPng() {
        return qrPng == null ? null : qrPng.clone();
    }

    public String qrContent() {
        return qrText == null || qrText.isBlank() ? lotCode : qrText;
    }

    @Override
    public String kind() {
        return "lot-label";
    }

    @Override
    public Set<Paper> papers() {
        return ALL_PAPERS;
    }
}
