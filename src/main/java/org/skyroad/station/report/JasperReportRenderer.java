package org.skyroad.station.report;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.domain.report.ReportRenderer;
import org.skyroad.station.domain.report.StationHeader;

/**
 * Fills the JasperReports templates: the monthly station and county reports and the counter's
 * documents. Templates are compiled once per run ({@link ReportTemplates}); every text is in the
 * language asked for, in the bundled fonts.
 */
public final class JasperReportRenderer implements ReportRenderer {

    static {
        PdfText.setUp();
    }

    private final Clock clock;

    public JasperReportRenderer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RenderedReport monthlyStation(MonthlyFigures figures, MonthlyFigures previous, Locale locale,
                                         Progress progress) {
        ReportText text = ReportText.of(locale);
        progress.update(0, 3, text.t("report.progress.layout"));
        MonthlyStationReport layout = new MonthlyStationReport(figures, previous, text);
        List<Map<String, ?>> lines = layout.lines();
        Map<String, Object> params = layout.parameters();
        params.put("GENERATED", generated(text, figures.zone()));
        cancelled(progress);
        progress.update(1, 3, text.t("report.progress.fill"));
        JasperPrint print = fill(ReportTemplates.MONTHLY_STATION, params, lines, text.locale());
        progress.update(3, 3, text.t("report.progress.done"));
        return new JasperRenderedReport("monthly-" + figures.stationCode() + "-" + figures.month(), print);
    }

    @Override
    public RenderedReport monthlyCounty(CountyFigures figures, Locale locale, Progress progress) {
        ReportText text = ReportText.of(locale);
        progress.update(0, 2, text.t("report.progress.fill"));
        CountyReport layout = new CountyReport(figures, text);
        Map<String, Object> params = layout.parameters();
        params.put("GENERATED", generated(text, java.time.ZoneId.of("Asia/Shanghai")));
        JasperPrint print = fill(ReportTemplates.MONTHLY_COUNTY, params, layout.rows(), text.locale());
        progress.update(2, 2, text.t("report.progress.done"));
        return new JasperRenderedReport("county-" + figures.hubCode() + "-" + figures.month(), print);
    }

    @Override
    public RenderedReport document(PrintableDocument document, Paper paper, Locale locale) {
        if (!document.papers().contains(paper)) {
            throw new InvalidInputException("error.report.paperNotFor", paper.name(), document.kind());
        }
        ReportText text = ReportText.of(locale);
        DocumentLayout layout = DocumentLayout.of(document, paper, text, clock);
        Map<String, Object> params = new HashMap<>();
        StationHeader s = document.station();
        params.put("STATION", s.name());
        params.put("STATION_LINE", s.code() + (s.phone() == null ? "" : "  ☎ " + s.phone()));
        params.put("FOOTER", text.t("report.doc.footer"));
        if (paper.isThermal()) {
            params.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
        }
        JasperPrint print = fill(template(paper), params, layout.rows(), text.locale());
        return new JasperRenderedReport(document.kind() + "-" + paper.name().toLowerCase(Locale.ROOT), print);
    }

    @Override
    public byte[] monthlyCsv(MonthlyFigures figures, MonthlyFigures previous, Locale locale) {
        return FiguresCsv.monthly(figures, previous, ReportText.of(locale));
    }

    @Override
    public byte[] countyCsv(CountyFigures figures, Locale locale) {
        return FiguresCsv.county(figures, ReportText.of(locale));
    }

    static String template(Paper paper) {
        return switch (paper) {
            case A4 -> ReportTemplates.DOCUMENT_A4;
            case THERMAL_80 -> ReportTemplates.DOCUMENT_80;
            case THERMAL_58 -> ReportTemplates.DOCUMENT_58;
        };
    }

    private String generated(ReportText text, java.time.ZoneId zone) {
        return text.t("report.generated", text.dateTime(clock.instant(), zone));
    }

    private static void cancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new InvalidInputException("error.report.cancelled");
        }
    }

    /** Fills {@code template} with {@code rows}; for the benchmark's raw baseline too. */
    public static JasperPrint fill(String template, Map<String, Object> params, Collection<Map<String, ?>> rows,
                                   Locale locale) {
        JasperReport report = ReportTemplates.get(template);
        Map<String, Object> p = new HashMap<>(params);
        p.put(JRParameter.REPORT_LOCALE, locale);
        try {
            return JasperFillManager.fillReport(report, p, new JRMapCollectionDataSource(rows));
        } catch (JRException e) {
            throw new StorageException(e, "error.report.fill", template);
        }
    }
}
