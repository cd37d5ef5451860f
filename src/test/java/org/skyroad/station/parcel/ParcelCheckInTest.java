package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelEventType;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.RecipientMatch;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.ShelfLayout;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.service.ParcelDesk.CheckIn;
import org.skyroad.station.service.ParcelDesk.CheckInResult;
import org.skyroad.station.service.ParcelDesk.HandoverRequest;

class ParcelCheckInTest {

    @TempDir
    Path dir;
    ParcelStation st;

    @BeforeEach
    void open() {
        st = ParcelStation.open(dir);
    }

    @AfterEach
    void close() {
        st.close();
    }

    private static CheckIn scan(String tracking, String phone, String name) {
        return new CheckIn(tracking, null, phone, name, null, ParcelTags.NONE);
    }

    @Test
    void checkInRecognisesCarrierAndGivesSlotAndPickupCode() {
        CheckInResult r = st.desk.checkIn(CheckIn.scanned("]C1sf1234567890123\r\n"));
        Parcel p = r.parcel();
        assertEquals("SF1234567890123", p.tracking().value());
        assertEquals(Carrier.SF, p.carrier());
        assertEquals(ParcelStatus.WAITING, p.status());
        assertEquals("A-01", p.slot());
        assertEquals(5, p.pickupCode().value().length());
        assertEquals(LocalDate.of(2025, 7, 1), p.receivedDate());
        assertEquals(RecipientMatch.Kind.NONE, r.match().kind());
        assertEquals(List.of(ParcelEventType.RECEIVED),
                st.desk.history(p.id()).stream().map(e -> e.type()).toList());
    }

    @Test
    void checkInRejectsTrackingNumberAlreadyOnShelf() {
        st.desk.checkIn(CheckIn.scanned("SF1234567890123"));
        ConflictException e = assertThrows(ConflictException.class,
                () -> st.desk.checkIn(CheckIn.scanned(" sf 1234567890123 ")));
        assertEquals("error.parcel.alreadyWaiting", e.messageKey());
        assertEquals(1, st.count("SELECT COUNT(*) FROM parcel"));
        assertEquals(1, st.count("SELECT COUNT(*) FROM parcel_event"));
        assertEquals(1, st.auditRows("parcel.receive"));
        assertEquals(1, st.outboxRows("parcel"));
    }

    @Test
    void aTrackingNumberTwiceInOneBatchIsRefusedAndNothingOfTheBatchIsWritten() {
        long outboxBefore = st.count("SELECT COUNT(*) FROM outbox");
        long auditBefore = st.count("SELECT COUNT(*) FROM audit_log");
        assertThrows(ConflictException.class, () -> st.desk.checkInAll(List.of(
                CheckIn.scanned("SF1234567890123"), CheckIn.scanned("YT1234567890123"),
                CheckIn.scanned("SF1234567890123"))));
        assertEquals(0, st.count("SELECT COUNT(*) FROM parcel"));
        assertEquals(0, st.count("SELECT COUNT(*) FROM parcel_event"));
        assertEquals(outboxBefore, st.count("SELECT COUNT(*) FROM outbox"));
        assertEquals(auditBefore, st.count("SELECT COUNT(*) FROM audit_log"));
    }

