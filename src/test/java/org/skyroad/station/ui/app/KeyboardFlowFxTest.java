package org.skyroad.station.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.skyroad.station.ui.villagers.VillagerRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real screens driven with the keyboard only, the way an operator works: first start,
 * sign in, a new villager, and finding that villager again by the phone's last four digits.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowFxTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    FxTaskExecutor executor;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
        executor = new FxTaskExecutor();
    }

    @AfterEach
    void tearDown() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        executor.close();
        if (rt != null) {
            rt.close();
        }
    }

    private void openWindow(StationRuntime runtime) {
        rt = runtime;
        WaitForAsyncUtils.asyncFx(() -> new AppWindow(stage, rt, executor, false).start());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static boolean focused(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    private void signInByKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#username"));
        robot.write(UiFixtures.ADMIN, 0).type(KeyCode.TAB).write(UiFixtures.PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#areaPane") && focused(robot, "#search"));
    }

    @Test
    void firstStartIsSetUpWithTypingTabAndEnter(FxRobot robot) throws Exception {
        openWindow(UiFixtures.newStation(dir));
        waitUntil(() -> focused(robot, "#stationCode"));
        robot.write("TS-003", 0).type(KeyCode.TAB)
                .write("Daxiong", 0).type(KeyCode.TAB)
                .type(KeyCode.TAB)                         // level: village is already chosen
                .write("NGA-HUB", 0).type(KeyCode.TAB)
                .write("admin", 0).type(KeyCode.TAB)
                .write("Dawa", 0).type(KeyCode.TAB)
                .write("secret123", 0).type(KeyCode.TAB)
                .write("secret123", 0).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#username"));
        assertTrue(rt.setup().isInitialized());
        assertEquals("TS-003", rt.settings().station().code().value());
        waitUntil(() -> robot.lookup("#stationTitle").queryAs(Label.class).getText().contains("TS-003"));
    }

    @Test
    void setupMistakeIsShownAsASentenceAndNothingIsWritten(FxRobot robot) throws Exception {
        openWindow(UiFixtures.newStation(dir));
        waitUntil(() -> focused(robot, "#stationCode"));
        robot.write("T3", 0).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#error").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#error").queryAs(Label.class).getText().contains("is not a station code"));
        assertTrue(!rt.setup().isInitialized());
    }

    @Test
    void signInWithEnterOpensTheMainWindowAndWrongPasswordIsExplained(FxRobot robot) throws Exception {
        openWindow(UiFixtures.setUpStation(dir));
        waitUntil(() -> focused(robot, "#username"));
        robot.write(UiFixtures.ADMIN, 0).type(KeyCode.TAB).write("wrong-one", 0).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#error").queryAs(Label.class).isVisible());
        assertEquals("The name or the password is not right. Please try again.",
                robot.lookup("#error").queryAs(Label.class).getText());
        waitUntil(() -> focused(robot, "#password"));
        robot.write(UiFixtures.PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#areaPane") && focused(robot, "#search"));
        waitUntil(() -> robot.lookup("#station").queryAs(Label.class).getText().startsWith("TS-003"));
    }

    @Test
    void newVillagerIsAddedAndFoundAgainByPhoneTail(FxRobot robot) throws Exception {
        openWindow(UiFixtures.setUpStation(dir));
        signInByKeyboard(robot);
        robot.type(KeyCode.F2);                          // Villagers
        waitUntil(() -> focused(robot, "#search"));
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> focused(robot, "#name"));
        robot.write("Tashi Tsering", 0).type(KeyCode.TAB).write("13800135678", 0).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#search"));
        assertEquals(1, rt.villagers().count());

        robot.write("5678", 0);
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<VillagerRow> table = robot.lookup("#table").queryAs(TableView.class);
        assertEquals("Tashi Tsering", table.getItems().get(0).name());
        assertEquals("13800135678", table.getItems().get(0).phone());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);    // to the table, open the villager
        waitUntil(() -> focused(robot, "#name"));
        assertEquals("Tashi Tsering", robot.lookup("#name").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> focused(robot, "#search"));
    }

    @Test
    void duplicatePhoneNeedsAnExplicitConfirmation(FxRobot robot) throws Exception {
        StationRuntime runtime = UiFixtures.setUpStation(dir);
        UiFixtures.signInAsSystem(runtime);
        Villager first = UiFixtures.villager(runtime, "扎西次仁", "13800135678", null, null);
        runtime.session().signOut();
        openWindow(runtime);
        signInByKeyboard(robot);                          // Counter (F1) has the finder too
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> focused(robot, "#name"));
        robot.write("Tashi", 0).type(KeyCode.TAB).write("13800135678", 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#duplicateBox") && focused(robot, "#confirm"));
        assertTrue(robot.lookup("#duplicateWarning").queryAs(Label.class).getText().startsWith("Possible duplicate"));
        assertEquals(1, rt.villagers().count());
        robot.type(KeyCode.ENTER);                        // "It is another person: save"
        waitUntil(() -> focused(robot, "#search"));
        UiFixtures.signInAsSystem(rt);
        assertEquals(2, rt.villagers().count());
        assertEquals(2, rt.villagers().find("13800135678", 10).stream().map(VillagerMatch::villager)
                .map(Villager::id).distinct().count());
        assertTrue(rt.villagers().find("13800135678", 10).stream().anyMatch(m -> m.villager().id().equals(first.id())));
    }
}
