package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.staff.Role;

class ParcelAgeingViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    ParcelAgeingViewModel vm;
    Parcel sf1;
    Parcel sf2;
    Parcel yto;
    Parcel fresh;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        st.villager("扎西", "13800138000", st.village, true);
        sf1 = st.checkIn("SF1234567890123", "13800138000");
        sf2 = st.checkIn("SF2234567890123", "13800138000");
        yto = st.checkIn("YT1234567890123", null);
        st.clock.advance(Duration.ofDays(2));
        fresh = st.checkIn("SF3234567890123", "13800138000");
        vm = new ParcelAgeingViewModel(st.screens());
    }

    @AfterEach
    void close() {
        st.close();
    }

    private ParcelStatus status(Parcel p) {
        return st.rt.parcels().get(p.id()).status();
    }

    @Test
    void parcelsPastTheReminderDaysAreListedTickedAndMarkedReminded() {
        st.clock.advance(Duration.ofDays(2));      // day 4: the first three are past the 3 reminder days
        vm.load();
        assertEquals(List.of(sf1.id(), sf2.id(), yto.id()).stream().sorted().toList(),
                vm.remind().stream().map(r -> r.parcel().id()).sorted().toList());
        assertTrue(vm.remind().stream().allMatch(ParcelRow::isSelected));
        assertTrue(vm.remind().stream().allMatch(ParcelRow::overdue), "highlighted");
        assertTrue(vm.carriers().isEmpty(), "an operator sees no return proposals");
        assertTrue(vm.returnNoteProperty().get().toLowerCase().contains("manager"), vm.returnNoteProperty().get());

        vm.remind().get(0).selectedProperty().set(false);
        vm.markReminded();
        assertEquals("", vm.errorProperty().get());
        assertEquals(1, vm.remind().size(), "the two reminded leave the list");
        vm.remind().get(0).selectedProperty().set(false);
        vm.markReminded();
        assertEquals("Choose at least one parcel.", vm.errorProperty().get());
        assertEquals(1, vm.remind().size());
    }

    @Test
    void aManagerReturnsTheTickedParcelsOfOneCarrierAndTheOthersStay() {
        st.clock.advance(Duration.ofDays(13));     // day 15: the first three are past the 14 return days
        st.as(Role.MANAGER);
        vm.load();
        assertEquals(List.of(Carrier.SF, Carrier.YTO), List.copyOf(vm.carriers()));
        assertEquals(Carrier.SF, vm.carrierProperty().get());
        assertEquals(2, vm.returns().size());
        vm.carrierProperty().set(Carrier.YTO);
        assertEquals(1, vm.returns().size());
        vm.carrierProperty().set(Carrier.SF);
        vm.returns().stream().filter(r -> r.parcel().id().equals(sf2.id())).findFirst().orElseThrow()
                .selectedProperty().set(false);
        vm.confirmReturn();
        assertEquals("", vm.errorProperty().get());
        assertEquals(ParcelStatus.RETURNED, status(sf1));
        assertEquals(ParcelStatus.WAITING, status(sf2));
        assertEquals(ParcelStatus.WAITING, status(fresh));
        assertTrue(vm.messageProperty().get().contains("1"), vm.messageProperty().get());
        assertEquals(1, vm.returns().size(), "the unticked parcel is still proposed");

        vm.returns().forEach(r -> r.selectedProperty().set(false));
        vm.confirmReturn();
        assertEquals("Choose at least one parcel.", vm.errorProperty().get());
        assertEquals(ParcelStatus.WAITING, status(sf2));
    }

    @Test
    void anOperatorCannotReturnParcelsAndNothingChanges() {
        st.clock.advance(Duration.ofDays(13));
        st.as(Role.MANAGER);
        vm.load();
        st.as(Role.OPERATOR);
        int saved = st.saved;
        vm.confirmReturn();
        assertFalse(vm.errorProperty().get().isBlank());
        assertEquals(ParcelStatus.WAITING, status(sf1));
        assertEquals(ParcelStatus.WAITING, status(sf2));
        assertEquals(saved, st.saved);
    }
}
