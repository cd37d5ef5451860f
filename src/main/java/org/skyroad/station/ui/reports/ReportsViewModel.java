package org.skyroad.station.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * The reports area: choose a report (the station's month, the county's month at the hub, or a
 * day's close), a month or a day and the report's language; make it in the background with
 * progress and a way to cancel; look through its pages; print it, save it as PDF, and save its
 * figures as CSV.
 */
public final class ReportsViewModel {

    /** The reports that can be made here. COUNTY only at the hub. */
    public enum Kind { STATION_MONTH, COUNTY_MONTH, DAILY_CLOSE }

    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
    static final int DEFAULT_ZOOM = 2;
    static final int MONTHS_OFFERED = 24;

    private final ReportScreens screens;
    private final ObservableList<Kind> kinds = FXCollections.observableArrayList(Kind.STATION_MONTH, Kind.DAILY_CLOSE);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.STATION_MONTH);
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.current());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObjectProperty<RenderedReport> report = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty zoomStep = new SimpleIntegerProperty(DEFAULT_ZOOM);
    private final ObjectProperty<byte[]> pageImage = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private TaskExecutor.Handle making = TaskExecutor.Handle.DONE;
    private TaskExecutor.Handle rendering = TaskExecutor.Handle.DONE;
    private Kind madeKind;
    private YearMonth madeMonth;
    private LocalDate madeDay;
    private Locale madeLocale;

    public ReportsViewModel(ReportScreens screens) {
        this.screens = screens;
        // The preview always shows what is chosen: another choice puts the last report away.
        kind.addListener((obs, old, now) -> clear());
        month.addListener((obs, old, now) -> clear());
        day.addListener((obs, old, now) -> clear());
        language.addListener((obs, old, now) -> clear());
    }

    private void clear() {
        if (report.get() == null || busy.get()) {
            return;
        }
        rendering.cancel();
        report.set(null);
        pageImage.set(null);
        page.set(0);
        message.set("");
    }

    private record Loaded(boolean hub, LocalDate today) {
    }

    /** Reads the station: hub or not, and its today (the months offered end with the month before). */
    public void load() {
        screens.executor().run(p -> {
            Station s = screens.settings().station();
            ZoneId zone = s.zone();
            return new Loaded(s.isHub(), LocalDate.ofInstant(screens.clock().instant(), zone));
        }, (Loaded l) -> {
            List<Kind> k = new ArrayList<>(List.of(Kind.STATION_MONTH));
            if (l.hub()) {
                k.add(Kind.COUNTY_MONTH);
            }
            k.add(Kind.DAILY_CLOSE);
            kinds.setAll(k);
            if (kind.get() == null || !kinds.contains(kind.get())) {
                kind.set(Kind.STATION_MONTH);
            }
            YearMonth current = YearMonth.from(l.today());
            List<YearMonth> list = new ArrayList<>();
            for (int i = 0; i < MONTHS_OFFERED; i++) {
                list.add(current.minusMonths(i));
            }
            YearMonth chosen = month.get();
            months.setAll(list);
            month.set(chosen != null && list.contains(chosen) ? chosen : current.minusMonths(1));
            if (day.get() == null) {
                day.set(l.today().minusDays(1));
            }
        }, f -> error.set(Errors.sentence(f)));
    }

    private record Made(RenderedReport report, byte[] firstPage) {
    }

    /** Fills the chosen report in the background; the first page is shown when it is ready. */
    public void make() {
        if (busy.get()) {
            return;
        }
        Kind k = kind.get();
        YearMonth m = month.get();
        LocalDate d = day.get();
        Locale locale = (language.get() == null ? Language.current() : language.get()).locale();
        if (k == null || (k != Kind.DAILY_CLOSE && m == null) || (k == Kind.DAILY_CLOSE && d == null)) {
            error.set(Messages.get("reportsui.error.choose"));
            return;
        }
        double zoom = zoom();
        busy.set(true);
        progress.set(-1);
        progressText.set(Messages.get("reportsui.progress.start"));
        error.set("");
        message.set("");
        making = screens.executor().run(p -> {
            RenderedReport r = switch (k) {
                case STATION_MONTH -> screens.reports().monthlyStation(m, locale, p);
                case COUNTY_MONTH -> screens.reports().monthlyCounty(m, locale, p);
                case DAILY_CLOSE -> screens.reports().dailyClose(d, Paper.A4, locale);
            };
            if (p.isCancelled()) {
                return null;
            }
            return new Made(r, r.pageCount() > 0 ? r.pagePng(0, (float) zoom) : null);
        }, (done, total, what) -> {
            progress.set(total <= 0 ? -1 : (double) done / total);
            progressText.set(what == null ? "" : what);
        }, (Made made) -> {
            busy.set(false);
            progressText.set("");
            if (made == null) {
                return;
            }
            madeKind = k;
            madeMonth = m;
            madeDay = d;
            madeLocale = locale;
            report.set(made.report());
            page.set(0);
            pageImage.set(made.firstPage());
            message.set(Messages.get("reportsui.made", made.report().pageCount()));
        }, f -> {
            busy.set(false);
            progressText.set("");
            error.set(Errors.sentence(f));
        });
    }

    /** Stops the report being made; nothing of it is shown. */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        making.cancel();
        busy.set(false);
        progressText.set("");
        message.set(Messages.get("reportsui.cancelled"));
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void firstPage() {
        goTo(0);
    }

    public void lastPage() {
        RenderedReport r = report.get();
        if (r != null) {
            goTo(r.pageCount() - 1);
        }
    }

    public void zoomIn() {
        if (zoomStep.get() < ZOOMS.length - 1) {
            zoomStep.set(zoomStep.get() + 1);
            render();
        }
    }

    public void zoomOut() {
        if (zoomStep.get() > 0) {
            zoomStep.set(zoomStep.get() - 1);
            render();
        }
    }

    public double zoom() {
        return ZOOMS[zoomStep.get()];
    }

    private void goTo(int index) {
        RenderedReport r = report.get();
        if (r == null || index < 0 || index >= r.pageCount() || index == page.get()) {
            return;
        }
        page.set(index);
        render();
    }

    private void render() {
        RenderedReport r = report.get();
        if (r == null) {
            return;
        }
        int index = page.get();
        float z = (float) zoom();
        rendering.cancel();
        rendering = screens.executor().run(p -> r.pagePng(index, z), pageImage::set, f -> error.set(Errors.sentence(f)));
    }

    /** Prints the report shown on this computer's A4 printer (or keeps its PDF when there is none). */
    public void print() {
        RenderedReport r = report.get();
        if (r == null) {
            error.set(Messages.get("reportsui.error.nothing"));
            return;
        }
        screens.executor().run(p -> screens.printouts().print(r, Paper.A4), s -> {
            error.set("");
            message.set(s);
        }, f -> error.set(Errors.sentence(f)));
    }

    /** A file name for the report shown: monthly-TS-003-2026-10.pdf. */
    public String suggestedName(String extension) {
        RenderedReport r = report.get();
        String base = r == null ? "report" : r.name();
        if (madeLocale != null && !"pdf".equals(extension)) {
            base = base + "-" + Messages.codeOf(madeLocale);
        }
        return base + "." + extension;
    }

    public boolean hasReport() {
        return report.get() != null;
    }

    public void savePdf(Path target) {
        RenderedReport r = report.get();
        if (r == null) {
            error.set(Messages.get("reportsui.error.nothing"));
            return;
        }
        screens.executor().run(p -> {
            r.writePdf(target);
            return target;
        }, t -> {
            error.set("");
            message.set(Messages.get("reportsui.saved", t));
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Saves the figures of the report shown (its month, its language) as CSV; a day's close has none. */
    public void saveCsv(Path target) {
        if (report.get() == null) {
            error.set(Messages.get("reportsui.error.nothing"));
            return;
        }
        if (madeKind == Kind.DAILY_CLOSE) {
            error.set(Messages.get("reportsui.error.noCsv"));
            return;
        }
        Kind k = madeKind;
        YearMonth m = madeMonth;
        Locale locale = madeLocale;
        screens.executor().run(p -> {
            byte[] csv = k == Kind.COUNTY_MONTH ? screens.reports().monthlyCountyCsv(m, locale)
                    : screens.reports().monthlyStationCsv(m, locale);
            ReportDesk.writeFile(csv, target);
            return target;
        }, t -> {
            error.set("");
            message.set(Messages.get("reportsui.saved", t));
        }, f -> error.set(Errors.sentence(f)));
    }

    public boolean csvAvailable() {
        return report.get() != null && madeKind != Kind.DAILY_CLOSE;
    }

    public LocalDate madeDay() {
        return madeDay;
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<Kind> kinds() {
        return kinds;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public BooleanBinding dailyChosen() {
        return kind.isEqualTo(Kind.DAILY_CLOSE);
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObjectProperty<RenderedReport> reportProperty() {
        return report;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<byte[]> pageImageProperty() {
        return pageImage;
    }

    public IntegerProperty zoomStepProperty() {
        return zoomStep;
    }

    /** "Page 2 of 5 · 100 %", or empty before a report is made. */
    public StringBinding pageText() {
        return Bindings.createStringBinding(() -> {
            RenderedReport r = report.get();
            return r == null ? "" : Messages.get("reportsui.page", page.get() + 1, r.pageCount(),
                    Math.round(ZOOMS[zoomStep.get()] * 100));
        }, report, page, zoomStep);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
