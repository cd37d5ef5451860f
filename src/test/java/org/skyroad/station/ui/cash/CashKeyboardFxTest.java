package org.skyroad.station.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.DailyCloseReport;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cash drawer with the keyboard only: F6, a float in typed as amount, reason and Enter,
 * then Ctrl+2 to the daily close, the notes counted field by field with Enter, and Ctrl+S to
 * sign and close; the close report goes to the printer.
 */
@ExtendWith(ApplicationExtension.class)
class CashKeyboardFxTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void aFloatInAndTheDailyCloseAreDoneWithTheKeyboardOnly(FxRobot robot) throws Exception {
        app.use(robot);
        rt = app.closesAfter(UiFixtures.setUpStation(dir));
        CashUiStation.RecordingPrintouts printer = new CashUiStation.RecordingPrintouts();
        app.open(rt, window -> {
            window.setPrintouts(printer);
            window.start();
        });
        app.signIn();

        robot.type(KeyCode.F6);
        app.waitUntil(() -> app.focused("#kind"));
        app.waitUntil(() -> "¥0.00".equals(app.text("#balance")));
        app.chord(KeyCode.ALT, KeyCode.I);
        app.waitUntil(() -> app.focused("#amount"));
        robot.write("350", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#reason"));
        robot.write("change from the township bank", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> "¥350.00".equals(app.text("#balance")));
        app.waitUntil(() -> robot.lookup("#movements").queryTableView().getItems().size() == 1);

        app.chord(KeyCode.CONTROL, KeyCode.DIGIT2);
        app.waitUntil(() -> app.focused("#countY100"));
        app.waitUntil(() -> "¥350.00".equals(app.text("#expected")));
        robot.write("3", 0).type(KeyCode.ENTER);                  // three 100 notes
        app.waitUntil(() -> app.focused("#countY50"));
        robot.write("1", 0).type(KeyCode.ENTER);                  // one 50 note
        app.waitUntil(() -> app.focused("#countY20"));
        app.waitUntil(() -> "¥0.00".equals(app.text("#difference")));
        app.chord(KeyCode.CONTROL, KeyCode.S);
        app.waitUntil(() -> printer.printed.size() == 1);
        app.waitUntil(() -> app.text("#closeMessage").startsWith("Drawer closed"));

        UiFixtures.signInAsSystem(rt);
        DailyClose c = rt.cash().closes(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).get(0);
        assertEquals(Money.parse("350.00"), c.counted().total());
        assertEquals(3, c.counted().pieces().get(org.skyroad.station.domain.cash.Denomination.Y100));
        assertEquals(Money.ZERO, c.difference());
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals("admin", c.operatorName());
        var moves = rt.cash().movementsSinceClose();
        assertTrue(moves.isEmpty(), "the float in was taken into the close");
        assertEquals(CashMovementKind.FLOAT_IN, rt.cash().movementsOn(c.businessDate()).get(0).kind());
        DailyCloseReport report = (DailyCloseReport) printer.printed.get(0);
        assertEquals(Money.parse("350.00"), report.figures().counted());
    }
}
