package org.skyroad.station.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.app.Fonts;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real application window like an operator at the counter: opens it on a station,
 * signs in, presses keys and counts those the operator would press, waits for the work done
 * off the UI thread, and cleans up afterwards. Made in a TestFX {@code @Start} method; closed
 * in {@code @AfterEach}.
 */
public final class AppDriver implements AutoCloseable {

    private final Stage stage;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private int waitSeconds = 30;
    private FxRobot robot;
    private int keys;

    public AppDriver(Stage stage) {
        this.stage = stage;
        Fonts.load();
    }

    /** Slow work (a report of a month) may take longer than the usual 30 seconds. */
    public AppDriver waitingUpTo(int seconds) {
        this.waitSeconds = seconds;
        return this;
    }

    /** The test's robot, given to the test method. */
    public AppDriver use(FxRobot testRobot) {
        this.robot = testRobot;
        return this;
    }

    public FxRobot robot() {
        return robot;
    }

    public Stage stage() {
        return stage;
    }

    /** Runs the screens' database work off the UI thread, as in the application. */
    public FxTaskExecutor executor() {
        return executor;
    }

    /** Closed after the test, after the window. */
    public <T extends AutoCloseable> T closesAfter(T station) {
        toClose.add(station);
        return station;
    }

    /** Opens the window on {@code rt} at its first screen. */
    public void start(StationRuntime rt) throws Exception {
        open(rt, false, AppWindow::start);
    }

    /** Makes the window on {@code rt}; {@code setUp} (on the UI thread) shows it. */
    public void open(StationRuntime rt, Consumer<AppWindow> setUp) throws Exception {
        open(rt, false, setUp);
    }

    public void open(StationRuntime rt, boolean demo, Consumer<AppWindow> setUp) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            AppWindow window = new AppWindow(stage, rt, executor, demo);
            setUp.accept(window);
        }).get();
    }

    /** Signs in from the sign-in screen with the keyboard (keys not counted); the counter's search has the cursor. */
    public void signIn(String user, String password) throws Exception {
        waitUntil(() -> focused("#username"));
        robot.write(user, 0).type(KeyCode.TAB).write(password, 0).type(KeyCode.ENTER);
        waitUntil(() -> focused("#search"));
    }

    public void signIn() throws Exception {
        signIn(UiFixtures.ADMIN, UiFixtures.PASSWORD);
    }

    /** Waits, asking on the UI thread, until {@code condition} holds. */
    public void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(waitSeconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    public boolean focused(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    public boolean shown(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    /** The text of label {@code id}, read on the UI thread. */
    public String text(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Label.class).getText()).get();
    }

    // ---- keys the operator presses: each counted ---------------------------------------

    public void key(KeyCode code) {
        robot.type(code);
        keys++;
    }

    public void typeKeys(String text) {
        robot.write(text, 0);
        keys += text.length();
    }

    /** A modifier held with a key: one key for the operator. */
    public void chord(KeyCode modifier, KeyCode code) {
        robot.press(modifier).press(code).release(code).release(modifier);
        keys++;
    }

    public int keys() {
        return keys;
    }

    public void resetKeys() {
        keys = 0;
    }

    // ---- the scanner: not counted ----------------------------------------------------------

    /** What a scanner sends: the characters and Enter. */
    public void scan(String code) {
        robot.write(code, 0).type(KeyCode.ENTER);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }
}
