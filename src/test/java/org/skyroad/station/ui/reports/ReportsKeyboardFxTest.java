package org.skyroad.station.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
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
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.printing.StationPrintouts;
import org.testfx.api.FxRobot;
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
    AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(60);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void lastMonthsReportIsMadePreviewedAndSavedWithTheKeyboard(FxRobot robot) throws Exception {
        app.use(robot);
        Messages.setLocale(Locale.ENGLISH);
        rt = app.closesAfter(ReportsUiStation.demo(dir));
        app.open(rt, true, window -> {
            window.setPrintouts(new StationPrintouts(rt.reports(), rt.settings(), saved.resolve("printouts"),
                    PrinterAccess.NONE, rt.clock()), PrinterAccess.NONE);
            window.setSaveDialog((owner, title, name, extension) -> Optional.of(saved.resolve(name)));
            window.start();
        });
        app.signIn(DemoData.DEMO_ADMIN, DemoData.DEMO_PASSWORD);

        robot.type(KeyCode.F8);
        app.waitUntil(() -> app.focused("#month")
                && YearMonth.of(2026, 10).equals(robot.lookup("#month").queryAs(ComboBox.class).getValue()));
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
        String page = app.text("#pageText");
        assertTrue(page.startsWith("Page 1 of "), page);
        assertEquals(Boolean.FALSE, WaitForAsyncUtils.asyncFx(() -> robot.lookup("#placeholder").queryAs(Label.class)
                .isVisible()).get(), "the placeholder gives way to the page");

        robot.type(KeyCode.PAGE_DOWN);
        app.waitUntil(() -> app.text("#pageText").startsWith("Page 2 of "));

        app.chord(KeyCode.CONTROL, KeyCode.S);
        Path pdf = saved.resolve("monthly-" + DemoData.DEMO_STATION + "-2026-10.pdf");
        app.waitUntil(() -> Files.exists(pdf));
        app.waitUntil(() -> app.text("#message").contains(pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(page.endsWith("of " + doc.getNumberOfPages() + " · 100 %"), page);
        }

        app.chord(KeyCode.CONTROL, KeyCode.E);
        app.waitUntil(() -> app.text("#message").endsWith(".csv"));
        String message = app.text("#message");
        Path csv = Path.of(message.substring("Saved as ".length()));
        assertEquals(saved, csv.getParent());
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        assertEquals(new String(rt.reports().monthlyStationCsv(YearMonth.of(2026, 10), Locale.ENGLISH),
                StandardCharsets.UTF_8), content, "the figures of the month shown, in its language");
    }
}
