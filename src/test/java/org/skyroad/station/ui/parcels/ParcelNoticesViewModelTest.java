package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;

class ParcelNoticesViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    ParcelNoticesViewModel vm;
    Parcel a;
    Parcel b;
    Parcel c;
    Parcel elsewhere;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        st.villager("卓玛", "13900135678", st.village, true);
        Villager tsering = st.villager("次仁", null, st.village, true);
        st.villager("多吉", "15100151234", st.otherVillage, true);
        a = st.checkIn("SF1234567890123", "13800138000");
        b = st.checkIn("YT1234567890123", "13800138000");
        c = st.checkIn("JT0001234567890", "13900135678");
        elsewhere = st.checkIn("SF2234567890123", "15100151234");
        st.rt.parcels().assignRecipient(st.checkIn("SF3234567890123", null).id(), 1, tsering.id());
        assertNotNull(tashi);
        vm = new ParcelNoticesViewModel(st.screens());
    }

    @AfterEach
    void close() {
        st.close();
    }

    private void choose(Village v) {
        vm.villageProperty().set(vm.villages().stream().filter(x -> x.id().equals(v.id())).findFirst().orElseThrow());
    }

    private Set<String> codes() {
        return vm.rows().stream().map(ParcelRow::code).collect(Collectors.toSet());
    }

    @Test
    void aVillagesNoticeListsItsWaitingParcelsWithMaskedPhonesAndTheTextsInChinese() {
        vm.loadVillages();
        choose(st.village);
        assertEquals(4, vm.rows().size());
        assertFalse(codes().contains(elsewhere.pickupCode().value()));
        assertTrue(vm.rows().stream().anyMatch(r -> r.maskedPhone().equals("138****8000")),
                vm.rows().stream().map(ParcelRow::maskedPhone).toList().toString());
        assertTrue(vm.rows().stream().noneMatch(r -> r.maskedPhone().contains("13800138000")));
        assertEquals(2, vm.messages().size(), "one message per phone; the villager with no phone has none");
        var toTashi = vm.messages().stream().filter(m -> m.phone().equals("13800138000")).findFirst().orElseThrow();
        assertTrue(toTashi.text().contains(a.pickupCode().value()) && toTashi.text().contains(b.pickupCode().value()),
                toTashi.text());
        assertTrue(toTashi.text().contains("取件码"), toTashi.text());
        assertTrue(vm.messageProperty().get().contains("1 parcel(s) with no phone"), vm.messageProperty().get());
    }

    @Test
    void theTextsCanBeWrittenInTibetan() {
        vm.loadVillages();
        choose(st.village);
        vm.languageProperty().set(ParcelNoticesViewModel.SmsLanguage.BO);
        var toDolma = vm.messages().stream().filter(m -> m.phone().equals("13900135678")).findFirst().orElseThrow();
        assertTrue(toDolma.text().contains(c.pickupCode().value()), toDolma.text());
        assertTrue(toDolma.text().codePoints().anyMatch(cp -> cp >= 0x0F00 && cp <= 0x0FFF), toDolma.text());
        assertFalse(toDolma.text().contains("取件码"), toDolma.text());
    }

    @Test
    void markingTheTextsSentRecordsEachParcelAsToldAndTheNoticeTheRest() {
        vm.loadVillages();
        choose(st.village);
        vm.markTextsSent();
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("3 parcel(s)"), vm.messageProperty().get());
        assertNotNull(st.rt.parcels().get(a.id()).notifiedAt());
        assertNotNull(st.rt.parcels().get(c.id()).notifiedAt());
        assertNull(st.rt.parcels().get(elsewhere.id()).notifiedAt());
        vm.markNoticeTaken();
        assertEquals("", vm.errorProperty().get());
        assertNull(st.rt.parcels().get(elsewhere.id()).notifiedAt(), "another village's parcel is not told");
        assertTrue(st.saved >= 2);
    }

    @Test
    void aVillageWithNothingWaitingSaysSoAndMarksNothing() {
        st.as(Role.MANAGER);
        Village empty = st.rt.villagers().addVillage("曲登村");
        st.as(Role.OPERATOR);
        vm.loadVillages();
        choose(empty);
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.messages().isEmpty());
        int saved = st.saved;
        vm.markTextsSent();
        assertEquals("No parcels waiting for this village.", vm.errorProperty().get());
        vm.markNoticeTaken();
        assertEquals("No parcels waiting for this village.", vm.errorProperty().get());
        assertEquals(saved, st.saved);
    }
}
