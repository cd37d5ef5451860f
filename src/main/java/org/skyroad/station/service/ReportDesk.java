package org.skyroad.station.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.CountyFiguresSource;
import org.skyroad.station.domain.report.DailyCloseReport;
import org.skyroad.station.domain.report.DailyFigures;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.MonthlyFiguresSource;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.domain.report.ReportRenderer;
import org.skyroad.station.domain.report.StationHeader;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.i18n.Messages;

/**
 * Reports and printed papers. Monthly reports (station, and county at the hub) need the
 * REPORTS permission (managers); the counter's documents and the daily close need counter work.
 * Figures are read in one read transaction; filling and export run outside it, so a long
 * report never holds the database. Long work reports through {@link Progress}: call these off
 * the FX thread.
 */
public final class ReportDesk {

    private final ServiceContext ctx;
    private final StationRepository stations;
    private final MonthlyFiguresSource figures;
    private final CountyFiguresSource county;
    private final ReportRenderer renderer;

    public ReportDesk(ServiceContext ctx, StationRepository stations, MonthlyFiguresSource figures,
                      CountyFiguresSource county, ReportRenderer renderer) {
        this.ctx = ctx;
        this.stations = stations;
        this.figures = figures;
        this.county = county;
        this.renderer = renderer;
    }

    /** "2026-10" as a month; refused with a sentence otherwise. */
    public static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.report.month", text == null ? "" : text);
        }
    }

    /** "2026-10-31" as a date; refused with a sentence otherwise. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.report.date", text == null ? "" : text);
        }
    }

    // ------------------------------------------------------------------ monthly station report

    /** The month's figures and the month before's, for the screen, the PDF and the CSV. */
    public MonthlyFigures monthlyFigures(YearMonth month) {
        ctx.session().require(Permission.REPORTS);
        Station s = station();
        checkMonth(month, s.zone());
        return ctx.tx().read(() -> figures.monthly(s.code().value(), s.name(), month, s.zone()));
    }

    public RenderedReport monthlyStation(YearMonth month, Locale locale, Progress progress) {
        ctx.session().require(Permission.REPORTS);
        Station s = station();
        checkMonth(month, s.zone());
        Progress p = progress == null ? Progress.NONE : progress;
        p.update(0, 1, Messages.get(localeOr(locale, s), "report.progress.figures"));
        MonthlyFigures[] both = ctx.tx().read(() -> new MonthlyFigures[] {
            figures.monthly(s.code().value(), s.name(), month, s.zone()),
            figures.monthly(s.code().value(), s.name(), month.minusMonths(1), s.zone())});
        if (p.isCancelled()) {
            throw new InvalidInputException("error.report.cancelled");
        }
        return renderer.monthlyStation(both[0], both[1], localeOr(locale, s), p);
    }

    /** Fills the monthly station report and writes it as a PDF (atomically) to {@code target}. */
    public RenderedReport monthlyStationPdf(YearMonth month, Locale locale, Path target, Progress progress) {
        RenderedReport r = monthlyStation(month, locale, progress);
        r.writePdf(target);
        return r;
    }

    /** The month's figures (and the month before's) as CSV, UTF-8 with a byte order mark. */
    public byte[] monthlyStationCsv(YearMonth month, Locale locale) {
        ctx.session().require(Permission.REPORTS);
        Station s = station();
        checkMonth(month, s.zone());
        MonthlyFigures[] both = ctx.tx().read(() -> new MonthlyFigures[] {
            figures.monthly(s.code().value(), s.name(), month, s.zone()),
            figures.monthly(s.code().value(), s.name(), month.minusMonths(1), s.zone())});
        return renderer.monthlyCsv(both[0], both[1], localeOr(locale, s));
    }

    // ------------------------------------------------------------------ county report (hub)

    public CountyFigures countyFigures(YearMonth month) {
        ctx.session().require(Permission.REPORTS);
        Station s = hub();
        checkMonth(month, s.zone());
        return ctx.tx().read(() -> county.county(s.code().value(), s.name(), month, s.zone()));
    }

    public RenderedReport monthlyCounty(YearMonth month, Locale locale, Progress progress) {
        CountyFigures f = countyFigures(month);
        Progress p = progress == null ? Progress.NONE : progress;
        if (p.isCancelled()) {
            throw new InvalidInputException("error.report.cancelled");
        }
        return renderer.monthlyCounty(f, localeOr(locale, station()), p);
    }

    public byte[] monthlyCountyCsv(YearMonth month, Locale locale) {
        CountyFigures f = countyFigures(month);
        return renderer.countyCsv(f, localeOr(locale, station()));
    }

    // ------------------------------------------------------------------ counter documents

    /** The station as papers name it. */
    public StationHeader stationHeader() {
        ctx.session().require(Permission.COUNTER_WORK);
        Station s = station();
        return new StationHeader(s.code().value(), s.name(), null, s.zone());
    }

    /** A document the desks filled, on the paper asked for, in the language asked for. */
    public RenderedReport document(PrintableDocument document, Paper paper, Locale locale) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (document == null || paper == null) {
            throw new InvalidInputException("error.report.paper", "");
        }
        return renderer.document(document, paper, localeOr(locale, station()));
    }

    public DailyFigures dailyFigures(LocalDate day) {
        ctx.session().require(Permission.COUNTER_WORK);
        Station s = station();
        checkDay(day, s.zone());
        return ctx.tx().read(() -> figures.daily(day, s.zone()));
    }

    /** The daily close report of {@code day} (parcels, orders, cash and its close). */
    public RenderedReport dailyClose(LocalDate day, Paper paper, Locale locale) {
        DailyFigures f = dailyFigures(day);
        Station s = station();
        return renderer.document(new DailyCloseReport(new StationHeader(s.code().value(), s.name(), null, s.zone()), f),
                paper == null ? Paper.A4 : paper, localeOr(locale, s));
    }

    // ------------------------------------------------------------------ files

    /** Writes bytes (a CSV) under a temporary name, then renames: never a half file under {@code target}. */
    public static void writeFile(byte[] content, Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            Path dir = file.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "error.report.csvWrite", file);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure itself is what the person is told about
                }
            }
        }
    }

    // ------------------------------------------------------------------ checks

    private Station station() {
        return ctx.tx().read(() -> stations.find()
                .orElseThrow(() -> new NotFoundException("error.station.notInitialized")));
    }

    private Station hub() {
        Station s = station();
        if (!s.isHub() || county == null) {
            throw new InvalidInputException("error.report.notHub");
        }
        return s;
    }

    private void checkMonth(YearMonth month, ZoneId zone) {
        if (month == null) {
            throw new InvalidInputException("error.report.month", "");
        }
        if (month.isAfter(YearMonth.from(ctx.clock().instant().atZone(zone)))) {
            throw new InvalidInputException("error.report.futureMonth", month.toString());
        }
    }

    private void checkDay(LocalDate day, ZoneId zone) {
        if (day == null) {
            throw new InvalidInputException("error.report.date", "");
        }
        if (day.isAfter(LocalDate.ofInstant(ctx.clock().instant(), zone))) {
            throw new InvalidInputException("error.report.futureDate", day.toString());
        }
    }

    private static Locale localeOr(Locale locale, Station s) {
        return locale != null ? locale : Messages.localeFor(s.language());
    }
}
