package org.skyroad.station.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.skyroad.station.domain.common.Money;

/**
 * The record of parcels given out at the counter: to whom (or who collected for them), which
 * parcels, the cash on delivery and storage fees taken, and the signature when one was given.
 */
public record HandoverRecord(StationHeader station, String reference, Instant at, String collector, String proxyName,
                             List<Line> lines, String staffName, byte[] signaturePng) implements PrintableDocument {

    public record Line(String trackingNumber, String carrier, String slot, Money cashOnDelivery, Money storageFee) {
    }

    public HandoverRecord {
        lines = List.copyOf(lines);
        signaturePng = signaturePng == null ? null : signaturePng.clone();
    }

    @Override
    public byte[] signaturePng() {
        return signaturePng == null ? null : signaturePng.clone();
    }

    public Money codTotal() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            sum = sum.plus(l.cashOnDelivery() == null ? Money.ZERO : l.cashOnDelivery());
        }
        return sum;
    }

    public Money storageFeeTotal() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            sum = sum.plus(l.storageFee() == null ? Money.ZERO : l.storageFee());
        }
        return sum;
    }

    @Override
    public String kind() {
        return "handover-record";
    }

    @Override
    public Set<Paper> papers() {
        return ALL_PAPERS;
    }
}
