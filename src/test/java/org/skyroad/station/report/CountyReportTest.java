package org.skyroad.station.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.cli.SkyroadCommand;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.persistence.JdbcCountyReportRepository;
import org.skyroad.station.persistence.JdbcReportBenchData;
import org.skyroad.station.persistence.JdbcReportFiguresRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.service.StationSetup;
import org.skyroad.station.testsupport.MutableClock;

/** The county report at a hub, from the replica its batches filled; and the command line. */
class CountyReportTest {

    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path dir;
    static StationRuntime rt;
    static ReportDesk desk;

    @BeforeAll
    static void hub() {
        rt = StationRuntime.open(dir.resolve("hub"), new MutableClock(NOW));
        rt.setup().initialize(new StationSetup.Request("NGA-HUB", "措勤县电子商务公共服务中心", "county", null, "admin", "Admin",
                "secret-123".toCharArray(), "zh"));
        rt.staff().signIn("admin", "secret-123".toCharArray());
        rt.database().transactions().inTransaction(() -> JdbcReportBenchData.seedCountyReplica(rt.database().jdbc(), 12, 300,
                MONTH, ZONE, 3, Progress.NONE));
        wire();
    }

    static void wire() {
        var jdbc = rt.database().jdbc();
        desk = new ReportDesk(rt.serviceContext(), new JdbcStationRepository(jdbc), new JdbcReportFiguresRepository(jdbc),
                new JdbcCountyReportRepository(jdbc), new JasperReportRenderer(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterAll
    static void close() {
        rt.close();
    }

    @Test
    void theRowsAddUpToTheCountyTotalsAndSilentStationsAreNamed() {
        CountyFigures f = desk.countyFigures(MONTH);
        assertEquals(12, f.rows().size());
        var total = f.totals();
        assertEquals(f.rows().stream().mapToLong(CountyFigures.StationRow::parcelsReceived).sum(), total.parcelsReceived());
        assertEquals(12 * 300, total.parcelsReceived(), "every parcel seeded was received in the month");
        assertEquals(f.rows().stream().mapToLong(r -> r.orderValue().fen()).sum(), total.orderValue().fen());
        long counted = rt.database().transactions().read(() -> rt.database().jdbc().queryLong(
                "SELECT COUNT(*) FROM sync_replica WHERE entity = 'parcel' AND payload LIKE '%\"status\":\"RETURNED\"%'"
                + " AND changed_at >= ? AND changed_at < ?", MONTH.atDay(1).atStartOfDay(ZONE).toInstant(),
                MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()));
        assertEquals(counted, total.parcelsReturned(), "returned parcels counted again with a plain query");
        assertEquals(List.of("TS-010"), f.notSynced().stream().map(CountyFigures.SilentStation::stationCode).toList());

        byte[] pdf = desk.monthlyCounty(MONTH, Messages.CHINESE, Progress.NONE).pdf();
        Pdfs.keep("county-from-replica-zh", pdf);
        String text = Pdfs.compact(pdf);
        ReportText t = ReportText.of(Messages.CHINESE);
        assertTrue(text.contains(t.count(total.parcelsReceived())), "county total of parcels");
        assertTrue(text.contains(t.money(total.orderValue())), "county total of order value");
        assertTrue(text.contains("TS-010"), "the silent station is named");
        assertTrue(text.contains("བཀྲ་ཤིས་སྒང"), "Tibetan station name");
    }

    @Test
    void theCommandLineWritesTheCountyAndDailyReports() throws Exception {
        Path pdf = dir.resolve("cli").resolve("county.pdf");
        Path csv = dir.resolve("cli").resolve("county.csv");
        rt.close();
        try {
            assertEquals(0, run("--db", dir.resolve("hub").toString(), "report", "monthly", "--month", "2026-10",
                    "--out", pdf.toString(), "--lang", "bo", "--county", "--csv", csv.toString()));
            assertTrue(Pdfs.pages(Files.readAllBytes(pdf)) >= 1);
            assertTrue(Files.readString(csv).contains("TS-001"));
            Path daily = dir.resolve("cli").resolve("daily.pdf");
            assertEquals(0, run("--db", dir.resolve("hub").toString(), "report", "daily-close", "--date", "2026-10-31",
                    "--out", daily.toString(), "--paper", "58"));
            assertEquals(1, Pdfs.pages(Files.readAllBytes(daily)));
            assertEquals(2, run("--db", dir.resolve("hub").toString(), "report", "monthly", "--month", "2026-13",
                    "--out", pdf.toString()));
        } finally {
            rt = StationRuntime.open(dir.resolve("hub"), new MutableClock(NOW));
            rt.staff().signIn("admin", "secret-123".toCharArray());
            wire();
        }
    }

    static int run(String... args) {
        return SkyroadCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }
}
