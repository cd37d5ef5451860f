package org.skyroad.station.ui.parcels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.persistence.JdbcParcelDropOffRepository;
import org.skyroad.station.persistence.JdbcParcelHandoverRepository;
import org.skyroad.station.persistence.JdbcParcelRepository;
import org.skyroad.station.persistence.JdbcParcelRunRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillageRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.service.ParcelDemoData;
import org.skyroad.station.service.ParcelDesk;
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
 * Not a test: renders the parcel screens and the counter to PNG for a person to look at.
 * {@code mvn test -Dtest=ParcelScreenshotTour -Dskyroad.shots=/path/to/shots}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class ParcelScreenshotTour {

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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
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

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        rt = StationRuntime.open(dir.resolve("demo/station"));
        rt.session().signIn(Actor.system("demo"));
        rt.demo().fill(42, 300, Progress.NONE);
        Jdbc jdbc = rt.database().jdbc();
        new ParcelDemoData(rt.serviceContext(), new JdbcParcelRepository(jdbc), new JdbcParcelHandoverRepository(jdbc),
                new JdbcParcelRunRepository(jdbc), new JdbcParcelDropOffRepository(jdbc), new JdbcVillagerRepository(jdbc),
                new JdbcVillageRepository(jdbc), new JdbcStationRepository(jdbc)).fill(42, 500, Progress.NONE);
        // A person with two parcels waiting, one Tibetan-named, for the counter and handover shots.
        var waiting = rt.villagers().find("བཀྲ", 50).stream()
                .filter(m -> !rt.parcels().openFor(m.villager().id()).isEmpty()).findFirst()
                .or(() -> rt.villagers().find("扎西", 50).stream()
                        .filter(m -> !rt.parcels().openFor(m.villager().id()).isEmpty()).findFirst())
                .orElseThrow();
        String phone = waiting.villager().phone() == null ? "" : waiting.villager().phone().digits();
        String code = rt.parcels().openFor(waiting.villager().id()).get(0).parcel().pickupCode().value();
        rt.session().signOut();

        Messages.setLocale(Messages.CHINESE);
        window = new AppWindow(stage, rt, executor, true);
        WaitForAsyncUtils.asyncFx(window::start).get();
        waitUntil(() -> shown(robot, "#username"));
        setText(robot, "#username", DemoData.DEMO_ADMIN);
        robot.type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#areaPane") && shown(robot, "#search"));
        setText(robot, "#search", waiting.villager().name().value());
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> !robot.lookup("#counterParcels").queryTableView().getItems().isEmpty());
        shot("p01-counter-parcels-zh");

        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#scan").queryAs(TextField.class).isFocused());
        robot.write(phone.isEmpty() ? "0000" : phone.substring(7), 0).type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        robot.write("SF9876543210987", 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#resultBox") && !robot.lookup("#code").queryLabeled().getText().isEmpty());
        robot.write("SF9876543210987", 0).type(KeyCode.ENTER);
        Thread.sleep(500);
        shot("p02-checkin-duplicate-zh");
        robot.write("7712345678901", 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#carrierBox"));
        robot.write("2", 0);
        shot("p03-checkin-choose-carrier-zh");
        robot.type(KeyCode.ENTER);

        tab(robot, 1);
        waitUntil(() -> robot.lookup("#handoverSearch").queryAs(TextField.class).isFocused());
        robot.write(code, 0);
        waitUntil(() -> !robot.lookup("#handoverTable").queryTableView().getItems().isEmpty());
        shot("p04-handover-zh");
        String[] names = {"p05-unmatched-zh", "p06-notices-zh", "p07-runs-zh", "p08-ageing-zh", "p09-reconcile-zh",
            "p10-dropoff-zh"};
        for (int i = 0; i < names.length; i++) {
            tab(robot, i + 2);
            shot(names[i]);
        }

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.BO)).get();
        waitUntil(() -> shown(robot, "#tabs"));
        tab(robot, 0);
        robot.write("8000", 0).type(KeyCode.ENTER).write("JT0001112223334", 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#resultBox"));
        shot("p11-checkin-bo");
        tab(robot, 1);
        setText(robot, "#handoverSearch", code);
        robot.type(KeyCode.ENTER);
        Thread.sleep(500);
        shot("p12-handover-bo");
        tab(robot, 3);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#language").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(1)).get();
        waitUntil(() -> !robot.lookup("#noticeTable").queryTableView().getItems().isEmpty());
        shot("p12b-notices-bo");
        for (int i = 4; i < 8; i++) {
            tab(robot, i);
            shot("p12" + (char) ('c' + i - 4) + "-tab" + i + "-bo");
        }
        robot.type(KeyCode.F1);
        waitUntil(() -> shown(robot, "#search"));
        setText(robot, "#search", waiting.villager().name().value());
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shot("p13-counter-bo");
        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.EN)).get();
        waitUntil(() -> shown(robot, "#search"));
        robot.type(KeyCode.F4);
        waitUntil(() -> shown(robot, "#tabs"));
        tab(robot, 5);
        shot("p14-ageing-en");
    }
}
