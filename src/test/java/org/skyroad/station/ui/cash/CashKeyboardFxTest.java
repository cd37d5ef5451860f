package org.skyroad.station.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
    FxTaskExecutor executor;
    Stage stage;
    FxRobot robot;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        org.skyroad.station.ui.app.Fonts.load();
        executor = new FxTaskExecutor();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
        if (rt != null) {
            rt.close();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private boolean focused(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private String text(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Label.class).getText()).get();
    }

    private void chord(KeyCode modifier, KeyCode code) {
        robot.press(modifier).press(code).release(code).release(modifier);
    }

    @Test
    void aFloatInAndTheDailyCloseAreDoneWithTheKeyboardOnly(FxRobot robot) throws Exception {
        this.robot = robot;
        rt = UiFixtures.setUpStation(dir);
        CashUiStation.RecordingPrintouts printer = new CashUiStation.RecordingPrintouts();
        WaitForAsyncUtils.asyncFx(() -> {
            AppWindow window = new AppWindow(stage, rt, executor, false);
            window.setPrintouts(printer);
            window.start();
        });
        waitUntil(() -> focused("#username"));
        robot.write(UiFixtures.ADMIN, 0).type(KeyCode.TAB).write(UiFixtures.PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> focused("#search"));

        robot.type(KeyCode.F6);
        waitUntil(() -> focused("#kind"));
        waitUntil(() -> "¥0.00".equals(text("#balance")));
        chord(KeyCode.ALT, KeyCode.I);
        waitUntil(() -> focused("#amount"));
        robot.write("350", 0).type(KeyCode.ENTER);
        waitUntil(() -> focused("#reason"));
        robot.write("change from the township bank", 0).type(KeyCode.ENTER);
        waitUntil(() -> "¥350.00".equals(text("#balance")));
        waitUntil(() -> robot.lookup("#movements").queryTableView().getItems().size() == 1);

        chord(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> focused("#countY100"));
        waitUntil(() -> "¥350.00".equals(text("#expected")));
        robot.write("3", 0).type(KeyCode.ENTER);                  // three 100 notes
        waitUntil(() -> focused("#countY50"));
        robot.write("1", 0).type(KeyCode.ENTER);                  // one 50 note
        waitUntil(() -> focused("#countY20"));
        waitUntil(() -> "¥0.00".equals(text("#difference")));
        chord(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> printer.printed.size() == 1);
        waitUntil(() -> text("#closeMessage").startsWith("Drawer closed"));

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
