package org.skyroad.station.ui;

import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshots of the screens to PNG, for a person to look at (the screenshot tours): each shot
 * waits for the screen to settle, then writes {@code <name>.png} into the shots folder.
 */
public final class Shots {

    private final Stage stage;
    private final Path out;
    private final long settleMillis;

    /** {@code settleMillis}: how long the last background answers and layout get before a shot. */
    public Shots(Stage stage, Path out, long settleMillis) {
        this.stage = stage;
        this.out = out;
        this.settleMillis = settleMillis;
    }

    /** The window as it is now, once it has settled. */
    public void take(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(settleMillis);
        WaitForAsyncUtils.waitForFxEvents();
        write(stage.getScene(), name);
    }

    /** {@code scene} as it is now. */
    public void write(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
            return null;
        }).get();
    }

    /** Opens tab {@code index} of the area's tabs, as a click would. */
    public static void tab(FxRobot robot, int index) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fills a field at once, for the picture (the keyboard tests type). */
    public static void setText(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    public static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible();
    }
}
