package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Handover;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelEventType;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.service.ParcelDesk.CheckIn;
import org.skyroad.station.service.ParcelDesk.HandoverRequest;
import org.skyroad.station.service.ParcelDesk.ParcelLine;

class ParcelHandoverTest {

    @TempDir
    Path dir;
    ParcelStation st;
    Villager tashi;

    @BeforeEach
    void open() {
        st = ParcelStation.open(dir);
        tashi = st.villager("扎西", "13800138000", st.village, true);
    }

    @AfterEach
    void close() {
        st.close();
    }

    private Parcel forTashi(String tracking, ParcelTags tags) {
        return st.desk.checkIn(new CheckIn(tracking, null, "13800138000", null, null, tags)).parcel();
    }

    private static List<UUID> ids(List<ParcelLine> lines) {
        return lines.stream().map(l -> l.parcel().id()).toList();
    }

    @Test
    void handoverByPickupCode() {
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        List<ParcelLine> found = st.desk.find(p.pickupCode().value());
        Handover h = st.desk.handOver(new HandoverRequest(ids(found), tashi.id(), null, null, null, null));
        Parcel after = st.desk.get(p.id());
        assertEquals(ParcelStatus.PICKED_UP, after.status());
        assertEquals(h.id(), after.handoverId());
        assertEquals("扎西", after.collectedBy());
        assertTrue(st.desk.find(p.pickupCode().value()).isEmpty(), "the code is free again");
        assertEquals(ParcelEventType.PICKED_UP, st.desk.history(p.id()).get(1).type());
    }

    @Test
    void handoverByPhoneTailTakesAllTheirWaitingParcelsInOneRecord() {
        Parcel a = forTashi("SF1234567890123", ParcelTags.NONE);
        Parcel b = forTashi("YT1234567890123", ParcelTags.NONE);
        st.desk.checkIn(CheckIn.scanned("JT0001234567890"));
        List<ParcelLine> found = st.desk.find("8000");
        assertEquals(List.of(a.id(), b.id()), ids(found));
        Handover h = st.desk.handOver(new HandoverRequest(ids(found), tashi.id(), null, null, null, null));
        assertEquals(1, st.count("SELECT COUNT(*) FROM parcel_handover"));
        assertEquals(2, st.count("SELECT parcel_count FROM parcel_handover WHERE id = ?", h.id()));
        assertEquals(List.of(a.id(), b.id()), st.desk.handover(h.id()).parcelIds());
        assertEquals(1, st.auditRows("parcel.handover"));
        assertEquals(2, st.auditRows("parcel.pickup"));
        assertEquals(1, st.outboxRows("parcel_handover"));
    }

    @Test
    void handoverByProxyRecordsTheCollectorsNameAndSignature() {
        Parcel p = forTashi("SF1234567890123", new ParcelTags(false, false, false, true, null, false, null));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Handover h = st.desk.handOver(new HandoverRequest(List.of(p.id()), null, "  卓玛 (邻居) ", png, null, null));
        assertTrue(h.isByProxy());
        Handover stored = st.desk.handover(h.id());
        assertEquals("卓玛 (邻居)", stored.proxyName());
        assertArrayEquals(png, stored.signaturePng());
        assertNull(stored.signatureSvg());
        assertEquals("卓玛 (邻居)", st.desk.get(p.id()).collectedBy());
        assertTrue(st.desk.history(p.id()).get(1).detail().contains("卓玛"));
    }

    @Test
    void aSignatureCanBeKeptAsSvgPathText() {
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        String svg = "M10 10 L20 25 Q30 5 40 20";
        Handover h = st.desk.handOver(new HandoverRequest(List.of(p.id()), tashi.id(), null, null, svg, null));
        assertEquals(svg, st.desk.handover(h.id()).signatureSvg());
    }

