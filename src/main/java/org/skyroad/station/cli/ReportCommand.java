package org.skyroad.station.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.RenderedReport;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.report.ReportText;
import org.skyroad.station.service.ReportDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad report}: the monthly report (station, or county at the hub) and the daily close
 * report as PDF, headless, for county IT staff to schedule. The PDF is written under a temporary
 * name and renamed, so a script never picks up half a file.
 */
@Command(name = "report", description = "Monthly and daily reports as PDF (and the figures as CSV).",
        subcommands = {ReportCommand.Monthly.class, ReportCommand.DailyClose.class})
public final class ReportCommand {

    @ParentCommand
    SkyroadCommand root;


    /** zh, en or bo; null (the station's language) when not given. */
    static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        if (!code.equals("zh") && !code.equals("en") && !code.equals("bo")) {
            throw new InvalidInputException("cli.report.lang", lang);
        }
        return Messages.localeFor(code);
    }

    static void written(CommandSpec spec, Path out, RenderedReport r) {
        spec.commandLine().getOut().println(ReportText.of(Messages.locale()).t("cli.report.written",
                out.toAbsolutePath().normalize().toString(), r.pageCount()));
    }

    @Command(name = "monthly", mixinStandardHelpOptions = true,
            description = "The monthly station report, or with --county the county report at the hub.")
    static final class Monthly implements Callable<Integer> {

        @ParentCommand
        ReportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, like 2026-10.")
        String month;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where the PDF is written.")
        Path out;

        @Option(names = "--lang", paramLabel = "zh|en|bo", description = "Language of the report (default: the station's).")
        String lang;

        @Option(names = "--county", description = "The county report (at the county hub): one row per station.")
        boolean county;

        @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the figures as CSV (UTF-8, for Excel).")
        Path csv;

        @Override
        public Integer call() {
            YearMonth m = ReportDesk.parseMonth(month);
            Locale locale = language(lang);
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                ReportDesk desk = rt.reports();
                ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
                RenderedReport r = county ? desk.monthlyCounty(m, locale, progress) : desk.monthlyStation(m, locale, progress);
                progress.finish();
                r.writePdf(out);
                written(spec, out, r);
                if (csv != null) {
                    ReportDesk.writeFile(county ? desk.monthlyCountyCsv(m, locale) : desk.monthlyStationCsv(m, locale), csv);
                    spec.commandLine().getOut().println(ReportText.of(Messages.locale()).t("cli.report.csvWritten",
                            csv.toAbsolutePath().normalize().toString()));
                }
                return SkyroadCommand.OK;
            }
        }
    }

    @Command(name = "daily-close", mixinStandardHelpOptions = true, description = "The daily close report of one day.")
    static final class DailyClose implements Callable<Integer> {

        @ParentCommand
        ReportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day, like 2026-10-31.")
        String date;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where the PDF is written.")
        Path out;

        @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|80|58",
                description = "A4 sheet or 80 mm / 58 mm receipt roll (default: ${DEFAULT-VALUE}).")
        String paper;

        @Option(names = "--lang", paramLabel = "zh|en|bo", description = "Language of the report (default: the station's).")
        String lang;

        @Override
        public Integer call() {
            LocalDate day = ReportDesk.parseDate(date);
            Paper p = Paper.parse(paper);
            Locale locale = language(lang);
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                RenderedReport r = rt.reports().dailyClose(day, p, locale);
                r.writePdf(out);
                written(spec, out, r);
                return SkyroadCommand.OK;
            }
        }
    }
}
