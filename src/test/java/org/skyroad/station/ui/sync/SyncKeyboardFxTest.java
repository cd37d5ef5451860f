package org.skyroad.station.ui.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.AppDriver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The station's sync area with the keyboard only: F7 opens it with the cursor on "Export to
 * USB", Enter writes the batch into the folder the picker answers (no native dialog here), and
 * the screen names the file.
 */
@ExtendWith(ApplicationExtension.class)
class SyncKeyboardFxTest {

    @TempDir
    Path dir;
    SyncUiWorld world;
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
    void f7ThenEnterExportsTheBatchToTheChosenFolder(FxRobot robot) throws Exception {
        app.use(robot);
        Messages.setLocale(Locale.ENGLISH);
        world = app.closesAfter(new SyncUiWorld(dir));
        Path exchange = Files.createDirectories(dir.resolve("exchange"));
        world.hub.sync().enroll(world.station.sync().writeEnrolment(exchange), null, false);
        world.station.sync().trustHub(world.hub.sync().writeEnrolment(exchange), null, false);
        world.station.villagers().create(new VillagerDraft("卓玛", "13908911234", null, null, null, null, true, true), true);
        world.station.session().signOut();
        Path stick = Files.createDirectories(dir.resolve("stick"));

        app.open(world.station, w -> {
            w.setSyncFiles(SyncFiles.fixed(stick), null);
            w.start();
        });
        app.signIn(TestStation.ADMIN, TestStation.PASSWORD);

        robot.type(KeyCode.F7);
        app.waitUntil(() -> app.focused("#exportButton"));
        robot.type(KeyCode.ENTER);

        Path written = stick.resolve("TS-003_to_NGA-HUB_000001.srb");
        app.waitUntil(() -> Files.exists(written) && robot.lookup("#message").queryAs(Label.class).getText()
                .contains(written.getFileName().toString()));
        assertTrue(Files.size(written) > 0);
        assertTrue(world.station.sync().batches(true, null, 1).size() == 1);
    }
}
