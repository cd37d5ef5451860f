package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.RecipientMatch;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.ui.ManualTaskExecutor;

class ParcelCheckInViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    Villager tashi;
    ParcelCheckInViewModel vm;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir);
        tashi = st.villager("扎西", "13800138000", st.village, true);
        vm = new ParcelCheckInViewModel(st.screens());
    }

    @AfterEach
    void close() {
        st.close();
    }

    private void scan(String text) {
        vm.scanProperty().set(text);
        vm.submit();
    }

    private long parcels() {
        return st.rt.parcels().openCount();
    }

    @Test
    void aScanAloneOfTheParcelAnAssistedOrderAwaitsGoesToThatVillager() {
        st.villager("卓玛", "13900135678", st.otherVillage, true);
        st.shippedOrder(tashi, "YT 1234 5678 9012 3");
        scan("YT1234567890123");
        assertEquals(RecipientMatch.Kind.ORDER, vm.lastMatchKind());
        Parcel p = st.rt.parcels().get(vm.shownProperty().get().result().parcel().id());
        assertEquals(tashi.id(), p.recipientId());
        assertEquals(st.village.id(), p.villageId());
        assertEquals("Recipient found by the assisted order shipped with this number.", vm.matchNoteProperty().get());
        assertTrue(st.rt.parcels().unmatched().isEmpty());
        scan("YT2234567890123");                       // no order has this one: unmatched as before
        assertEquals(RecipientMatch.Kind.NONE, vm.lastMatchKind());
    }

    @Test
    void aLabelPhoneTypedWinsOverTheOrdersVillager() {
        Villager dolma = st.villager("卓玛", "13900135678", st.otherVillage, true);
        st.shippedOrder(tashi, "YT1234567890123");
        vm.labelPhoneProperty().set("5678");
        scan("YT1234567890123");
        assertEquals(RecipientMatch.Kind.PHONE_TAIL, vm.lastMatchKind());
        assertEquals(dolma.id(), st.rt.parcels().get(vm.shownProperty().get().result().parcel().id()).recipientId());
    }

    @Test
    void recognisedNumberWithMatchingLabelPhoneIsCheckedInAtOnceAndThePhoneAndTagsAreCleared() {
        vm.labelPhoneProperty().set("13800138000");
        vm.fragileProperty().set(true);
        scan("SF1234567890123");
        ParcelCheckInViewModel.Shown shown = vm.shownProperty().get();
        assertNotNull(shown);
        assertEquals("扎西", shown.recipient());
        assertEquals(RecipientMatch.Kind.PHONE, vm.lastMatchKind());
        Parcel p = st.rt.parcels().get(shown.result().parcel().id());
        assertEquals(tashi.id(), p.recipientId());
        assertEquals(Carrier.SF, p.carrier());
        assertTrue(p.tags().fragile());
        assertEquals(p.pickupCode().value(), shown.code());
        assertEquals(p.slot(), shown.slot());
        assertEquals("", vm.labelPhoneProperty().get());
        assertFalse(vm.fragileProperty().get());
        assertEquals("", vm.scanProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(1, vm.recent().size());
        assertEquals(1, st.saved);
    }

    @Test
    void fourDigitsAndEnterInTheScanFieldAreTheLabelPhoneTailForTheNextScan() {
        scan("8000");
        assertEquals("8000", vm.labelPhoneProperty().get());
        assertEquals(0, parcels());
        scan("JT0001234567890");
        assertEquals(RecipientMatch.Kind.PHONE_TAIL, vm.lastMatchKind());
        assertEquals(tashi.id(), vm.shownProperty().get().result().parcel().recipientId());
    }

    @Test
    void theSameNumberScannedAgainShowsTheWarningAndWritesNothing() {
        scan("SF1234567890123");
        Parcel first = vm.shownProperty().get().result().parcel();
        scan(" sf 1234567890123 ");
        assertEquals(1, parcels());
        assertTrue(vm.warningProperty().get().contains("SF1234567890123"), vm.warningProperty().get());
        assertTrue(vm.warningProperty().get().contains(first.pickupCode().value()));
        assertEquals(1, vm.recent().size());
    }

    @Test
    void anAmbiguousShapeAsksForTheCarrierByNumberKeyThenEnter() {
        scan("7712345678901");          // ZTO or STO
        assertTrue(vm.choosingCarrierProperty().get());
        assertEquals(List.of(Carrier.ZTO, Carrier.STO), vm.carrierChoices());
        assertEquals(0, parcels());
        vm.scanProperty().set("2");      // the key "2" typed in the scan field
        assertEquals(Carrier.STO, vm.chosenCarrierProperty().get());
        vm.submit();                      // Enter
        assertFalse(vm.choosingCarrierProperty().get());
        assertEquals(Carrier.STO, vm.shownProperty().get().result().parcel().carrier());
        assertEquals(1, parcels());
    }

    @Test
    void anUnknownShapeOffersEveryCarrierAndEscapeLeavesItUnchecked() {
        scan("ABC123456");
        assertTrue(vm.choosingCarrierProperty().get());
        assertEquals(ParcelCheckInViewModel.allCarriers(), vm.carrierChoices());
        vm.cancelCarrier();
        assertFalse(vm.choosingCarrierProperty().get());
        assertEquals(0, parcels());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'SF12',                                             error.parcel.trackingShape
            'SF12345678901234567890123456789012345678901234',   error.parcel.trackingTooLong
            'SF123\u0007456789',                                error.parcel.trackingControl
            """)
    void scansThatAreNotTrackingNumbersAreRefusedWithASentence(String scanned, String key) {
        scan(scanned);
        assertFalse(vm.errorProperty().get().isEmpty());
        assertFalse(vm.errorProperty().get().startsWith("error."), "a sentence, not a key: " + vm.errorProperty().get());
        assertEquals(0, parcels());
        assertTrue(vm.recent().isEmpty());
    }

    @Test
    void aVillagerWithoutConsentToPickupIsShownAtCheckIn() {
        st.villager("多吉", "13900139000", st.village, false);
        vm.labelPhoneProperty().set("13900139000");
        scan("YT1234567890123");
        assertTrue(vm.consentWarningProperty().get().contains("多吉"), vm.consentWarningProperty().get());
    }

    @Test
    void cashOnDeliveryIsStoredAndAWrongAmountIsRefusedBeforeAnythingIsWritten() {
        vm.codProperty().set(true);
        vm.codAmountProperty().set("12.345");
        scan("SF1234567890123");
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(0, parcels());
        assertTrue(vm.codProperty().get(), "the tags stay for the operator to correct");
        vm.codAmountProperty().set("35.50");
        scan("SF1234567890123");
        assertEquals(Money.ofFen(3550), vm.shownProperty().get().result().parcel().tags().cashOnDelivery());
    }

    @Test
    void aLabelNobodyMatchesGoesToTheUnmatchedList() {
        vm.labelPhoneProperty().set("13700137000");
        scan("SF1234567890123");
        assertEquals(RecipientMatch.Kind.NONE, vm.lastMatchKind());
        assertEquals(1, st.rt.parcels().unmatched().size());
    }

    @Test
    void scansArrivingWhileOneIsSavedAreCheckedInInTheirOrder() {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        vm = new ParcelCheckInViewModel(st.screens(manual));
        scan("SF1234567890123");
        scan("SF1234567890124");
        scan("SF1234567890125");
        assertTrue(vm.busyProperty().get());
        assertEquals(1, manual.queued.size(), "one at a time");
        while (!manual.queued.isEmpty()) {
            manual.runFirst();
        }
        assertFalse(vm.busyProperty().get());
        assertEquals(3, vm.checkedInCount());
        assertEquals(List.of("SF1234567890125", "SF1234567890124", "SF1234567890123"),
                vm.recent().stream().map(ParcelRow::tracking).toList());
    }
}
