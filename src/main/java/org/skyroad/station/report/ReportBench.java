package org.skyroad.station.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JasperPrint;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.RenderedReport;

/**
 * What the benchmark harness ({@code skyroad bench}) measures of the reports: the county
 * report through the service (figures from the hub's replica, fill, PDF export) beside a raw
 * JasperReports fill and export of the very same rows from a data source prepared beforehand.
 */
public final class ReportBench {

    /** Seconds of each side, and the pages made (the same on both sides). */
    public record Timing(double serviceSeconds, double rawSeconds, int servicePages, int rawPages) {
        public double ratio() {
            return rawSeconds == 0 ? Double.NaN : serviceSeconds / rawSeconds;
        }
    }

    private ReportBench() {
    }

    /**
     * Times {@code service} (e.g. {@code () -> desk.monthlyCounty(month, locale, Progress.NONE)})
     * with its PDF export, then the raw baseline over the figures it computed: the rows are laid
     * out first (not timed), then only JasperReports' fill and export are timed. Templates are
     * compiled before either side is timed.
     */
    public static Timing county(Supplier<RenderedReport> service, Supplier<CountyFigures> figures, Locale locale) {
        ReportTemplates.warmUp();
        long t0 = System.nanoTime();
        RenderedReport r = service.get();
        ((JasperRenderedReport) r).exportPdf(OutputStream.nullOutputStream());
        long t1 = System.nanoTime();
        CountyFigures f = figures.get();
        ReportText text = ReportText.of(locale);
        CountyReport layout = new CountyReport(f, text);
        Map<String, Object> params = layout.parameters();
        List<Map<String, ?>> rows = layout.rows();
        long t2 = System.nanoTime();
        JasperPrint print = JasperReportRenderer.fill(ReportTemplates.MONTHLY_COUNTY, params, rows, locale);
        JasperRenderedReport raw = new JasperRenderedReport("raw", print);
        raw.exportPdf(OutputStream.nullOutputStream());
        long t3 = System.nanoTime();
        return new Timing((t1 - t0) / 1e9, (t3 - t2) / 1e9, r.pageCount(), raw.pageCount());
    }
}
