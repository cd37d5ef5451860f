package org.skyroad.station.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.app.Fonts;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.printing.StationPrintouts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the reports area with a report previewed, in English, Chinese and Tibetan,
 * to PNG for a person to look at. {@code mvn test -Dtest=ReportsScreenshotTour -Dskyroad.shots=DIR}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class ReportsScreenshotTour {

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
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible();
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

    private void makeReport(FxRobot robot) throws Exception {
        robot.type(KeyCode.F8);
        waitUntil(() -> shown(robot, "#month") && robot.lookup("#month").queryComboBox().getValue() != null);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#month").query().requestFocus()).get();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        Messages.setLocale(Messages.CHINESE);
        rt = ReportsUiStation.demo(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            window = new AppWindow(stage, rt, executor, true);
            window.setPrintouts(new StationPrintouts(rt.reports(), rt.settings(), dir.resolve("printouts"),
                    PrinterAccess.NONE, rt.clock()), PrinterAccess.NONE);
            window.setSaveDialog((owner, title, name, extension) -> Optional.of(dir.resolve(name)));
            window.start();
        }).get();
        waitUntil(() -> shown(robot, "#username"));
        robot.write(DemoData.DEMO_ADMIN, 0).type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#search"));

        robot.type(KeyCode.F8);
        waitUntil(() -> shown(robot, "#month") && robot.lookup("#month").queryComboBox().getValue() != null);
        shot("r01-reports-empty-zh");
        makeReport(robot);
        shot("r02-reports-preview-zh");
        robot.type(KeyCode.PAGE_DOWN);
        Thread.sleep(1500);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#printerPane").queryAs(TitledPane.class).setExpanded(true)).get();
        shot("r03-reports-page2-printers-zh");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.BO)).get();
        waitUntil(() -> shown(robot, "#search") || shown(robot, "#month"));
        makeReport(robot);
        shot("r04-reports-preview-bo");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.EN)).get();
        waitUntil(() -> shown(robot, "#search") || shown(robot, "#month"));
        makeReport(robot);
        shot("r05-reports-preview-en");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#kind").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(1)).get();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#make").queryButton().fire()).get();
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
        shot("r06-reports-daily-en");
    }
}
