package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.DropOff;
import org.skyroad.station.domain.villager.Villager;

class ParcelDropOffViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    ParcelDropOffViewModel vm;
    Villager tashi;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        tashi = st.villager("扎西", "13800138000", st.village, true);
        vm = new ParcelDropOffViewModel(st.screens());
    }

    @AfterEach
    void close() {
        st.close();
    }

    private void fillIn() {
        vm.senderQueryProperty().set("8000");
        vm.findSenders();
        vm.recipientNameProperty().set("王芳");
        vm.recipientPhoneProperty().set("13912345678");
        vm.addressProperty().set("拉萨市城关区北京中路 12 号");
        vm.trackingProperty().set("SF1234567890123");
        vm.feeProperty().set("12.50");
    }

    private List<DropOff> sent() {
        return st.rt.parcels().dropOffsOf(tashi.id());
    }

    @Test
    void aVillagerSendsAParcelAndTheFeeIsRecorded() {
        fillIn();
        assertEquals(tashi.id(), vm.senderProperty().get().villager().id(), "one match is chosen");
        assertEquals(Carrier.SF, vm.carrierProperty().get(), "recognised from the number");
        vm.save();
        assertEquals("", vm.errorProperty().get());
        assertEquals(1, sent().size());
        DropOff d = sent().get(0);
        assertEquals(Money.parse("12.50"), d.fee());
        assertEquals("王芳", d.recipientName().value());
        assertEquals(Carrier.SF, d.carrier());
        assertTrue(vm.messageProperty().get().contains("SF1234567890123"), vm.messageProperty().get());
        assertEquals("", vm.trackingProperty().get(), "the form is ready for the next parcel");
        assertEquals(1, st.saved);
    }

    @Test
    void badInputIsRefusedWithASentenceAndNothingIsSaved() {
        fillIn();
        vm.feeProperty().set("12,5x");
        vm.save();
        assertEquals("\"12,5x\" is not an amount of money. Type it like 12.50.", vm.errorProperty().get());
        vm.feeProperty().set("-3");
        vm.save();
        assertEquals("Fees cannot be negative.", vm.errorProperty().get());
        vm.feeProperty().set("5");

        vm.recipientNameProperty().set(" ");
        vm.save();
        assertEquals("Please type the name of the person the parcel goes to.", vm.errorProperty().get());
        vm.recipientNameProperty().set("王芳");
        vm.addressProperty().set("");
        vm.save();
        assertEquals("Please type the address the parcel goes to.", vm.errorProperty().get());
        vm.addressProperty().set("拉萨");
        vm.recipientPhoneProperty().set("call me");
        vm.save();
        assertTrue(vm.errorProperty().get().startsWith("\"call me\" is not a phone number"), vm.errorProperty().get());
        vm.recipientPhoneProperty().set("");
        vm.trackingProperty().set("SF12\u000734567890");
        vm.save();
        assertEquals("The scan holds invisible characters. Scan the label again.", vm.errorProperty().get());
        vm.trackingProperty().set("");
        vm.save();
        assertEquals("Scan or type the tracking number.", vm.errorProperty().get());
        vm.carrierProperty().set(null);
        vm.trackingProperty().set("98765432");
        vm.save();
        assertEquals("The carrier of 98765432 cannot be told from the number: choose the carrier.",
                vm.errorProperty().get());
        assertTrue(sent().isEmpty());
        assertEquals(0, st.saved);

        vm.carrierProperty().set(Carrier.EMS);
        vm.save();
        assertEquals("", vm.errorProperty().get());
        vm.trackingProperty().set("98765432");
        vm.addressProperty().set("拉萨");
        vm.recipientNameProperty().set("王芳");
        vm.save();
        assertEquals("A parcel with tracking number 98765432 was already sent from this station.", vm.errorProperty().get());
        assertEquals(1, sent().size());
    }
}
