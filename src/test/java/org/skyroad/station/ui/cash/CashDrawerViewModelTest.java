package org.skyroad.station.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.i18n.Messages;

class CashDrawerViewModelTest {

    @TempDir
    Path dir;
    CashUiStation s;
    CashDrawerViewModel vm;

    @BeforeEach
    void open() {
        s = new CashUiStation(dir);
        vm = new CashDrawerViewModel(s.screens());
        vm.load();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void book(CashMovementKind kind, String amount, String reason) {
        vm.kindProperty().set(kind);
        vm.amountProperty().set(amount);
        vm.reasonProperty().set(reason);
        vm.save();
    }

    @Test
    void theBalanceFollowsEveryMovementBookedAtTheCounter() {
        assertEquals("¥0.00", vm.balanceProperty().get());
        book(CashMovementKind.FLOAT_IN, "500", "change from the bank");
        s.clock.advance(Duration.ofMinutes(5));
        book(CashMovementKind.EXPENSE, "30.50", "packing tape");
        s.clock.advance(Duration.ofMinutes(5));
        book(CashMovementKind.FLOAT_OUT, "100", "to the township");
        assertEquals("", vm.errorProperty().get());
        assertEquals("¥369.50", vm.balanceProperty().get());
        assertEquals(Money.parse("369.50"), s.rt.cash().expectedBalance());
        assertEquals(3, vm.rows().size());
        CashRow newest = vm.rows().get(0);
        assertEquals("18:10", newest.time(), "in the station's zone, newest first");
        assertEquals("Float out", newest.kind());
        assertEquals("−¥100.00", newest.amount());
        assertEquals("tenzin", newest.who());
        assertEquals("to the township", newest.why());
        assertEquals("+¥500.00", vm.rows().get(2).amount());
        assertEquals(3, s.saved);
        assertEquals("", vm.amountProperty().get(), "the form is empty for the next one");
    }

    @Test
    void anExpenseWithoutAReasonIsRefusedWithTheDrawersSentence() {
        book(CashMovementKind.FLOAT_IN, "50", "change");
        book(CashMovementKind.EXPENSE, "20", "");
        assertEquals(Messages.get("error.cash.reasonRequired"), vm.errorProperty().get());
        assertEquals("¥50.00", vm.balanceProperty().get());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void payingOutMoreThanTheDrawerHoldsIsRefused() {
        book(CashMovementKind.FLOAT_IN, "50", "change");
        book(CashMovementKind.FLOAT_OUT, "80", "to the bank");
        assertEquals(Messages.get("error.cash.notEnoughCash", Money.parse("50"), Money.parse("80")),
                vm.errorProperty().get());
        assertEquals("80", vm.amountProperty().get(), "what was typed stays to be put right");
    }

    @Test
    void aTypoInTheAmountIsSaidBeforeAnythingIsBooked() {
        book(CashMovementKind.FLOAT_IN, "5o0", "change");
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(0, vm.rows().size());
    }

    @Test
    void anOperatorCannotReverseAMovementAndIsToldWhy() {
        book(CashMovementKind.FLOAT_IN, "200", "change");
        vm.selectedProperty().set(vm.rows().get(0));
        vm.reverseReasonProperty().set("typed twice");
        vm.reverseSelected();
        assertTrue(vm.errorProperty().get().startsWith("Tenzin may not do this"), vm.errorProperty().get());
        assertEquals("¥200.00", vm.balanceProperty().get());
    }

    @Test
    void aManagerReversesAMovementWithAReasonAndTheBalanceComesBack() {
        book(CashMovementKind.FLOAT_IN, "200", "change");
        book(CashMovementKind.EXPENSE, "15", "tea for the visitors");
        s.signIn("dolkar");
        vm.load();
        CashRow expense = vm.rows().get(0);
        vm.selectedProperty().set(expense);
        vm.reverseReasonProperty().set("");
        vm.reverseSelected();
        assertEquals(Messages.get("error.cash.reasonRequired"), vm.errorProperty().get());
        vm.reverseReasonProperty().set("paid from the petty cash box, not the drawer");
        vm.reverseSelected();
        assertEquals("", vm.errorProperty().get());
        assertEquals("¥200.00", vm.balanceProperty().get());
        assertEquals(3, vm.rows().size());
        CashRow correction = vm.rows().get(0);
        assertEquals("Correction", correction.kind());
        assertEquals("+¥15.00", correction.amount());
        assertFalse(correction.reversible(), "a reversal is not reversed");
        CashRow reversed = vm.rows().get(1);
        assertTrue(reversed.reversed());
        vm.selectedProperty().set(reversed);
        vm.reverseReasonProperty().set("again");
        vm.reverseSelected();
        assertEquals(Messages.get("error.cash.alreadyReversed"), vm.errorProperty().get());
    }

    @Test
    void reversingWithNothingChosenAsksForAMovement() {
        vm.reverseSelected();
        assertEquals(Messages.get("cashui.drawer.chooseMovement"), vm.errorProperty().get());
    }

    @Test
    void aMovementOfAParcelSaysWhatItBelongsTo() {
        s.rt.cash().record(CashMovementKind.PARCEL_FEE, Money.parse("8"), null, "parcel_dropoff",
                java.util.UUID.fromString("0e2b7c1a-0000-0000-0000-000000000001"));
        vm.load();
        assertEquals("Parcel sent 0e2b7c1a", vm.rows().get(0).belongsTo());
    }
}
