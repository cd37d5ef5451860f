package org.skyroad.station.ui.parcels;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
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
    AppDriver app;
    StationRuntime rt;
    AppWindow window;
    Path out;
    Shots shots;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(20);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 600);
        rt = app.closesAfter(StationRuntime.open(dir.resolve("demo/station")));
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
        window = new AppWindow(app.stage(), rt, app.executor(), true);
        WaitForAsyncUtils.asyncFx(window::start).get();
        app.waitUntil(() -> Shots.shown(robot, "#username"));
        Shots.setText(robot, "#username", DemoData.DEMO_ADMIN);
        robot.type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#areaPane") && Shots.shown(robot, "#search"));
        Shots.setText(robot, "#search", waiting.villager().name().value());
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        app.waitUntil(() -> !robot.lookup("#counterParcels").queryTableView().getItems().isEmpty());
        shots.take("p01-counter-parcels-zh");

        robot.type(KeyCode.F4);
        app.waitUntil(() -> robot.lookup("#scan").queryAs(TextField.class).isFocused());
        robot.write(phone.isEmpty() ? "0000" : phone.substring(7), 0).type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        robot.write("SF9876543210987", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#resultBox") && !robot.lookup("#code").queryLabeled().getText().isEmpty());
        robot.write("SF9876543210987", 0).type(KeyCode.ENTER);
        Thread.sleep(500);
        shots.take("p02-checkin-duplicate-zh");
        robot.write("7712345678901", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#carrierBox"));
        robot.write("2", 0);
        shots.take("p03-checkin-choose-carrier-zh");
        robot.type(KeyCode.ENTER);

        Shots.tab(robot, 1);
        app.waitUntil(() -> robot.lookup("#handoverSearch").queryAs(TextField.class).isFocused());
        robot.write(code, 0);
        app.waitUntil(() -> !robot.lookup("#handoverTable").queryTableView().getItems().isEmpty());
        shots.take("p04-handover-zh");
        String[] names = {"p05-unmatched-zh", "p06-notices-zh", "p07-runs-zh", "p08-ageing-zh", "p09-reconcile-zh",
            "p10-dropoff-zh"};
        for (int i = 0; i < names.length; i++) {
            Shots.tab(robot, i + 2);
            shots.take(names[i]);
        }

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.BO)).get();
        app.waitUntil(() -> Shots.shown(robot, "#tabs"));
        Shots.tab(robot, 0);
        robot.write("8000", 0).type(KeyCode.ENTER).write("JT0001112223334", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#resultBox"));
        shots.take("p11-checkin-bo");
        Shots.tab(robot, 1);
        Shots.setText(robot, "#handoverSearch", code);
        robot.type(KeyCode.ENTER);
        Thread.sleep(500);
        shots.take("p12-handover-bo");
        Shots.tab(robot, 3);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#language").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(1)).get();
        app.waitUntil(() -> !robot.lookup("#noticeTable").queryTableView().getItems().isEmpty());
        shots.take("p12b-notices-bo");
        for (int i = 4; i < 8; i++) {
            Shots.tab(robot, i);
            shots.take("p12" + (char) ('c' + i - 4) + "-tab" + i + "-bo");
        }
        robot.type(KeyCode.F1);
        app.waitUntil(() -> Shots.shown(robot, "#search"));
        Shots.setText(robot, "#search", waiting.villager().name().value());
        app.waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        shots.take("p13-counter-bo");
        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.EN)).get();
        app.waitUntil(() -> Shots.shown(robot, "#search"));
        robot.type(KeyCode.F4);
        app.waitUntil(() -> Shots.shown(robot, "#tabs"));
        Shots.tab(robot, 5);
        shots.take("p14-ageing-en");
    }
}
