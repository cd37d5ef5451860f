package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Handover;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Villager;

class ParcelHandoverViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    Villager tashi;
    Villager dolma;
    ParcelHandoverViewModel vm;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        tashi = st.villager("扎西", "13800138000", st.village, true);
        dolma = st.villager("卓玛", "13900135678", st.otherVillage, true);
        vm = new ParcelHandoverViewModel(st.screens());
    }

    @AfterEach
    void close() {
        st.close();
    }

    private Set<String> ticked() {
        return vm.ticked().stream().map(p -> p.tracking().value()).collect(Collectors.toSet());
    }

    private Parcel stored(Parcel p) {
        return st.rt.parcels().get(p.id());
    }

    @Test
    void aPickupCodeListsAllTheirWaitingParcelsTicksThatOneAndEnterHandsItOver() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        Parcel b = st.checkIn("JT0001234567890", "13800138000");
        st.checkIn("YT1234567890123", "13900135678");
        vm.queryProperty().set(a.pickupCode().value().toLowerCase());   // found as typed: no Enter needed
        assertEquals(2, vm.rows().size());
        assertEquals(Set.of("SF1234567890123"), ticked());
        assertTrue(vm.personTextProperty().get().contains("扎西"));
        assertTrue(vm.isCurrent());
        vm.enter();
        assertEquals(ParcelStatus.PICKED_UP, stored(a).status());
        assertEquals(ParcelStatus.WAITING, stored(b).status());
        assertEquals("", vm.queryProperty().get(), "ready for the next person");
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.messageProperty().get().contains("扎西"), vm.messageProperty().get());
    }

    @Test
    void aPhoneTailAndEnterTicksAllParcelsOfThatPersonAndTheNextEnterHandsThemOver() {
        Parcel a = st.checkIn("SF1234567890123", "5678");
        Parcel b = st.checkIn("JT0001234567890", "13900135678");
        vm.queryProperty().set("5678");
        assertTrue(vm.rows().isEmpty(), "a tail waits for Enter");
        vm.enter();
        assertEquals(Set.of("SF1234567890123", "JT0001234567890"), ticked());
        vm.enter();
        assertEquals(ParcelStatus.PICKED_UP, stored(a).status());
        assertEquals(ParcelStatus.PICKED_UP, stored(b).status());
        assertEquals(stored(a).handoverId(), stored(b).handoverId(), "one handover");
    }

    @Test
    void spaceUntickedParcelsStayOnTheShelf() {
        Parcel a = st.checkIn("SF1234567890123", "5678");
        Parcel b = st.checkIn("JT0001234567890", "5678");
        vm.queryProperty().set("5678");
        vm.enter();
        vm.toggle(vm.rows().stream().filter(r -> r.parcel().id().equals(b.id())).findFirst().orElseThrow());
        assertTrue(vm.selectionTextProperty().get().startsWith("1 of 2"), vm.selectionTextProperty().get());
        vm.enter();
        assertEquals(ParcelStatus.PICKED_UP, stored(a).status());
        assertEquals(ParcelStatus.WAITING, stored(b).status());
    }

    @Test
    void aProxyCollectsWithTheirNameRecorded() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        vm.queryProperty().set(a.pickupCode().value());
        vm.proxyNameProperty().set("邻居 卓玛");
        vm.enter();
        Parcel after = stored(a);
        assertEquals(ParcelStatus.PICKED_UP, after.status());
        assertEquals("邻居 卓玛", after.collectedBy());
        Handover h = st.rt.parcels().handover(after.handoverId());
        assertEquals("邻居 卓玛", h.proxyName());
        assertEquals(tashi.id(), h.collectorId());
        assertEquals("", vm.proxyNameProperty().get());
    }

    @Test
    void anOverlongProxyNameOrAParcelGoneMeanwhileIsRefusedAndNothingIsHandedOver() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        Parcel b = st.checkIn("JT0001234567890", "13800138000");
        vm.queryProperty().set(a.pickupCode().value());
        vm.proxyNameProperty().set("卓".repeat(61));
        vm.enter();
        assertEquals("A name can have at most 60 characters.", vm.errorProperty().get());
        assertEquals(ParcelStatus.WAITING, stored(a).status());
        assertEquals(0, st.saved);

        vm.proxyNameProperty().set("");
        vm.rows().forEach(r -> r.selectedProperty().set(true));
        st.rt.parcels().handOver(new org.skyroad.station.service.ParcelDesk.HandoverRequest(List.of(b.id()),
                tashi.id(), null, null, null, Money.ZERO));                  // at the other counter
        vm.enter();
        assertFalse(vm.errorProperty().get().isBlank());
        assertEquals(ParcelStatus.WAITING, stored(a).status(), "none of the ticked parcels went out");
    }

    @Test
    void aVillagerNameFindsTheirParcels() {
        st.checkIn("SF1234567890123", "13900135678");
        vm.queryProperty().set("卓玛");
        vm.enter();
        assertEquals(Set.of("SF1234567890123"), ticked());
        assertTrue(vm.personTextProperty().get().contains("卓玛"));
    }

    @Test
    void theCashOnDeliveryTotalIsShownAndTakenExactly() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000",
                new ParcelTags(false, false, false, false, Money.ofFen(4550), false, null));
        st.checkIn("JT0001234567890", "13800138000",
                new ParcelTags(false, false, false, false, Money.ofFen(1000), false, null));
        vm.queryProperty().set("8000");
        vm.enter();
        assertEquals(Money.ofFen(5550), vm.cashProperty().get());
        assertEquals("¥55.50", vm.cashTextProperty().get());
        vm.enter();
        Handover h = st.rt.parcels().handover(stored(a).handoverId());
        assertEquals(Money.ofFen(5550), h.codTotal());
    }

    @Test
    void aParcelThatMustBeSignedForIsNotGivenOutWithoutASignature() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000",
                new ParcelTags(false, false, false, true, null, false, null));
        vm.queryProperty().set(a.pickupCode().value());
        assertTrue(vm.signatureRequiredProperty().get());
        vm.enter();
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(ParcelStatus.WAITING, stored(a).status());
        vm.setSignaturePng(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        vm.enter();
        assertEquals(ParcelStatus.PICKED_UP, stored(a).status());
        assertTrue(st.rt.parcels().handover(stored(a).handoverId()).isSigned());
    }

    @Test
    void theCounterShowsAllWaitingParcelsOfTheChosenVillagerWithTheirDaysAndHandsThemOver() {
        st.checkIn("SF1234567890123", "13800138000");
        st.clock.advance(Duration.ofDays(4));
        st.checkIn("JT0001234567890", "13800138000",
                new ParcelTags(false, false, false, false, Money.ofFen(2000), false, null));
        vm.showFor(tashi.id());
        assertEquals(2, vm.rows().size());
        assertEquals(List.of("4", "0"), vm.rows().stream().map(ParcelRow::daysText).toList());
        assertTrue(vm.rows().get(0).overdue(), "waiting longer than the reminder days");
        assertEquals("¥20.00", vm.cashTextProperty().get());
        vm.handOver();
        assertTrue(vm.rows().isEmpty(), "the list is read again after the handover");
        assertTrue(vm.messageProperty().get().contains("2"), vm.messageProperty().get());
        assertEquals(0, st.rt.parcels().openFor(tashi.id()).size());
    }

    @Test
    void nothingTickedIsRefusedWithASentence() {
        vm.handOver();
        assertFalse(vm.errorProperty().get().isEmpty());
    }

    @Test
    void anOperatorMayHandOverButNotConfirmAReturnToTheCarrier() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        st.clock.advance(Duration.ofDays(20));
        ParcelAgeingViewModel ageing = new ParcelAgeingViewModel(st.screens());
        ageing.load();
        assertEquals(1, ageing.remind().size());
        assertTrue(ageing.returns().isEmpty());
        assertTrue(ageing.returnNoteProperty().get().contains("manager"), ageing.returnNoteProperty().get());
        st.as(Role.MANAGER);
        ageing.load();
        assertEquals(1, ageing.returns().size());
        ageing.confirmReturn();
        assertEquals(ParcelStatus.RETURNED, stored(a).status());
        assertNotNull(stored(a).returnId());
        assertTrue(ageing.messageProperty().get().contains("not set up"), ageing.messageProperty().get());
    }
}
