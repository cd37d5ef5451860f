package org.skyroad.station.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.villagers.VillagerRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real screens driven with the keyboard only, the way an operator works: first start,
 * sign in, a new villager, and finding that villager again by the phone's last four digits.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowFxTest {

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

    private void openWindow(FxRobot robot, StationRuntime runtime) throws Exception {
        app.use(robot);
        rt = app.closesAfter(runtime);
        app.start(rt);
    }

    private void signInByKeyboard() throws Exception {
        app.signIn();
        app.waitUntil(() -> app.shown("#areaPane") && app.focused("#search"));
    }

    @Test
    void firstStartIsSetUpWithTypingTabAndEnter(FxRobot robot) throws Exception {
        openWindow(robot, UiFixtures.newStation(dir));
        app.waitUntil(() -> app.focused("#stationCode"));
        robot.write("TS-003", 0).type(KeyCode.TAB)
                .write("Daxiong", 0).type(KeyCode.TAB)
                .type(KeyCode.TAB)                         // level: village is already chosen
                .write("NGA-HUB", 0).type(KeyCode.TAB)
                .write("admin", 0).type(KeyCode.TAB)
                .write("Dawa", 0).type(KeyCode.TAB)
                .write("secret123", 0).type(KeyCode.TAB)
                .write("secret123", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#username"));
        assertTrue(rt.setup().isInitialized());
        assertEquals("TS-003", rt.settings().station().code().value());
        app.waitUntil(() -> robot.lookup("#stationTitle").queryAs(Label.class).getText().contains("TS-003"));
    }

    @Test
    void setupMistakeIsShownAsASentenceAndNothingIsWritten(FxRobot robot) throws Exception {
        openWindow(robot, UiFixtures.newStation(dir));
        app.waitUntil(() -> app.focused("#stationCode"));
        robot.write("T3", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> robot.lookup("#error").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#error").queryAs(Label.class).getText().contains("is not a station code"));
        assertTrue(!rt.setup().isInitialized());
    }

    @Test
    void signInWithEnterOpensTheMainWindowAndWrongPasswordIsExplained(FxRobot robot) throws Exception {
        openWindow(robot, UiFixtures.setUpStation(dir));
        app.waitUntil(() -> app.focused("#username"));
        robot.write(UiFixtures.ADMIN, 0).type(KeyCode.TAB).write("wrong-one", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> robot.lookup("#error").queryAs(Label.class).isVisible());
        assertEquals("The name or the password is not right. Please try again.",
                robot.lookup("#error").queryAs(Label.class).getText());
        app.waitUntil(() -> app.focused("#password"));
        robot.write(UiFixtures.PASSWORD, 0).type(KeyCode.ENTER);
        app.waitUntil(() -> app.shown("#areaPane") && app.focused("#search"));
        app.waitUntil(() -> robot.lookup("#station").queryAs(Label.class).getText().startsWith("TS-003"));
    }

    @Test
    void newVillagerIsAddedAndFoundAgainByPhoneTail(FxRobot robot) throws Exception {
        openWindow(robot, UiFixtures.setUpStation(dir));
        signInByKeyboard();
        robot.type(KeyCode.F2);                          // Villagers
        app.waitUntil(() -> app.focused("#search"));
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        app.waitUntil(() -> app.focused("#name"));
        robot.write("Tashi Tsering", 0).type(KeyCode.TAB).write("13800135678", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#search"));
        assertEquals(1, rt.villagers().count());

        robot.write("5678", 0);
        app.waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<VillagerRow> table = robot.lookup("#table").queryAs(TableView.class);
        assertEquals("Tashi Tsering", table.getItems().get(0).name());
        assertEquals("13800135678", table.getItems().get(0).phone());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);    // to the table, open the villager
        app.waitUntil(() -> app.focused("#name"));
        assertEquals("Tashi Tsering", robot.lookup("#name").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> app.focused("#search"));
    }

    @Test
    void duplicatePhoneNeedsAnExplicitConfirmation(FxRobot robot) throws Exception {
        StationRuntime runtime = UiFixtures.setUpStation(dir);
        UiFixtures.signInAsSystem(runtime);
        Villager first = UiFixtures.villager(runtime, "扎西次仁", "13800135678", null, null);
        runtime.session().signOut();
        openWindow(robot, runtime);
        signInByKeyboard();                          // Counter (F1) has the finder too
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        app.waitUntil(() -> app.focused("#name"));
        robot.write("Tashi", 0).type(KeyCode.TAB).write("13800135678", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> app.shown("#duplicateBox") && app.focused("#confirm"));
        assertTrue(robot.lookup("#duplicateWarning").queryAs(Label.class).getText().startsWith("Possible duplicate"));
        assertEquals(1, rt.villagers().count());
        robot.type(KeyCode.ENTER);                        // "It is another person: save"
        app.waitUntil(() -> app.focused("#search"));
        UiFixtures.signInAsSystem(rt);
        assertEquals(2, rt.villagers().count());
        assertEquals(2, rt.villagers().find("13800135678", 10).stream().map(VillagerMatch::villager)
                .map(Villager::id).distinct().count());
        assertTrue(rt.villagers().find("13800135678", 10).stream().anyMatch(m -> m.villager().id().equals(first.id())));
    }
}
