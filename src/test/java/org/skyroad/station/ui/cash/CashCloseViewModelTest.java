package org.skyroad.station.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.cash.Denomination;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.DailyCloseReport;
import org.skyroad.station.i18n.Messages;

class CashCloseViewModelTest {

    @TempDir
    Path dir;
    CashUiStation s;
    CashCloseViewModel vm;

    @BeforeEach
    void open() {
        s = new CashUiStation(dir);
        s.book(CashMovementKind.FLOAT_IN, "200", "change for the day");
        s.book(CashMovementKind.EXPENSE, "12.50", "stamps");
        vm = new CashCloseViewModel(s.screens());
        vm.load();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void count(Denomination d, int n) {
        vm.piecesProperty(d).set(Integer.toString(n));
    }

    private DailyClose lastClose() {
        return s.rt.cash().closes(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).stream()
                .reduce((a, b) -> b).orElse(null);
    }

    @Test
    void expectedCountedAndDifferenceFollowTheKeys() {
        assertEquals("¥187.50", vm.expectedProperty().get());
        count(Denomination.Y100, 1);
        assertEquals("¥100.00", vm.countedProperty().get());
        assertEquals("−¥87.50", vm.differenceProperty().get());
        assertTrue(vm.overThresholdProperty().get());
        assertTrue(vm.managerNeededProperty().get(), "an operator closing needs a manager over the threshold");
        count(Denomination.Y50, 1);
        count(Denomination.Y20, 1);
        count(Denomination.Y10, 1);
        count(Denomination.Y5, 1);
        count(Denomination.Y1, 2);
        count(Denomination.J5, 1);
        assertEquals("¥187.50", vm.countedProperty().get());
        assertEquals("¥0.00", vm.differenceProperty().get());
        assertFalse(vm.differsProperty().get());
        assertFalse(vm.managerNeededProperty().get());
        assertTrue(vm.countedByPiecesProperty().get());
    }

    @Test
    void aCountWithoutDifferenceClosesSignedByTheOperatorAndPrintsTheReport() {
        vm.totalProperty().set("187.50");
        assertFalse(vm.countedByPiecesProperty().get());
        vm.close();
        assertEquals("", vm.errorProperty().get());
        DailyClose c = lastClose();
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals("tenzin", c.operatorName());
        assertNull(c.managerName());
        assertEquals(Money.parse("187.50"), c.counted().total());
        assertEquals(1, s.printer.printed.size());
        DailyCloseReport report = (DailyCloseReport) s.printer.printed.get(0);
        assertEquals("TS-003", report.station().code());
        assertEquals(LocalDate.of(2026, 11, 20), report.figures().day());
        assertEquals(Money.parse("187.50"), report.figures().counted());
        assertTrue(vm.messageProperty().get().contains("Printed daily-close."), vm.messageProperty().get());
        assertEquals("", vm.totalProperty().get(), "the form is empty again");
        assertEquals(1, s.saved);
    }

    @Test
    void aDifferenceNeedsAReasonBeforeAnythingIsSaved() {
        vm.totalProperty().set("180");
        vm.close();
        assertEquals(Messages.get("error.cash.closeReasonRequired", Money.parse("-7.50")), vm.errorProperty().get());
        assertNull(lastClose());
        assertTrue(s.printer.printed.isEmpty());
        vm.reasonProperty().set("change given twice");
        vm.close();
        assertEquals("", vm.errorProperty().get());
        DailyClose c = lastClose();
        assertEquals(Money.parse("-7.50"), c.difference());
        assertEquals("change given twice", c.reason());
        assertEquals(DailyClose.Status.SIGNED, c.status(), "within the threshold the operator's signature is enough");
    }

    @Test
    void overTheThresholdTheManagerSignsWithTheirOwnNameAndPassword() {
        count(Denomination.Y100, 1);
        vm.reasonProperty().set("a 100 note was handed back twice");
        vm.managerNameProperty().set("dolkar");
        vm.managerPasswordProperty().set(CashUiStation.PASSWORD);
        vm.close();
        assertEquals("", vm.errorProperty().get());
        DailyClose c = lastClose();
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals("tenzin", c.operatorName());
        assertEquals("dolkar", c.managerName());
        assertEquals(Messages.get("cashui.close.signedByBoth", "tenzin", "dolkar"), vm.signedByProperty().get());
        assertEquals("tenzin", s.rt.session().actor().orElseThrow().username(), "the operator stays signed in");
        assertEquals(1, s.printer.printed.size());
        assertEquals("", vm.managerPasswordProperty().get(), "the password is not kept");
        assertEquals("¥100.00", vm.expectedProperty().get(), "the counted cash opens the next period");
    }

    @Test
    void aWrongManagerPasswordIsRefusedAndNothingIsClosed() {
        count(Denomination.Y100, 1);
        vm.reasonProperty().set("short");
        vm.managerNameProperty().set("dolkar");
        vm.managerPasswordProperty().set("not-her-password");
        vm.close();
        assertEquals(Messages.get("error.signin.wrong"), vm.errorProperty().get());
        assertNull(lastClose());
        assertTrue(s.printer.printed.isEmpty());
        assertEquals("", vm.managerPasswordProperty().get());
        assertEquals("1", vm.piecesProperty(Denomination.Y100).get(), "the count stays to try again");
    }

    @Test
    void anOperatorCannotSignAsTheManager() {
        s.addPema();
        count(Denomination.Y100, 1);
        vm.reasonProperty().set("short");
        vm.managerNameProperty().set("pema");
        vm.managerPasswordProperty().set(CashUiStation.PASSWORD);
        vm.close();
        assertTrue(vm.errorProperty().get().startsWith("Pema cannot sign this"), vm.errorProperty().get());
        assertNull(lastClose());
    }

    @Test
    void withoutAManagerTheCloseWaitsAndAManagerCoSignsItLater() {
        count(Denomination.Y100, 1);
        vm.reasonProperty().set("short");
        vm.close();
        DailyClose waiting = lastClose();
        assertEquals(DailyClose.Status.AWAITING_MANAGER, waiting.status());
        assertEquals(Messages.get("cashui.close.awaitingManager"), vm.signedByProperty().get());
        assertEquals(1, vm.awaiting().size());
        assertTrue(vm.managerFieldsShownProperty().get(), "the manager's fields stay for the waiting close");
        assertEquals(Messages.get("cashui.close.managerForWaiting"), vm.managerPromptProperty().get());
        assertTrue(vm.reprintableProperty().get());
        vm.managerNameProperty().set("dolkar");
        vm.managerPasswordProperty().set(CashUiStation.PASSWORD);
        vm.cosign(vm.awaiting().get(0));
        assertEquals("", vm.errorProperty().get());
        assertEquals(DailyClose.Status.SIGNED, lastClose().status());
        assertEquals("dolkar", lastClose().managerName());
        assertTrue(vm.awaiting().isEmpty());
        assertFalse(vm.managerFieldsShownProperty().get());
    }

    @Test
    void aManagerClosingSignsAloneEvenOverTheThreshold() {
        s.signIn("dolkar");
        vm.load();
        count(Denomination.Y100, 1);
        assertFalse(vm.managerNeededProperty().get());
        vm.reasonProperty().set("short, counted twice");
        vm.close();
        assertEquals(DailyClose.Status.SIGNED, lastClose().status());
        assertEquals("dolkar", lastClose().managerName());
    }

    @Test
    void somethingThatIsNotANumberIsSaid() {
        vm.piecesProperty(Denomination.Y10).set("x");
        vm.close();
        assertEquals(Messages.get("cashui.close.piecesNotANumber", "x"), vm.errorProperty().get());
        assertNull(lastClose());
    }
}
