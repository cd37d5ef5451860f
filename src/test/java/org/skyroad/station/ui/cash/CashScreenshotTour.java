package org.skyroad.station.ui.cash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.app.Fonts;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the cash screens to PNG in Chinese, Tibetan and English for a person to
 * look at. {@code mvn test -Dtest=CashScreenshotTour -Dskyroad.shots=/path/to/shots}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class CashScreenshotTour {

    static final String PASSWORD = "counter-123";

    @TempDir
    Path dir;
    FxTaskExecutor executor;
    Stage stage;
    StationRuntime rt;
    AppWindow window;
    Path out;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
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

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            var image = stage.getScene().snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
            return null;
        }).get();
    }

    private void tab(FxRobot robot, int index) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setText(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    private boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible();
    }

    private void signIn(FxRobot robot, String name, String password) throws Exception {
        waitUntil(() -> shown(robot, "#username"));
        setText(robot, "#username", name);
        robot.clickOn("#username").type(KeyCode.TAB).write(password, 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#areaPane") && shown(robot, "#search"));
    }

    private void fillClose(FxRobot robot) throws Exception {
        setText(robot, "#countY100", "2");
        setText(robot, "#countY20", "3");
        setText(robot, "#countY1", "4");
        setText(robot, "#countJ5", "1");
        setText(robot, "#closeReason", "少了一张一百元 one 100 note missing");
        setText(robot, "#managerName", "dolkar");
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        rt = StationRuntime.open(dir.resolve("demo/station"));
        rt.session().signIn(Actor.system("demo"));
        rt.demo().fill(42, 120, Progress.NONE);
        rt.orderDemo().fill(42, 120, Progress.NONE);
        rt.staff().add("dolkar", "卓嘎 Dolkar", Role.MANAGER, PASSWORD.toCharArray());
        rt.staff().add("tenzin", "丹增 Tenzin", Role.OPERATOR, PASSWORD.toCharArray());
        rt.cash().record(CashMovementKind.FLOAT_IN, Money.parse("300.00"), "从乡镇银行取零钱 change from the bank", null, null);
        rt.cash().record(CashMovementKind.PARCEL_FEE, Money.parse("12.00"), null, "parcel_dropoff", UUID.randomUUID());
        rt.cash().record(CashMovementKind.EXPENSE, Money.parse("25.50"), "胶带和纸箱 tape and boxes", null, null);
        rt.cash().record(CashMovementKind.COD_COLLECTED, Money.parse("86.00"), null, "parcel_handover", UUID.randomUUID());
        rt.session().signOut();

        Messages.setLocale(Messages.CHINESE);
        window = new AppWindow(stage, rt, executor, true);
        WaitForAsyncUtils.asyncFx(window::start).get();
        signIn(robot, "tenzin", PASSWORD);
        robot.type(KeyCode.F6);
        waitUntil(() -> shown(robot, "#balance") && !robot.lookup("#movements").queryTableView().getItems().isEmpty());
        shot("c01-drawer-zh");
        tab(robot, 1);
        waitUntil(() -> shown(robot, "#countY100"));
        fillClose(robot);
        shot("c02-close-zh");
        setText(robot, "#managerName", "");
        robot.clickOn("#countY100");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#closeMessage"));
        shot("c03-close-waiting-zh");
        tab(robot, 2);
        shot("c04-fees-operator-zh");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.BO)).get();
        waitUntil(() -> shown(robot, "#tabs"));
        tab(robot, 0);
        waitUntil(() -> !robot.lookup("#movements").queryTableView().getItems().isEmpty());
        shot("c05-drawer-bo");
        tab(robot, 1);
        waitUntil(() -> shown(robot, "#countY100"));
        fillClose(robot);
        shot("c06-close-bo");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.EN)).get();
        waitUntil(() -> shown(robot, "#tabs"));
        tab(robot, 0);
        waitUntil(() -> !robot.lookup("#movements").queryTableView().getItems().isEmpty());
        shot("c07-drawer-en");
        tab(robot, 1);
        waitUntil(() -> shown(robot, "#countY100"));
        fillClose(robot);
        shot("c08-close-en");

        WaitForAsyncUtils.asyncFx(() -> window.signedOut()).get();
        signIn(robot, DemoData.DEMO_ADMIN, DemoData.DEMO_PASSWORD);
        robot.type(KeyCode.F6);
        waitUntil(() -> shown(robot, "#tabs"));
        tab(robot, 2);
        waitUntil(() -> robot.lookup("#feeTable").queryTableView().getItems().size() > 1);
        shot("c09-fees-en");
        robot.type(KeyCode.PAGE_UP);
        Thread.sleep(800);
        shot("c10-fees-previous-en");
    }
}
