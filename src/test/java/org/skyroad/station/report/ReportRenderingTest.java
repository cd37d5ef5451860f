package org.skyroad.station.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.domain.report.RunSheet;
import org.skyroad.station.i18n.Messages;

/** Real PDFs from the real templates, read back: text, pages, ink, size. */
class ReportRenderingTest {

    static final JasperReportRenderer RENDERER = new JasperReportRenderer(
            Clock.fixed(Instant.parse("2026-11-02T03:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> everyDocumentOnEveryPaper() {
        List<Arguments> all = new ArrayList<>();
        for (PrintableDocument d : ReportSamples.documents()) {
            for (Paper p : Paper.values()) {
                if (d.papers().contains(p)) {
                    all.add(Arguments.of(d.kind(), p, d));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyDocumentOnEveryPaper")
    void everyDocumentRendersWithItsChineseAndTibetanNames(String kind, Paper paper, PrintableDocument doc) {
        RenderedReport r = RENDERER.document(doc, paper, Messages.CHINESE);
        byte[] pdf = r.pdf();
        Pdfs.keep(kind + "-" + paper.name().toLowerCase(Locale.ROOT), pdf);
        String text = Pdfs.compact(pdf);
        assertTrue(text.contains("达雄村服务点"), kind + ": station name in Chinese");
        assertTrue(text.contains(ReportSamples.TIBETAN_VILLAGE) || text.contains(ReportSamples.TIBETAN_NAME)
                || kind.equals("pickup-slip") && text.contains("4-2718"), kind + ": Tibetan text");
        assertTrue(Pdfs.inkShare(pdf, 0) > 0.005, kind + ": the page is not blank");
        assertEquals(paper.widthPoints(), Math.round(Pdfs.pageSize(pdf, 0)[0]), kind + ": page width");
        if (paper.isThermal()) {
            assertEquals(1, Pdfs.pages(pdf), "a receipt roll is one long page");
        }
    }

    @Test
    void aDocumentIsRefusedOnPaperItIsNotLaidOutFor() {
        RunSheet sheet = ReportSamples.documents().stream().filter(RunSheet.class::isInstance).map(RunSheet.class::cast)
                .findFirst().orElseThrow();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RENDERER.document(sheet, Paper.THERMAL_58, Locale.ENGLISH));
        assertEquals("error.report.paperNotFor", e.messageKey());
    }

    @Test
    void monthlyStationReportInEveryLanguageHoldsItsTotalsAndNames() {
        var month = YearMonth.of(2026, 10);
        var figures = ReportSamples.monthly(month, 1);
        var previous = ReportSamples.monthly(month.minusMonths(1), 2);
        for (Locale l : List.of(Locale.ENGLISH, Messages.CHINESE, Messages.TIBETAN)) {
            byte[] pdf = RENDERER.monthlyStation(figures, previous, l, Progress.NONE).pdf();
            Pdfs.keep("monthly-" + Messages.codeOf(l), pdf);
            String text = Pdfs.compact(pdf);
            assertTrue(text.contains("8,650.40"), "order value");
            assertTrue(text.contains("60,500.50"), "local goods sales total");
            assertTrue(text.contains(ReportSamples.TIBETAN_VILLAGE), "Tibetan village name");
            assertTrue(text.contains("达雄村"), "Chinese village name");
            int pages = Pdfs.pages(pdf);
            assertTrue(pages >= 2 && pages <= 5, "pages: " + pages);
            for (int i = 0; i < pages; i++) {
                assertTrue(Pdfs.inkShare(pdf, i) > 0.01, "page " + (i + 1) + " is not blank");
            }
        }
    }

    @Test
    void countyReportNamesTheStationsThatHaveNotSynced(@TempDir Path dir) throws Exception {
        var figures = ReportSamples.county(24);
        RenderedReport r = RENDERER.monthlyCounty(figures, Messages.CHINESE, Progress.NONE);
        Path file = dir.resolve("county.pdf");
        r.writePdf(file);
        byte[] pdf = Files.readAllBytes(file);
        Pdfs.keep("county-zh", pdf);
        String text = Pdfs.compact(pdf);
        for (var s : figures.notSynced()) {
            assertTrue(text.contains(s.stationCode()), s.stationCode());
        }
        assertTrue(text.contains("全县合计"));
        assertEquals(r.pageCount(), Pdfs.pages(pdf));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside the PDF");
        }
    }

    @Test
    void templatesAreCompiledOncePerRun() {
        ReportTemplates.warmUp();
        var first = ReportTemplates.get(ReportTemplates.MONTHLY_STATION);
        assertTrue(first == ReportTemplates.get(ReportTemplates.MONTHLY_STATION));
        assertEquals(ReportTemplates.ALL.length, ReportTemplates.cachedCount());
    }
}
