package org.skyroad.station.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.service.StationSettings.PrinterChoice;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;

/**
 * Printing on a computer with no printer keeps real PDFs in the station's printouts folder, on
 * the paper chosen for this computer; with a printer, each paper goes to its own printer; a
 * failing printer still leaves the PDF.
 */
class StationPrintoutsTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @TempDir
    Path dir;
    StationRuntime rt;
    Path folder;
    Village village;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        rt = TestStation.initialized(dir.resolve("station"), new MutableClock(NOW));
        folder = dir.resolve("printouts");
        village = rt.villagers().addVillage("达雄村");
        rt.villagers().create(new VillagerDraft("扎西次仁", "13812345678", village.id(), null, null, null, true, true), true);
        TestStation.actAs(rt, Role.OPERATOR);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private StationPrintouts printouts(PrinterAccess printers) {
        return new StationPrintouts(rt.reports(), rt.settings(), folder, printers, rt.clock());
    }

    private ParcelPrintouts parcels(StationPrintouts printouts) {
        return new ParcelPrintouts(rt.reports(), rt.villagers(), printouts);
    }

    private ParcelDesk.CheckInResult checkIn(String tracking, Money cod) {
        return rt.parcels().checkIn(new ParcelDesk.CheckIn(tracking, null, "13812345678", null, null,
                new ParcelTags(false, false, false, false, cod, false, null)));
    }

    private List<Path> pdfs() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private Path onlyPdf() throws IOException {
        List<Path> files = pdfs();
        assertEquals(1, files.size(), "one printout and no temporary file left: " + files);
        assertTrue(files.get(0).getFileName().toString().endsWith(".pdf"));
        return files.get(0);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static float width(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    @Test
    void withNoPrinterTheSlipIsKeptAsAPdfOnTheReceiptRollAndTheSentenceSaysWhere() throws IOException {
        ParcelDesk.CheckInResult r = checkIn("SF1234567890123", Money.parse("35.00"));
        String sentence = parcels(printouts(PrinterAccess.NONE)).slip(r);
        Path pdf = onlyPdf();
        assertTrue(sentence.contains(pdf.toString()), sentence);
        assertTrue(sentence.startsWith("No printer on this computer"), sentence);
        String text = text(pdf);
        assertTrue(text.contains(r.parcel().pickupCode().toString()), text);
        assertTrue(text.contains("SF1234567890123"), text);
        assertTrue(text.contains("35.00"), text);
        assertTrue(text.contains("扎*"), "the name is masked: " + text);
        assertFalse(text.contains("13812345678"), "the phone is masked");
        assertEquals(Paper.THERMAL_80.widthPoints(), width(pdf), 1f, "80 mm roll by default");
    }

    @Test
    void aFiftyEightRollTakesTheSlipButTheNoticeAndRunSheetGoToA4() throws IOException {
        rt.settings().setPrinterChoice(new PrinterChoice("", Paper.THERMAL_58, ""));
        StationPrintouts printouts = printouts(PrinterAccess.NONE);
        ParcelPrintouts printing = parcels(printouts);
        ParcelDesk.CheckInResult r = checkIn("SF1234567890123", null);
        printing.slip(r);
        assertEquals(Paper.THERMAL_58.widthPoints(), width(onlyPdf()), 1f);
        Files.delete(onlyPdf());

        printing.notice(rt.parcels().villageNotice(village.id()));
        Path notice = onlyPdf();
        assertEquals(Paper.A4.widthPoints(), width(notice), 1f, "the notice has no 58 mm layout");
        assertTrue(text(notice).contains(r.parcel().pickupCode().toString()));
        Files.delete(notice);

        VillageRun run = rt.parcels().createRun(village.id(), null, java.time.LocalDate.of(2026, 11, 20));
        rt.parcels().addToRun(run.id(), "SF1234567890123");
        List<ParcelDesk.ParcelLine> lines = rt.parcels().find("SF1234567890123");
        printing.runSheet(run, lines);
        Path sheet = onlyPdf();
        assertEquals(Paper.A4.widthPoints(), width(sheet), 1f);
        String text = text(sheet);
        assertTrue(text.contains("扎西次仁") && text.contains("达雄村"), "the driver sees who and where: " + text);
    }

    @Test
    void theReturnListNamesTheCarrierAndEveryParcel() throws IOException {
        Parcel a = checkIn("SF1234567890123", null).parcel();
        Parcel b = checkIn("SF9876543210001", null).parcel();
        TestStation.actAs(rt, Role.MANAGER);
        CarrierReturn back = rt.parcels().confirmReturn(Carrier.SF, List.of(a.id(), b.id()));
        String sentence = parcels(printouts(PrinterAccess.NONE)).returnList(back, rt.parcels().returnList(back.id()));
        Path pdf = onlyPdf();
        assertTrue(sentence.contains(pdf.toString()));
        String text = text(pdf);
        assertTrue(text.contains("SF1234567890123") && text.contains("SF9876543210001"), text);
        assertTrue(text.contains("CarrierReturnList"), text);
    }

    /** A printer that takes every job and remembers where it went. */
    static final class RecordingPrinters implements PrinterAccess {
        final List<String> jobs = new ArrayList<>();
        final boolean fail;

        RecordingPrinters(boolean fail) {
            this.fail = fail;
        }

        @Override
        public List<String> printers() {
            return List.of("Receipts", "Office");
        }

        @Override
        public Optional<String> print(String printer, RenderedReport report, Paper paper) throws Exception {
            if (fail) {
                throw new java.awt.print.PrinterException("out of paper");
            }
            jobs.add(printer + ":" + paper + ":" + report.pageCount());
            return Optional.of(printer.isBlank() ? "Default" : printer);
        }
    }

    @Test
    void withPrintersEachPaperGoesToItsOwnPrinterAndNoFileIsKept() throws IOException {
        rt.settings().setPrinterChoice(new PrinterChoice("Receipts", Paper.THERMAL_80, "Office"));
        RecordingPrinters printers = new RecordingPrinters(false);
        ParcelPrintouts printing = parcels(printouts(printers));
        ParcelDesk.CheckInResult r = checkIn("SF1234567890123", null);
        assertEquals("Sent to the printer Receipts.", printing.slip(r));
        VillageRun run = rt.parcels().createRun(village.id(), null, java.time.LocalDate.of(2026, 11, 20));
        assertEquals("Sent to the printer Office.", printing.runSheet(run, rt.parcels().find("SF1234567890123")));
        assertEquals(List.of("Receipts:THERMAL_80:1", "Office:A4:1"), printers.jobs);
        assertTrue(pdfs().isEmpty());
    }

    @Test
    void aFailingPrinterStillLeavesThePdfAndSaysWhy() throws IOException {
        rt.settings().setPrinterChoice(new PrinterChoice("Receipts", Paper.THERMAL_80, ""));
        ParcelDesk.CheckInResult r = checkIn("SF1234567890123", null);
        String sentence = parcels(printouts(new RecordingPrinters(true))).slip(r);
        Path pdf = onlyPdf();
        assertTrue(sentence.startsWith("Could not print on Receipts"), sentence);
        assertTrue(sentence.contains(pdf.toString()), sentence);
        assertTrue(text(pdf).contains(r.parcel().pickupCode().toString()));
    }

    @Test
    void printerChoicesAreKeptAndRefusedWhenNotOneLine() {
        assertEquals(PrinterChoice.DEFAULT, rt.settings().printerChoice());
        rt.settings().setPrinterChoice(new PrinterChoice(" Receipts ", Paper.THERMAL_58, "Office"));
        assertEquals(new PrinterChoice("Receipts", Paper.THERMAL_58, "Office"), rt.settings().printerChoice());
        assertThrows(InvalidInputException.class,
                () -> rt.settings().setPrinterChoice(new PrinterChoice("a\nb", Paper.A4, "")));
        assertEquals(Paper.THERMAL_58, rt.settings().printerChoice().receiptPaper());
    }
}
