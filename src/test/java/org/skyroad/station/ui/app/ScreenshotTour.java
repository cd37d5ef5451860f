package org.skyroad.station.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.common.FxTaskExecutor;
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
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);   // let the last background answers and layout settle
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            var image = stage.getScene().snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
            return null;
        }).get();
    }

    private void language(Language l) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(l)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setText(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    private boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        Messages.setLocale(Messages.CHINESE);

        // first start
        rt = StationRuntime.open(dir.resolve("fresh/station"));
        window = new AppWindow(stage, rt, executor, false);
        WaitForAsyncUtils.asyncFx(window::start).get();
        waitUntil(() -> shown(robot, "#stationCode"));
        shot("01-setup-zh");
        setText(robot, "#stationCode", "T3");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#error"));
        shot("02-setup-error-zh");
        language(Language.BO);
        shot("03-setup-bo");
        language(Language.EN);
        shot("04-setup-en");
        FxToolkit.cleanupStages();
        rt.close();

        // the demo station
        rt = StationRuntime.open(dir.resolve("demo/station"));
        rt.session().signIn(Actor.system("demo"));
        rt.demo().fill(42, 600, Progress.NONE);
        rt.session().signOut();
        Messages.setLocale(Messages.CHINESE);
        window = new AppWindow(stage, rt, executor, true);
        WaitForAsyncUtils.asyncFx(window::start).get();
        waitUntil(() -> shown(robot, "#username"));
        shot("05-signin-zh");
        language(Language.BO);
        shot("06-signin-bo");
        language(Language.ZH);
        waitUntil(() -> shown(robot, "#username"));
        setText(robot, "#username", DemoData.DEMO_ADMIN);
        robot.type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#areaPane") && shown(robot, "#search"));
        setText(robot, "#search", "扎西");
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shot("07-counter-zh");
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#search").queryAs(TextField.class).isFocused());
        setText(robot, "#search", "བཀྲ་ཤིས");
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shot("08-villagers-tibetan-zh");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#name") && robot.lookup("#name").queryAs(TextField.class).isFocused());
        shot("09-villager-edit-zh");
        robot.type(KeyCode.ESCAPE);
        var first = rt.villagers();
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#name").queryAs(TextField.class).isFocused());
        setText(robot, "#name", "达瓦");
        rt.session().actor();
        String phone = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.TableView<?>) robot.lookup("#table").queryTableView())
                .getItems().stream().map(r -> ((org.skyroad.station.ui.villagers.VillagerRow) r).phone())
                .filter(p -> !p.isEmpty()).findFirst().orElse("13800000000")).get();
        setText(robot, "#phone", phone);
        robot.clickOn("#name").type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#duplicateBox"));
        shot("10-duplicate-zh");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F4);
        shot("11-placeholder-parcels-zh");
        robot.type(KeyCode.F9);
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shot("12-admin-staff-zh");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1)).get();
        shot("13-admin-settings-zh");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2)).get();
        shot("14-admin-villages-zh");
        language(Language.BO);
        robot.type(KeyCode.F1);
        waitUntil(() -> shown(robot, "#search"));
        setText(robot, "#search", "ཚེ་རིང");
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shot("15-counter-bo");
        language(Language.EN);
        robot.type(KeyCode.F2);
        waitUntil(() -> shown(robot, "#search"));
        setText(robot, "#search", "5");
        setText(robot, "#search", "Tashi");
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shot("16-villagers-en");
    }
}
