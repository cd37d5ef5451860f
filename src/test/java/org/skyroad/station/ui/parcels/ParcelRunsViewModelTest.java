package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.RunOutcome;

class ParcelRunsViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    ParcelRunsViewModel vm;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        st.villager("扎西", "13800138000", st.village, true);
        st.villager("卓玛", "13900135678", st.village, true);
        vm = new ParcelRunsViewModel(st.screens());
        vm.load();
    }

    @AfterEach
    void close() {
        st.close();
    }

    private Parcel stored(Parcel p) {
        return st.rt.parcels().get(p.id());
    }

    private RunRow row(Parcel p) {
        return vm.rows().stream().filter(r -> r.parcel().id().equals(p.id())).findFirst().orElseThrow();
    }

    private void startRunToTheVillage() {
        vm.villageProperty().set(vm.villages().stream().filter(v -> v.id().equals(st.village.id())).findFirst()
                .orElseThrow());
        vm.create();
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aRunIsStartedFilledByScanningAndEachParcelGetsItsOutcome() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        Parcel b = st.checkIn("JT0001234567890", "13900135678");
        Parcel c = st.checkIn("YT1234567890123", "13800138000");
        assertEquals(LocalDate.of(2025, 7, 1).toString(), vm.dateProperty().get(), "today is proposed");
        startRunToTheVillage();
        assertEquals(1, vm.runs().size());
        assertTrue(vm.runTextProperty().get().contains("达雄村"), vm.runTextProperty().get());
        for (String scanned : List.of("sf 1234567890123", "JT0001234567890", "YT1234567890123")) {
            vm.scanProperty().set(scanned);
            vm.addScanned();
            assertEquals("", vm.errorProperty().get());
            assertEquals("", vm.scanProperty().get(), "ready for the next scan");
        }
        assertEquals(3, vm.rows().size());
        assertEquals(ParcelStatus.OUT_ON_RUN, stored(a).status());

        vm.outcome(row(a), RunOutcome.DELIVERED);           // nobody typed: the recipient took it
        assertEquals(ParcelStatus.DELIVERED, stored(a).status());
        vm.receivedByProperty().set("次仁");                  // a neighbour took it
        vm.outcome(row(b), RunOutcome.DELIVERED);
        assertEquals(ParcelStatus.DELIVERED, stored(b).status());
        assertEquals("", vm.receivedByProperty().get());
        assertTrue(vm.messageProperty().get().contains("JT0001234567890"), vm.messageProperty().get());
        vm.outcome(row(c), RunOutcome.NOT_AT_HOME);
        Parcel back = stored(c);
        assertEquals(ParcelStatus.WAITING, back.status(), "not at home: back on the shelf");
        assertEquals(c.slot(), back.slot());
        assertEquals(c.pickupCode(), back.pickupCode());
        assertEquals(3, vm.rows().size());
        assertTrue(vm.rows().stream().allMatch(r -> !r.outcome().isBlank()), "every row shows its outcome");

        vm.close();
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.runTextProperty().get().contains("closed"), vm.runTextProperty().get());
        assertTrue(st.saved >= 6, "the status bar hears of each change");
    }

    @Test
    void closingARunPutsParcelsWithNoOutcomeBackOnTheirSlots() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        Parcel b = st.checkIn("JT0001234567890", "13900135678");
        startRunToTheVillage();
        vm.scanProperty().set(a.tracking().value());
        vm.addScanned();
        vm.scanProperty().set(b.tracking().value());
        vm.addScanned();
        vm.outcome(row(a), RunOutcome.REFUSED);
        vm.close();
        assertEquals(ParcelStatus.WAITING, stored(a).status());
        assertEquals(ParcelStatus.WAITING, stored(b).status());
        assertEquals(b.slot(), stored(b).slot());
        assertEquals(2, st.rt.parcels().openCount());
        vm.scanProperty().set(a.tracking().value());
        vm.addScanned();
        assertTrue(vm.errorProperty().get().length() > 10, "a closed run takes no more parcels");
        assertEquals(ParcelStatus.WAITING, stored(a).status());
    }

    @Test
    void badInputIsRefusedWithASentenceAndNothingIsSaved() {
        Parcel a = st.checkIn("SF1234567890123", "13800138000");
        vm.scanProperty().set(a.tracking().value());
        vm.addScanned();
        assertEquals("Start a run or choose one of today’s runs first.", vm.errorProperty().get());
        assertEquals(ParcelStatus.WAITING, stored(a).status());

        vm.dateProperty().set("2025-13-01");
        startRunToTheVillageExpectingError("\"2025-13-01\" is not a date: type it like 2025-07-01.");
        vm.dateProperty().set("2025-07-01");
        vm.villageProperty().set(null);
        vm.routeProperty().set("  ");
        startRunToTheVillageExpectingError(null);
        assertTrue(vm.runs().isEmpty());
        assertTrue(st.rt.parcels().runsOn(LocalDate.of(2025, 7, 1)).isEmpty(), "no run without a village or a route");

        vm.routeProperty().set("北线");
        vm.create();
        assertEquals("", vm.errorProperty().get());
        vm.scanProperty().set("SF9999999999999");
        vm.addScanned();
        assertEquals("No parcel SF9999999999999 is waiting at this station.", vm.errorProperty().get());
        vm.scanProperty().set("SF12\u000734567890");
        vm.addScanned();
        assertTrue(vm.errorProperty().get().length() > 10, vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());

        vm.scanProperty().set(a.tracking().value());
        vm.addScanned();
        RunRow r = row(a);
        st.rt.villagers().find("扎西", 1);
        vm.receivedByProperty().set("x".repeat(300));
        vm.outcome(r, RunOutcome.DELIVERED);
        assertTrue(vm.errorProperty().get().length() > 10, "an overlong name is refused");
        assertEquals(ParcelStatus.OUT_ON_RUN, stored(a).status());
        vm.outcome(null, RunOutcome.DELIVERED);
        assertEquals("Choose at least one parcel.", vm.errorProperty().get());
    }

    private void startRunToTheVillageExpectingError(String sentence) {
        int runs = vm.runs().size();
        vm.create();
        if (sentence != null) {
            assertEquals(sentence, vm.errorProperty().get());
        } else {
            assertTrue(vm.errorProperty().get().length() > 10, vm.errorProperty().get());
        }
        assertEquals(runs, vm.runs().size());
    }
}
