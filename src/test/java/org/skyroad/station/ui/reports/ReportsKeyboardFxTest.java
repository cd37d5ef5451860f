package org.skyroad.station.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.printing.StationPrintouts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager makes last month's report with the keyboard only: F8, Enter; the first page shows;
 * Page Down turns it; Ctrl+S saves the PDF and Ctrl+E the figures as CSV (the save dialog answers
 * with a folder of the test's).
 */
@ExtendWith(ApplicationExtension.class)
class ReportsKeyboardFxTest {

    @TempDir
    Path dir;
    @TempDir
    Path saved;
    StationRuntime rt;
    FxTaskExecutor executor;
    Stage stage;
    FxRobot robot;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        org.skyroad.station.ui.app.Fonts.load();
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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private boolean focused(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private String text(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Label.class).getText()).get();
    }

    private void chord(KeyCode modifier, KeyCode code) {
        robot.press(modifier).press(code).release(code).release(modifier);
    }

    @Test
    void lastMonthsReportIsMadePreviewedAndSavedWithTheKeyboard(FxRobot robot) throws Exception {
        this.robot = robot;
        Messages.setLocale(Locale.ENGLISH);
        rt = ReportsUiStation.demo(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            AppWindow window = new AppWindow(stage, rt, executor, true);
            window.setPrintouts(new StationPrintouts(rt.reports(), rt.settings(), saved.resolve("printouts"),
                    PrinterAccess.NONE, rt.clock()), PrinterAccess.NONE);
            window.setSaveDialog((owner, title, name, extension) -> Optional.of(saved.resolve(name)));
            window.start();
        }).get();
        waitUntil(() -> focused("#username"));
        robot.write(DemoData.DEMO_ADMIN, 0).type(KeyCode.TAB).write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> focused("#search"));

        robot.type(KeyCode.F8);
        waitUntil(() -> focused("#month")
                && YearMonth.of(2026, 10).equals(robot.lookup("#month").queryAs(ComboBox.class).getValue()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
        String page = text("#pageText");
        assertTrue(page.startsWith("Page 1 of "), page);
        assertEquals(Boolean.FALSE, WaitForAsyncUtils.asyncFx(() -> robot.lookup("#placeholder").queryAs(Label.class)
                .isVisible()).get(), "the placeholder gives way to the page");

        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> text("#pageText").startsWith("Page 2 of "));

        chord(KeyCode.CONTROL, KeyCode.S);
        Path pdf = saved.resolve("monthly-" + DemoData.DEMO_STATION + "-2026-10.pdf");
        waitUntil(() -> Files.exists(pdf));
        waitUntil(() -> text("#message").contains(pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(page.endsWith("of " + doc.getNumberOfPages() + " · 100 %"), page);
        }

        chord(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> text("#message").endsWith(".csv"));
        String message = text("#message");
        Path csv = Path.of(message.substring("Saved as ".length()));
        assertEquals(saved, csv.getParent());
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        assertEquals(new String(rt.reports().monthlyStationCsv(YearMonth.of(2026, 10), Locale.ENGLISH),
                StandardCharsets.UTF_8), content, "the figures of the month shown, in its language");
    }
}
