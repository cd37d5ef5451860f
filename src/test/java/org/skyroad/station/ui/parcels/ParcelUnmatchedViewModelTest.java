package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.villager.Villager;

class ParcelUnmatchedViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    ParcelUnmatchedViewModel vm;
    Parcel unknownPhone;
    Parcel noPhone;
    Villager tashi;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        tashi = st.villager("扎西", "13800138000", st.village, true);
        st.checkIn("SF1234567890123", "13800138000");
        unknownPhone = st.checkIn("YT1234567890123", "13700001111");
        noPhone = st.checkIn("SF2234567890123", null);
        vm = new ParcelUnmatchedViewModel(st.screens());
        vm.load();
    }

    @AfterEach
    void close() {
        st.close();
    }

    private ParcelRow row(Parcel p) {
        return vm.rows().stream().filter(r -> r.parcel().id().equals(p.id())).findFirst().orElseThrow();
    }

    @Test
    void anUnmatchedParcelIsPutOnTheVillagerFoundByItsLabelPhone() {
        assertEquals(2, vm.rows().size());
        assertEquals("2 parcel(s) to sort.", vm.messageProperty().get());
        Villager pema = st.villager("白玛", "13700001111", st.otherVillage, true);   // registered after the parcel came
        vm.proposeFor(row(unknownPhone));
        assertEquals("13700001111", vm.villagerQueryProperty().get());
        assertEquals(1, vm.villagers().size());
        vm.assign(row(unknownPhone), vm.villagers().get(0));
        assertEquals("", vm.errorProperty().get());
        Parcel now = st.rt.parcels().get(unknownPhone.id());
        assertEquals(pema.id(), now.recipientId());
        assertEquals(st.otherVillage.id(), now.villageId(), "it shows on the villager's village notice");
        assertTrue(vm.messageProperty().get().contains("白玛") && vm.messageProperty().get().contains(now.slot()),
                vm.messageProperty().get());
        assertEquals(1, vm.rows().size());
        assertEquals("", vm.villagerQueryProperty().get(), "ready for the next parcel");
        assertEquals(1, st.saved);
    }

    @Test
    void aParcelWithNoPhoneIsFoundByTheNameTyped() {
        vm.villagerQueryProperty().set("扎西");
        vm.findVillagers();
        assertEquals(1, vm.villagers().size());
        vm.assign(row(noPhone), vm.villagers().get(0));
        assertEquals("", vm.errorProperty().get());
        assertEquals(tashi.id(), st.rt.parcels().get(noPhone.id()).recipientId());
        assertEquals(2, st.rt.parcels().openFor(tashi.id()).size());
    }

    @Test
    void choosingNothingOrAParcelChangedMeanwhileIsRefusedAndNothingChanges() {
        vm.villagerQueryProperty().set("扎西");
        vm.findVillagers();
        vm.assign(null, vm.villagers().get(0));
        assertEquals("Choose a parcel and a villager.", vm.errorProperty().get());
        vm.assign(row(noPhone), null);
        assertEquals("Choose a parcel and a villager.", vm.errorProperty().get());

        Villager pema = st.villager("白玛", "13700001111", st.otherVillage, true);
        st.rt.parcels().assignRecipient(noPhone.id(), noPhone.version(), pema.id());   // at the other counter
        vm.assign(row(noPhone), vm.villagers().get(0));
        assertEquals("Someone else changed this record in the meantime. Open it again to see the latest and redo "
                + "your change.", vm.errorProperty().get());
        assertEquals(pema.id(), st.rt.parcels().get(noPhone.id()).recipientId());
        assertNull(st.rt.parcels().get(unknownPhone.id()).recipientId());
        assertEquals(0, st.saved);
    }
}
