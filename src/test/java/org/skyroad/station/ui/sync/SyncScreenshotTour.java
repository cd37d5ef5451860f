package org.skyroad.station.ui.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the station's and the hub's sync screens to PNG in English, Chinese and
 * Tibetan for a person to look at.
 * {@code mvn test -Dtest=SyncScreenshotTour -Dskyroad.shots=/path/to/shots}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class SyncScreenshotTour {

    @TempDir
    Path dir;
    AppDriver app;
    SyncUiWorld world;
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

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    private static void press(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Button.class).fire()).get();
    }

    private AppWindow open(FxRobot robot, StationRuntime rt, SyncFiles files) throws Exception {
        rt.session().signOut();
        AppWindow w = WaitForAsyncUtils.asyncFx(() -> {
            AppWindow a = new AppWindow(app.stage(), rt, app.executor(), false);
            a.setSyncFiles(files, null);
            a.start();
            return a;
        }).get();
        app.waitUntil(() -> shown(robot, "#username"));
        robot.write(TestStation.ADMIN, 0).type(KeyCode.TAB).write(TestStation.PASSWORD, 0).type(KeyCode.ENTER);
        app.waitUntil(() -> shown(robot, "#search"));
        return w;
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 700);
        world = app.closesAfter(new SyncUiWorld(dir));
        StationRuntime hub = world.hub;
        StationRuntime station = world.station;
        Path exchange = Files.createDirectories(dir.resolve("exchange"));
        Path hubFile = hub.sync().writeEnrolment(exchange);
        Path stationFile = station.sync().writeEnrolment(exchange);
        Path stick = Files.createDirectories(dir.resolve("stick"));

        // The station before it trusts its hub: the fingerprint to compare by phone.
        Messages.setLocale(Messages.CHINESE);
        AppWindow w = open(robot, station, SyncFiles.fixed(stick, hubFile));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#exportButton"));
        press(robot, "#trustButton");
        app.waitUntil(() -> shown(robot, "#confirmTrustButton"));
        shots.take("s01-station-trust-zh");
        press(robot, "#confirmTrustButton");
        hub.sync().enroll(stationFile, null, false);

        // Some traffic: two batches out, the first applied at the hub and acknowledged, a damaged return refused.
        station.session().signIn(org.skyroad.station.domain.staff.Actor.system(TestStation.ADMIN));
        station.villagers().create(new VillagerDraft("卓玛", "13908911234", null, null, null, null, true, true), true);
        Path first = station.sync().export(stick, Progress.NONE).orElseThrow().file();
        hub.sync().importFile(first, Progress.NONE);
        Path back = Files.createDirectories(dir.resolve("back"));
        Path ret = hub.sync().exportReturn("TS-003", back, Progress.NONE).orElseThrow().file();
        byte[] bytes = Files.readAllBytes(ret);
        bytes[bytes.length - 80] ^= 0x20;
        Path damaged = Files.createDirectories(dir.resolve("damaged")).resolve(ret.getFileName());
        Files.write(damaged, bytes);
        station.sync().importFile(damaged, Progress.NONE);
        station.sync().importFile(ret, Progress.NONE);
        station.villagers().create(new VillagerDraft("བཀྲ་ཤིས་", null, null, null, null, null, true, true), true);
        Files.delete(first);

        robot.type(KeyCode.F1);
        app.waitUntil(() -> shown(robot, "#search"));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#exportButton") && robot.lookup("#exportButton").query().isFocused());
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(stick.resolve("TS-003_to_NGA-HUB_000002.srb")));
        shots.take("s02-station-exported-zh");

        WaitForAsyncUtils.asyncFx(() -> w.languageChanged(Language.EN)).get();
        app.waitUntil(() -> shown(robot, "#search") || shown(robot, "#exportButton"));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#exportButton"));
        shots.take("s03-station-en");
        WaitForAsyncUtils.asyncFx(() -> w.languageChanged(Language.BO)).get();
        app.waitUntil(() -> shown(robot, "#search") || shown(robot, "#exportButton"));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#exportButton"));
        shots.take("s04-station-bo");

        // The hub: imports the stick (batch 2 applied, a damaged copy refused), then its stations.
        Path hubStick = Files.createDirectories(dir.resolve("hubstick"));
        Files.copy(stick.resolve("TS-003_to_NGA-HUB_000002.srb"), hubStick.resolve("TS-003_to_NGA-HUB_000002.srb"));
        byte[] b2 = Files.readAllBytes(hubStick.resolve("TS-003_to_NGA-HUB_000002.srb"));
        b2[b2.length - 80] ^= 0x20;
        Path damagedIn = Files.createDirectories(dir.resolve("damagedIn")).resolve("TS-003_to_NGA-HUB_000002.srb");
        Files.write(damagedIn, b2);
        hub.sync().importFile(damagedIn, Progress.NONE);
        FxToolkit.cleanupStages();
        Messages.setLocale(Messages.CHINESE);
        AppWindow h = open(robot, hub, SyncFiles.fixed(hubStick, stationFile));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#hubImportButton") && shown(robot, "#enrolButton"));
        press(robot, "#hubImportButton");
        app.waitUntil(() -> shown(robot, "#hubMessage") && !robot.lookup("#refused").queryTableView().getItems().isEmpty());
        shots.take("h01-hub-import-zh");
        press(robot, "#enrolButton");
        app.waitUntil(() -> shown(robot, "#confirmEnrolButton"));
        shots.take("h02-hub-enrol-zh");
        press(robot, "#confirmEnrolButton");
        app.waitUntil(() -> shown(robot, "#hubMessage"));
        press(robot, "#returnsButton");
        Thread.sleep(500);
        WaitForAsyncUtils.asyncFx(() -> h.languageChanged(Language.EN)).get();
        app.waitUntil(() -> shown(robot, "#search") || shown(robot, "#hubImportButton"));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#hubImportButton"));
        shots.take("h03-hub-en");
        WaitForAsyncUtils.asyncFx(() -> h.languageChanged(Language.BO)).get();
        app.waitUntil(() -> shown(robot, "#search") || shown(robot, "#hubImportButton"));
        robot.type(KeyCode.F7);
        app.waitUntil(() -> shown(robot, "#hubImportButton"));
        shots.take("h04-hub-bo");
    }
}
