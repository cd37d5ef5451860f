package org.skyroad.station.domain.report;

import java.util.Set;

/**
 * A paper the counter hands out or posts: each kind is a plain record the desks and screens
 * fill, printed on A4 and, where it makes sense, on 80 mm and 58 mm receipt rolls.
 */
public sealed interface PrintableDocument permits OrderReceipt, PickupSlip, HandoverRecord, VillageNoticeList,
        RunSheet, DailyCloseReport, ProducerSettlement, LotLabelPrint, CarrierReturnList {

    /** A short name for file names and logs: order-receipt, pickup-slip ... */
    String kind();

    /** The papers this document is laid out for. */
    Set<Paper> papers();

    /** The station the paper comes from, as printed at its top. */
    StationHeader station();

    Set<Paper> ALL_PAPERS = Set.of(Paper.A4, Paper.THERMAL_80, Paper.THERMAL_58);
    Set<Paper> A4_ONLY = Set.of(Paper.A4);
}
