package org.skyroad.station.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.printing.StationPrintouts;
import org.testfx.api.FxRobot;
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
    AppDriver app;
    StationRuntime rt;
    AppWindow window;
    Path out;
    Shots shots;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(90);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void makeReport(FxRobot robot) throws Exception {
        robot.type(KeyCode.F8);
        app.waitUntil(() -> Shots.shown(robot, "#month") && robot.lookup("#month").queryComboBox().getValue() != null);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#month").query().requestFocus()).get();
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 600);
        Messages.setLocale(Messages.CHINESE);
        rt = app.closesAfter(ReportsUiStation.demo(dir));
        WaitForAsyncUtils.asyncFx(() -> {
            window = new AppWindow(app.stage(), rt, app.executor(), true);
            window.setPrintouts(new StationPrintouts(rt.reports(), rt.settings(), dir.resolve("printouts"),
                    PrinterAccess.NONE, rt.clock()), PrinterAccess.NONE);
            window.setSaveDialog((owner, title, name, extension) -> Optional.of(dir.resolve(name)));
            window.start();
        }).get();
        app.waitUntil(() -> Shots.shown(robot, "#username"));
        robot.write(DemoData.DEMO_ADMIN, 0).type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        app.waitUntil(() -> Shots.shown(robot, "#search"));

        robot.type(KeyCode.F8);
        app.waitUntil(() -> Shots.shown(robot, "#month") && robot.lookup("#month").queryComboBox().getValue() != null);
        shots.take("r01-reports-empty-zh");
        makeReport(robot);
        shots.take("r02-reports-preview-zh");
        robot.type(KeyCode.PAGE_DOWN);
        Thread.sleep(1500);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#printerPane").queryAs(TitledPane.class).setExpanded(true)).get();
        shots.take("r03-reports-page2-printers-zh");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.BO)).get();
        app.waitUntil(() -> Shots.shown(robot, "#search") || Shots.shown(robot, "#month"));
        makeReport(robot);
        shots.take("r04-reports-preview-bo");

        WaitForAsyncUtils.asyncFx(() -> window.languageChanged(Language.EN)).get();
        app.waitUntil(() -> Shots.shown(robot, "#search") || Shots.shown(robot, "#month"));
        makeReport(robot);
        shots.take("r05-reports-preview-en");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#kind").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(1)).get();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#make").queryButton().fire()).get();
        app.waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
        shots.take("r06-reports-daily-en");
    }
}