    @Test
    void anotherVillagersParcelNeedsAProxyName() {
        Villager drolma = st.villager("卓玛", "13900139000", st.village, true);
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        assertEquals("error.parcel.notTheirs", assertThrows(InvalidInputException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(p.id()), drolma.id(), null, null, null, null))).messageKey());
        assertEquals(ParcelStatus.WAITING, st.desk.get(p.id()).status());
    }

    @Test
    void signatureRequiredParcelIsNotGivenOutUnsigned() {
        Parcel p = forTashi("SF1234567890123", new ParcelTags(false, false, false, true, null, false, null));
        assertEquals("error.parcel.signatureMissing", assertThrows(InvalidInputException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(p.id()), tashi.id(), null, null, null, null))).messageKey());
        assertEquals(0, st.count("SELECT COUNT(*) FROM parcel_handover"));
    }

    @Test
    void cashOnDeliveryIsCollectedPerParcelAndTotalledOnTheHandover() {
        Parcel a = forTashi("SF1234567890123", new ParcelTags(false, false, false, false, Money.parse("35.50"), false, null));
        Parcel b = forTashi("YT1234567890123", new ParcelTags(false, false, false, false, Money.parse("12"), false, null));
        Parcel c = forTashi("JT0001234567890", ParcelTags.NONE);
        assertEquals(Money.parse("47.50"), st.desk.quote(List.of(a.id(), b.id(), c.id())).total());
        Handover h = st.desk.handOver(new HandoverRequest(List.of(a.id(), b.id(), c.id()), tashi.id(), null, null, null,
                Money.parse("47.50")));
        assertEquals(Money.parse("47.50"), h.codTotal());
        assertEquals(4750, st.count("SELECT cod_total_fen FROM parcel_handover WHERE id = ?", h.id()));
        assertEquals(Money.parse("35.50"), st.desk.get(a.id()).codCollected());
        assertEquals(Money.parse("12"), st.desk.get(b.id()).codCollected());
        assertNull(st.desk.get(c.id()).codCollected());
    }

    @Test
    void cashThatDoesNotMatchTheCashOnDeliveryIsRefusedAndNothingIsHandedOver() {
        Parcel a = forTashi("SF1234567890123", new ParcelTags(false, false, false, false, Money.parse("35.50"), false, null));
        long audit = st.count("SELECT COUNT(*) FROM audit_log");
        long outbox = st.count("SELECT COUNT(*) FROM outbox");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(a.id()), tashi.id(), null, null, null, Money.parse("30"))));
        assertEquals("error.parcel.cashMismatch", e.messageKey());
        assertEquals(ParcelStatus.WAITING, st.desk.get(a.id()).status());
        assertEquals(audit, st.count("SELECT COUNT(*) FROM audit_log"));
        assertEquals(outbox, st.count("SELECT COUNT(*) FROM outbox"));
        assertEquals(0, st.count("SELECT COUNT(*) FROM parcel_event WHERE event_type = 'PICKED_UP'"));
    }

    @Test
    void aParcelAlreadyPickedUpCannotBeHandedOverAgain() {
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        st.desk.handOver(new HandoverRequest(List.of(p.id()), tashi.id(), null, null, null, null));
        assertEquals("error.parcel.notWaiting", assertThrows(ConflictException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(p.id()), tashi.id(), null, null, null, null))).messageKey());
        assertEquals(1, st.count("SELECT COUNT(*) FROM parcel_handover"));
    }

    @Test
    void aHandoverNeedsTheCollector() {
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        assertEquals("error.parcel.collectorMissing", assertThrows(InvalidInputException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(p.id()), null, " ", null, null, null))).messageKey());
    }

    @Test
    void unmatchedParcelsCanBeCollectedWithTheirCode() {
        Parcel p = st.desk.checkIn(CheckIn.scanned("SF1234567890123")).parcel();
        st.desk.handOver(new HandoverRequest(ids(st.desk.find(p.pickupCode().value())), tashi.id(), null, null,
                null, null));
        assertEquals(ParcelStatus.PICKED_UP, st.desk.get(p.id()).status());
    }
}
