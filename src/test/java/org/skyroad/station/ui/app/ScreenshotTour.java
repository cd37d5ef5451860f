package org.skyroad.station.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders every screen to PNG for a person to look at.
 * {@code mvn test -Dtest=ScreenshotTour -Dskyroad.shots=/path/to/shots}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class ScreenshotTour {

    @TempDir
    Path dir;
    AppDriver app;
    StationRuntime rt;
    AppWindow window;
    Path out;
    Shots shots;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(15);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void language(Language l) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(l)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 400);
        Messages.setLocale(Messages.CHINESE);

        // first start
        rt = StationRuntime.open(dir.resolve("fresh/station"));
        window = new AppWindow(app.stage(), rt, app.executor(), false);
        WaitForAsyncUtils.asyncFx(window::start).get();
        app.waitUntil(() -> Shots.shown(robot, "#stationCode"));
        shots.take("01-setup-zh");
        Shots.setText(robot, "#stationCode", "T3");
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#error"));
        shots.take("02-setup-error-zh");
        language(Language.BO);
        shots.take("03-setup-bo");
        language(Language.EN);
        shots.take("04-setup-en");
        FxToolkit.cleanupStages();
        rt.close();

        // the demo station
        rt = app.closesAfter(StationRuntime.open(dir.resolve("demo/station")));
        rt.session().signIn(Actor.system("demo"));
        rt.demo().fill(42, 600, Progress.NONE);
        rt.session().signOut();
        Messages.setLocale(Messages.CHINESE);
        window = new AppWindow(app.stage(), rt, app.executor(), true);
        WaitForAsyncUtils.asyncFx(window::start).get();
        app.waitUntil(() -> Shots.shown(robot, "#username"));
        shots.take("05-signin-zh");
        language(Language.BO);
        shots.take("06-signin-bo");
        language(Language.ZH);
        app.waitUntil(() -> Shots.shown(robot, "#username"));
        Shots.setText(robot, "#username", DemoData.DEMO_ADMIN);
        robot.type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#areaPane") && Shots.shown(robot, "#search"));
        Shots.setText(robot, "#search", "扎西");
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shots.take("07-counter-zh");
        robot.type(KeyCode.F2);
        app.waitUntil(() -> robot.lookup("#search").queryAs(TextField.class).isFocused());
        Shots.setText(robot, "#search", "བཀྲ་ཤིས");
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shots.take("08-villagers-tibetan-zh");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#name") && robot.lookup("#name").queryAs(TextField.class).isFocused());
        shots.take("09-villager-edit-zh");
        robot.type(KeyCode.ESCAPE);
        var first = rt.villagers();
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        app.waitUntil(() -> robot.lookup("#name").queryAs(TextField.class).isFocused());
        Shots.setText(robot, "#name", "达瓦");
        rt.session().actor();
        String phone = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.TableView<?>) robot.lookup("#table").queryTableView())
                .getItems().stream().map(r -> ((org.skyroad.station.ui.villagers.VillagerRow) r).phone())
                .filter(p -> !p.isEmpty()).findFirst().orElse("13800000000")).get();
        Shots.setText(robot, "#phone", phone);
        robot.clickOn("#name").type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#duplicateBox"));
        shots.take("10-duplicate-zh");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F4);
        shots.take("11-placeholder-parcels-zh");
        robot.type(KeyCode.F9);
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shots.take("12-admin-staff-zh");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1)).get();
        shots.take("13-admin-settings-zh");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2)).get();
        shots.take("14-admin-villages-zh");
        language(Language.BO);
        robot.type(KeyCode.F1);
        app.waitUntil(() -> Shots.shown(robot, "#search"));
        Shots.setText(robot, "#search", "ཚེ་རིང");
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shots.take("15-counter-bo");
        language(Language.EN);
        robot.type(KeyCode.F2);
        app.waitUntil(() -> Shots.shown(robot, "#search"));
        Shots.setText(robot, "#search", "5");
        Shots.setText(robot, "#search", "Tashi");
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shots.take("16-villagers-en");
    }
}
