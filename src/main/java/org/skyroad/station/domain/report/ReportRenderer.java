package org.skyroad.station.domain.report;

import java.util.Locale;
import org.skyroad.station.domain.common.Progress;

/** Turns figures and documents into pages, in the language asked for. */
public interface ReportRenderer {

    /** The monthly station report; {@code previous} gives the change against the month before. */
    RenderedReport monthlyStation(MonthlyFigures figures, MonthlyFigures previous, Locale locale, Progress progress);

    RenderedReport monthlyCounty(CountyFigures figures, Locale locale, Progress progress);

    RenderedReport document(PrintableDocument document, Paper paper, Locale locale);

    /** The figures as a spreadsheet-readable CSV (UTF-8 with a byte order mark, so Excel shows Chinese). */
    byte[] monthlyCsv(MonthlyFigures figures, MonthlyFigures previous, Locale locale);

    byte[] countyCsv(CountyFigures figures, Locale locale);
}