    @Test
    void aNumberWhoseCarrierCannotBeToldIsRefusedUntilTheCarrierIsChosen() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> st.desk.checkIn(CheckIn.scanned("7712345678901")));
        assertEquals("error.parcel.carrierUnknown", e.messageKey());
        Parcel p = st.desk.checkIn(new CheckIn("7712345678901", Carrier.STO, null, null, null, ParcelTags.NONE)).parcel();
        assertEquals(Carrier.STO, p.carrier());
    }

    @Test
    void theScanShowsTheGuessAndAParcelAlreadyWaiting() {
        assertTrue(st.desk.scan("SF1234567890123").alreadyOpen().isEmpty());
        st.desk.checkIn(CheckIn.scanned("SF1234567890123"));
        var scan = st.desk.scan("SF1234567890123");
        assertEquals(Carrier.SF, scan.guess().carrier());
        assertTrue(scan.alreadyOpen().isPresent());
    }

    @Test
    void fullPhoneOnTheLabelMatchesExactly() {
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", "138-0013-8000", null));
        assertEquals(RecipientMatch.Kind.PHONE, r.match().kind());
        assertEquals(tashi.id(), r.parcel().recipientId());
        assertEquals(st.village.id(), r.parcel().villageId());
        assertEquals("8000", r.parcel().phoneTail());
    }

    @Test
    void phoneTailMatchesWhenExactlyOneVillagerHasIt() {
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        st.villager("卓玛", "13900131234", st.village, true);
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", "8000", null));
        assertEquals(RecipientMatch.Kind.PHONE_TAIL, r.match().kind());
        assertEquals(tashi.id(), r.parcel().recipientId());
    }

    @Test
    void phoneTailSharedBySeveralIsAmbiguousListsThemAndLeavesTheParcelUnmatched() {
        st.villager("扎西", "13800138000", st.village, true);
        st.villager("卓玛", "13900138000", st.otherVillage, true);
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", "8000", null));
        assertEquals(RecipientMatch.Kind.AMBIGUOUS, r.match().kind());
        assertEquals(List.of("卓玛", "扎西"), r.match().candidates().stream()
                .map(m -> m.villager().name().value()).sorted().toList());
        assertNull(r.parcel().recipientId());
        assertEquals(1, st.desk.unmatched().size());
    }

    @Test
    void theLabelNameSettlesASharedPhoneTail() {
        st.villager("扎西", "13800138000", st.village, true);
        Villager drolma = st.villager("卓玛", "13900138000", st.otherVillage, true);
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", "8000", "卓玛"));
        assertEquals(drolma.id(), r.parcel().recipientId());
    }

    @Test
    void nameAloneMatchesWhenOnlyOneVillagerHasIt() {
        Villager tenzin = st.villager("Tenzin Norbu", null, st.village, true);
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", null, "tenzin norbu"));
        assertEquals(RecipientMatch.Kind.NAME, r.match().kind());
        assertEquals(tenzin.id(), r.parcel().recipientId());
    }

    @Test
    void noMatchPutsTheParcelOnTheUnmatchedListAndItCanBeAssignedLater() {
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", "13700001111", "Somebody"));
        assertEquals(RecipientMatch.Kind.NONE, r.match().kind());
        assertEquals(1, st.desk.unmatched().size());
        Villager later = st.villager("Somebody Else", "13600002222", st.village, true);
        Parcel assigned = st.desk.assignRecipient(r.parcel().id(), r.parcel().version(), later.id());
        assertEquals(later.id(), assigned.recipientId());
        assertEquals(st.village.id(), assigned.villageId());
        assertTrue(st.desk.unmatched().isEmpty());
        assertEquals(ParcelEventType.RECIPIENT_ASSIGNED, st.desk.history(assigned.id()).get(1).type());
    }

    @Test
    void consentFlagsComeBackSoTheScreenCanWarn() {
        st.villager("扎西", "13800138000", st.village, false);
        CheckInResult r = st.desk.checkIn(scan("SF1234567890123", "13800138000", null));
        assertFalse(r.consentPickup());
        assertTrue(r.consentDelivery());
        assertTrue(r.needsConsentWarning());
    }

    @Test
    void slotsFillEvenlyAndAVillagersParcelsStayTogether() {
        st.as(Role.ADMIN);
        st.desk.updateSettings("A-01..A-03, FLOOR", 3, 14);
        st.as(Role.OPERATOR);
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        String first = st.desk.checkIn(scan("SF1234567890123", "13800138000", null)).parcel().slot();
        String second = st.desk.checkIn(CheckIn.scanned("SF1234567890124")).parcel().slot();
        String third = st.desk.checkIn(CheckIn.scanned("SF1234567890125")).parcel().slot();
        String tashisSecond = st.desk.checkIn(scan("YT1234567890123", "13800138000", null)).parcel().slot();
        String fourth = st.desk.checkIn(CheckIn.scanned("SF1234567890126")).parcel().slot();
        assertEquals(List.of("A-01", "A-02", "A-03"), List.of(first, second, third));
        assertEquals(first, tashisSecond);
        assertEquals("A-02", fourth);
        assertEquals(2, st.desk.openFor(tashi.id()).size());
    }

    @Test
    void aBoxCountsTheShelfOnlyWhenNeededAndCountsItsOwnParcels() {
        st.as(Role.ADMIN);
        st.desk.updateSettings("A-01..A-03, FLOOR", 3, 14);
        st.as(Role.OPERATOR);
        st.villager("扎西", "13800138000", st.village, true);
        assertEquals("A-01", st.desk.checkIn(scan("SF1234567890123", "13800138000", null)).parcel().slot());
        // Tashi's second parcel goes with his first before the shelf is counted; the count that
        // follows must see it (A-01 holds two), so the next three spread over.
        List<String> slots = st.desk.checkInAll(List.of(scan("YT1234567890123", "13800138000", null),
                        CheckIn.scanned("SF1234567890124"), CheckIn.scanned("SF1234567890125"),
                        CheckIn.scanned("SF1234567890126")))
                .stream().map(r -> r.parcel().slot()).toList();
        assertEquals(List.of("A-01", "A-02", "A-03", "A-02"), slots);
    }

    @Test
    void aVillagersParcelOutOnARunStillHoldsTheirSlotButAClosedOneDoesNot() {
        st.as(Role.ADMIN);
        st.desk.updateSettings("A-01..A-03, FLOOR", 3, 14);
        st.as(Role.OPERATOR);
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        st.desk.checkIn(CheckIn.scanned("SF1234567890100"));
        Parcel first = st.desk.checkIn(scan("SF1234567890123", "13800138000", null)).parcel();
        assertEquals("A-02", first.slot());
        VillageRun run = st.desk.createRun(st.village.id(), null, LocalDate.of(2025, 7, 2));
        assertEquals(ParcelStatus.OUT_ON_RUN, st.desk.addToRun(run.id(), first.tracking().value()).status());
        Parcel second = st.desk.checkIn(scan("YT1234567890123", "13800138000", null)).parcel();
        assertEquals("A-02", second.slot());
        st.desk.recordOutcome(run.id(), first.id(), RunOutcome.DELIVERED, "扎西", null, null);
        st.desk.handOver(new HandoverRequest(List.of(second.id()), tashi.id(), null, null, null, null));
        // Nothing of Tashi's is open any more: his next parcel takes the least-filled slot.
        assertEquals("A-02", st.desk.checkIn(CheckIn.scanned("SF1234567890101")).parcel().slot());
        assertEquals("A-03", st.desk.checkIn(scan("JT0001234567890", "13800138000", null)).parcel().slot());
    }

    @Test
    void largeParcelsGoToTheFloorArea() {
        ParcelTags large = ParcelTags.NONE.withLarge(true);
        Parcel p = st.desk.checkIn(new CheckIn("SF1234567890123", null, null, null, null, large)).parcel();
        assertEquals(ShelfLayout.FLOOR, p.slot());
    }

    @Test
    void tagsAreKeptWithCashOnDeliveryAndTheDamageNote() {
        ParcelTags tags = new ParcelTags(true, true, false, true, Money.parse("35.50"), true, "纸箱一角压坏");
        Parcel p = st.desk.checkIn(new CheckIn("SF1234567890123", null, null, null, null, tags)).parcel();
        Parcel stored = st.desk.get(p.id());
        assertEquals(tags, stored.tags());
        assertEquals(3550, stored.tags().cashOnDelivery().fen());
    }

    @Test
    void damagedWithoutANoteIsRefused() {
        assertEquals("error.parcel.damageNoteMissing", assertThrows(InvalidInputException.class,
                () -> new ParcelTags(false, false, false, false, null, true, "  ")).messageKey());
    }

    @Test
    void aClosedParcelsNumberCanBeCheckedInAgain() {
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        Parcel p = st.desk.checkIn(scan("SF1234567890123", "13800138000", null)).parcel();
        st.desk.handOver(new org.skyroad.station.service.ParcelDesk.HandoverRequest(List.of(p.id()), tashi.id(), null,
                null, null, null));
        Parcel again = st.desk.checkIn(CheckIn.scanned("SF1234567890123")).parcel();
        assertNotEquals(p.id(), again.id());
        assertEquals(2, st.count("SELECT COUNT(*) FROM parcel WHERE tracking_number = 'SF1234567890123'"));
    }

    @Test
    void everyCheckInWritesOneAuditAndOneOutboxRowWithTheEvent() {
        st.desk.checkInAll(List.of(CheckIn.scanned("SF1234567890123"), CheckIn.scanned("YT1234567890123")));
        assertEquals(2, st.auditRows("parcel.receive"));
        assertEquals(2, st.outboxRows("parcel"));
        assertEquals(2, st.count("SELECT COUNT(*) FROM outbox WHERE entity = 'parcel' AND payload LIKE ?",
                "%\"type\":\"RECEIVED\"%\"actorName\":\"operator\"%"));
    }

    @Test
    void nobodySignedInCannotCheckIn() {
        st.rt.session().signOut();
        assertThrows(AccessDeniedException.class, () -> st.desk.checkIn(CheckIn.scanned("SF1234567890123")));
        assertEquals(0, st.count("SELECT COUNT(*) FROM parcel"));
    }

    @Test
    void findByCodeTailPhoneAndTrackingNumber() {
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        Parcel p = st.desk.checkIn(scan("SF1234567890123", "13800138000", null)).parcel();
        st.desk.checkIn(CheckIn.scanned("YT1234567890123"));
        assertEquals(List.of(p.id()), ids(st.desk.find(p.pickupCode().value().toLowerCase())));
        assertEquals(List.of(p.id()), ids(st.desk.find("8000")));
        assertEquals(List.of(p.id()), ids(st.desk.find("138 0013 8000")));
        assertEquals(List.of(p.id()), ids(st.desk.find("sf1234567890123")));
        assertEquals(List.of(p.id()), st.desk.openFor(tashi.id()).stream().map(l -> l.parcel().id()).toList());
        assertTrue(st.desk.find("9999").isEmpty());
    }

    private static List<java.util.UUID> ids(List<org.skyroad.station.service.ParcelDesk.ParcelLine> lines) {
        return lines.stream().map(l -> l.parcel().id()).collect(Collectors.toList());
    }
}
