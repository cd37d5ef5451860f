package org.skyroad.station.ui.cash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
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
    AppDriver app;
    StationRuntime rt;
    AppWindow window;
    Path out;
    Shots shots;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(30);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void signIn(FxRobot robot, String name, String password) throws Exception {
        app.waitUntil(() -> Shots.shown(robot, "#username"));
        Shots.setText(robot, "#username", name);
        robot.clickOn("#username").type(KeyCode.TAB).write(password, 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#areaPane") && Shots.shown(robot, "#search"));
    }

    private void fillClose(FxRobot robot) throws Exception {
        Shots.setText(robot, "#countY100", "2");
        Shots.setText(robot, "#countY20", "3");
        Shots.setText(robot, "#countY1", "4");
        Shots.setText(robot, "#countJ5", "1");
        Shots.setText(robot, "#closeReason", "少了一张一百元 one 100 note missing");
        Shots.setText(robot, "#managerName", "dolkar");
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 700);
        rt = app.closesAfter(StationRuntime.open(dir.resolve("demo/station")));
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
        window = new AppWindow(app.stage(), rt, app.executor(), true);
        WaitForAsyncUtils.asyncFx(window::start).get();
        signIn(robot, "tenzin", PASSWORD);
        robot.type(KeyCode.F6);
        app.waitUntil(() -> Shots.shown(robot, "#balance") && !robot.lookup("#movements").queryTableView().getItems().isEmpty());
        shots.take("c01-drawer-zh");
        Shots.tab(robot, 1);
        app.waitUntil(() -> Shots.shown(robot, "#countY100"));
        fillClose(robot);
        shots.take("c02-close-zh");
        Shots.setText(robot, "#managerName", "");
        robot.clickOn("#countY100");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        app.waitUntil(() -> Shots.shown(robot, "#closeMessage"));
        shots.take("c03-close-waiting-zh");
        Shots.tab(robot, 2);
        shots.take("c04-fees-operator-zh");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.BO)).get();
        app.waitUntil(() -> Shots.shown(robot, "#tabs"));
        Shots.tab(robot, 0);
        app.waitUntil(() -> !robot.lookup("#movements").queryTableView().getItems().isEmpty());
        shots.take("c05-drawer-bo");
        Shots.tab(robot, 1);
        app.waitUntil(() -> Shots.shown(robot, "#countY100"));
        fillClose(robot);
        shots.take("c06-close-bo");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.EN)).get();
        app.waitUntil(() -> Shots.shown(robot, "#tabs"));
        Shots.tab(robot, 0);
        app.waitUntil(() -> !robot.lookup("#movements").queryTableView().getItems().isEmpty());
        shots.take("c07-drawer-en");
        Shots.tab(robot, 1);
        app.waitUntil(() -> Shots.shown(robot, "#countY100"));
        fillClose(robot);
        shots.take("c08-close-en");

        WaitForAsyncUtils.asyncFx(() -> window.signedOut()).get();
        signIn(robot, DemoData.DEMO_ADMIN, DemoData.DEMO_PASSWORD);
        robot.type(KeyCode.F6);
        app.waitUntil(() -> Shots.shown(robot, "#tabs"));
        Shots.tab(robot, 2);
        app.waitUntil(() -> robot.lookup("#feeTable").queryTableView().getItems().size() > 1);
        shots.take("c09-fees-en");
        robot.type(KeyCode.PAGE_UP);
        Thread.sleep(800);
        shots.take("c10-fees-previous-en");
    }
}
