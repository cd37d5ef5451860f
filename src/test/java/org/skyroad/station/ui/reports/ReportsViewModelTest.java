package org.skyroad.station.ui.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StationSettings.PrinterChoice;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.printing.StationPrintouts;

/** The reports area's view-model on the demo station: make last month's report, page through it, print and save it. */
class ReportsViewModelTest {

    @TempDir
    static Path dir;
    static StationRuntime rt;

    @TempDir
    Path out;

    @BeforeAll
    static void station() {
        rt = ReportsUiStation.demo(dir);
    }

    @AfterAll
    static void close() {
        rt.close();
    }

    @BeforeEach
    void manager() {
        Messages.setLocale(Locale.ENGLISH);
        TestStation.actAs(rt, Role.MANAGER);
    }

    private ReportScreens screens(TaskExecutor executor) {
        StationPrintouts printouts = new StationPrintouts(rt.reports(), rt.settings(), out.resolve("printouts"),
                PrinterAccess.NONE, rt.clock());
        return new ReportScreens(rt.reports(), rt.settings(), rt.clock(), executor, printouts, PrinterAccess.NONE,
                SaveDialog.NONE);
    }

    private ReportsViewModel loaded() {
        ReportsViewModel vm = new ReportsViewModel(screens(new SameThreadTaskExecutor()));
        vm.load();
        return vm;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void lastMonthIsChosenAndAVillageStationOffersItsOwnReportAndTheDailyClose() {
        ReportsViewModel vm = loaded();
        assertEquals(YearMonth.of(2026, 10), vm.monthProperty().get());
        assertEquals(YearMonth.of(2026, 11), vm.months().get(0), "this month is offered too (so far)");
        assertEquals(ReportsViewModel.MONTHS_OFFERED, vm.months().size());
        assertEquals(List.of(ReportsViewModel.Kind.STATION_MONTH, ReportsViewModel.Kind.DAILY_CLOSE), vm.kinds());
        assertEquals(LocalDate.of(2026, 11, 19), vm.dayProperty().get());
    }

    @Test
    void lastMonthsReportIsMadeWithItsFiguresAndTheFirstPageShows() throws IOException {
        ReportsViewModel vm = loaded();
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.make();
        RenderedReport r = vm.reportProperty().get();
        assertNotNull(r, vm.errorProperty().get());
        assertFalse(vm.busyProperty().get());
        assertTrue(r.pageCount() >= 2, "a month of a busy station takes pages");
        assertEquals("", vm.errorProperty().get());
        assertEquals("The report is ready: " + r.pageCount() + " page(s).", vm.messageProperty().get());
        assertFalse(progress.isEmpty(), "progress is shown while it fills");
        BufferedImage first = image(vm.pageImageProperty().get());
        assertEquals(Math.round(Paper.A4.widthPoints() * vm.zoom()), first.getWidth(), 2);
        assertEquals("Page 1 of " + r.pageCount() + " · 100 %", vm.pageText().get());

        MonthlyFigures f = rt.reports().monthlyFigures(YearMonth.of(2026, 10));
        assertTrue(f.parcels().received() > 0 && f.orders().count() > 0, "the demo has October data");
        String text = pdfText(r.pdf()).replaceAll("\\s+", "");
        assertTrue(text.contains(Long.toString(f.parcels().received())), "parcels received in the PDF");
        assertTrue(text.contains("2026"), text.substring(0, Math.min(200, text.length())));
    }

    @Test
    void pagesTurnAndZoomWithinTheirLimits() throws IOException {
        ReportsViewModel vm = loaded();
        vm.previousPage();
        assertEquals(0, vm.pageProperty().get(), "nothing to turn before a report");
        vm.make();
        int pages = vm.reportProperty().get().pageCount();
        byte[] first = vm.pageImageProperty().get();
        vm.previousPage();
        assertEquals(0, vm.pageProperty().get());
        vm.nextPage();
        assertEquals(1, vm.pageProperty().get());
        assertFalse(Arrays.equals(first, vm.pageImageProperty().get()), "page 2 is another picture");
        vm.lastPage();
        assertEquals(pages - 1, vm.pageProperty().get());
        vm.nextPage();
        assertEquals(pages - 1, vm.pageProperty().get());
        vm.firstPage();
        assertArrayEquals(first, vm.pageImageProperty().get());
        int width = image(first).getWidth();
        vm.zoomIn();
        assertTrue(image(vm.pageImageProperty().get()).getWidth() > width);
        for (int i = 0; i < 10; i++) {
            vm.zoomOut();
        }
        assertEquals(ReportsViewModel.ZOOMS[0], vm.zoom());
        assertEquals(Math.round(Paper.A4.widthPoints() * ReportsViewModel.ZOOMS[0]),
                image(vm.pageImageProperty().get()).getWidth(), 2);
    }

    @Test
    void theReportIsSavedAsPdfAndItsFiguresAsCsvInTheLanguageItWasMadeIn() throws IOException {
        ReportsViewModel vm = loaded();
        vm.languageProperty().set(Language.ZH);
        vm.make();
        RenderedReport r = vm.reportProperty().get();
        Path pdf = out.resolve(vm.suggestedName("pdf"));
        vm.savePdf(pdf);
        assertEquals("Saved as " + pdf, vm.messageProperty().get());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(r.pageCount(), doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("包裹"), "made in Chinese: " + text.substring(0, Math.min(300, text.length())));
        }
        Path csv = out.resolve(vm.suggestedName("csv"));
        assertTrue(csv.getFileName().toString().endsWith("-zh.csv"), csv.toString());
        vm.saveCsv(csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 with a byte order mark");
        assertArrayEquals(rt.reports().monthlyStationCsv(YearMonth.of(2026, 10), Messages.CHINESE), bytes);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(Messages.get(Messages.CHINESE, "report.csv.section")));
        vm.languageProperty().set(Language.EN);
        assertNull(vm.reportProperty().get(), "another choice puts the report away: the preview shows what is chosen");
        vm.saveCsv(out.resolve("other.csv"));
        assertEquals("Make a report first.", vm.errorProperty().get());
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void theDailyCloseIsMadeForTheChosenDayAndHasNoCsv() throws IOException {
        TestStation.actAs(rt, Role.OPERATOR);
        ReportsViewModel vm = loaded();
        vm.kindProperty().set(ReportsViewModel.Kind.DAILY_CLOSE);
        vm.dayProperty().set(LocalDate.of(2026, 10, 31));
        vm.make();
        RenderedReport r = vm.reportProperty().get();
        assertNotNull(r, vm.errorProperty().get());
        assertTrue(pdfText(r.pdf()).contains("2026"));
        assertFalse(vm.csvAvailable());
        vm.saveCsv(out.resolve("close.csv"));
        assertEquals("A daily close report has no figures file: save it as PDF.", vm.errorProperty().get());
        assertFalse(Files.exists(out.resolve("close.csv")));
    }

    @Test
    void anOperatorIsToldTheMonthlyReportIsForManagers() {
        TestStation.actAs(rt, Role.OPERATOR);
        ReportsViewModel vm = loaded();
        vm.make();
        assertNull(vm.reportProperty().get());
        assertFalse(vm.busyProperty().get());
        assertFalse(vm.errorProperty().get().isBlank());
    }

    @Test
    void printingWithNoPrinterKeepsThePdfInThePrintoutsFolder() throws IOException {
        ReportsViewModel vm = loaded();
        vm.print();
        assertEquals("Make a report first.", vm.errorProperty().get());
        vm.make();
        vm.print();
        try (var files = Files.list(out.resolve("printouts"))) {
            Path kept = files.findFirst().orElseThrow();
            assertTrue(vm.messageProperty().get().contains(kept.toString()), vm.messageProperty().get());
            try (PDDocument doc = Loader.loadPDF(kept.toFile())) {
                assertEquals(vm.reportProperty().get().pageCount(), doc.getNumberOfPages());
            }
        }
    }

    /** Holds the work until the test lets it run, like a slow report; cancelled work calls nothing back. */
    static final class HeldExecutor implements TaskExecutor {
        Runnable held;
        boolean cancelled;

        @Override
        public <T> Handle run(Work<T> work, ProgressListener progress, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure) {
            Handle h = new Handle() {
                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            held = () -> {
                try {
                    T result = work.call(new Progress() {
                        @Override
                        public void update(long done, long total, String what) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return cancelled;
                        }
                    });
                    if (!cancelled) {
                        onSuccess.accept(result);
                    }
                } catch (Exception e) {
                    if (!cancelled) {
                        onFailure.accept(e);
                    }
                }
            };
            return h;
        }

        @Override
        public Handle later(Duration delay, Runnable action) {
            action.run();
            return Handle.DONE;
        }

        @Override
        public Handle every(Duration period, Runnable action) {
            return Handle.DONE;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void cancellingWhileItFillsShowsNothingAndAllowsAnotherTry() {
        HeldExecutor held = new HeldExecutor();
        ReportsViewModel vm = new ReportsViewModel(screens(held));
        vm.monthProperty().set(YearMonth.of(2026, 10));
        vm.make();
        assertTrue(vm.busyProperty().get());
        vm.make();
        vm.cancel();
        assertFalse(vm.busyProperty().get());
        assertEquals("Stopped: no report was made.", vm.messageProperty().get());
        held.held.run();
        assertNull(vm.reportProperty().get(), "the cancelled report is not shown");
    }

    @Test
    void thisComputersPrintersAreChosenAndKept() {
        PrinterAccess two = new PrinterAccess() {
            @Override
            public List<String> printers() {
                return List.of("POS-80", "Office Laser");
            }

            @Override
            public Optional<String> print(String printer, RenderedReport report, Paper paper) {
                return Optional.empty();
            }
        };
        ReportScreens s = new ReportScreens(rt.reports(), rt.settings(), rt.clock(), new SameThreadTaskExecutor(),
                null, two, null);
        PrinterSettingsViewModel vm = new PrinterSettingsViewModel(s);
        vm.load();
        assertEquals(List.of("", "POS-80", "Office Laser"), vm.printers());
        vm.receiptPrinterProperty().set("POS-80");
        vm.receiptPaperProperty().set(Paper.THERMAL_58);
        vm.a4PrinterProperty().set("Office Laser");
        vm.save();
        assertEquals("Printers saved for this computer.", vm.messageProperty().get());
        assertEquals(new PrinterChoice("POS-80", Paper.THERMAL_58, "Office Laser"), rt.settings().printerChoice());
        PrinterSettingsViewModel again = new PrinterSettingsViewModel(s);
        again.load();
        assertEquals("POS-80", again.receiptPrinterProperty().get());
        assertEquals(Paper.THERMAL_58, again.receiptPaperProperty().get());
        rt.settings().setPrinterChoice(PrinterChoice.DEFAULT);
        assertNotEquals("", vm.messageProperty().get());
    }

    @Test
    void atTheHubTheCountyReportIsOfferedMadeAndSavedAsCsv(@TempDir Path hubDir) throws IOException {
        StationRuntime hub = StationRuntime.open(hubDir.resolve("hub"),
                java.time.Clock.fixed(ReportsUiStation.NOW, java.time.ZoneOffset.UTC));
        try {
            hub.setup().initialize(new org.skyroad.station.service.StationSetup.Request("NGA-HUB", "那曲县中心",
                    "county", null, "admin", "Admin", "secret-123".toCharArray(), "zh"));
            TestStation.actAs(hub, Role.MANAGER);
            ReportsViewModel vm = new ReportsViewModel(new ReportScreens(hub.reports(), hub.settings(), hub.clock(),
                    new SameThreadTaskExecutor(), null, null, null));
            vm.load();
            assertEquals(List.of(ReportsViewModel.Kind.STATION_MONTH, ReportsViewModel.Kind.COUNTY_MONTH,
                    ReportsViewModel.Kind.DAILY_CLOSE), vm.kinds());
            vm.kindProperty().set(ReportsViewModel.Kind.COUNTY_MONTH);
            vm.make();
            assertNotNull(vm.reportProperty().get(), vm.errorProperty().get());
            assertTrue(vm.reportProperty().get().name().contains("NGA-HUB"), vm.reportProperty().get().name());
            Path csv = out.resolve(vm.suggestedName("csv"));
            vm.saveCsv(csv);
            assertArrayEquals(hub.reports().monthlyCountyCsv(YearMonth.of(2026, 10), Locale.ENGLISH),
                    Files.readAllBytes(csv));
        } finally {
            hub.close();
        }
    }
}
