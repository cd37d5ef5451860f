package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.cli.ParcelCommand;
import org.skyroad.station.cli.SkyroadCommand;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.persistence.JdbcStationRepository;
import picocli.CommandLine;

/** {@code skyroad parcel ...} in-process, as SkyroadCommand runs its subcommands. */
class ParcelCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SkyroadCommand());
        if (!cl.getSubcommands().containsKey("parcel")) {
            cl.addSubcommand(new ParcelCommand()); // until SkyroadCommand registers it
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof StationException se) {
                c.getErr().println(se.messageKey());
                return SkyroadCommand.REFUSED;
            }
            throw ex;
        });
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("station").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    private void station() {
        try (StationRuntime rt = StationRuntime.open(dir.resolve("station"))) {
            var repo = new JdbcStationRepository(rt.database().jdbc());
            rt.database().transactions().inTransaction(() -> repo.insert(new Station(StationCode.parse("TS-003"),
                    "达雄村服务点", StationLevel.VILLAGE, StationCode.parse("NGA-HUB"), ZoneId.of("Asia/Shanghai"), "zh",
                    java.time.Instant.now(), 1)));
        }
    }

    @Test
    void checkInFindAndManifestFromTheCommandLine() throws Exception {
        station();
        Run in = run("parcel", "checkin", "]C1SF1234567890123", "--phone", "13800138000");
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains("slot A-01, pickup code "), in.out());
        assertTrue(in.out().contains("unmatched"), in.out());

        Run again = run("parcel", "checkin", "SF1234567890123");
        assertEquals(SkyroadCommand.REFUSED, again.exit());
        assertTrue(again.err().contains("error.parcel.alreadyWaiting"), again.err());

        Run unknown = run("parcel", "checkin", "7712345678901");
        assertEquals(SkyroadCommand.REFUSED, unknown.exit());
        assertEquals(0, run("parcel", "checkin", "7712345678901", "--carrier", "sto").exit());

        Run find = run("parcel", "find", "8000");
        assertTrue(find.out().contains("SF1234567890123"), find.out());
        assertTrue(find.out().contains("138****8000"), find.out());
        assertTrue(find.out().contains("1 parcel(s)"), find.out());

        Path csv = dir.resolve("sf.csv");
        Files.writeString(csv, "运单号\nSF1234567890123\nSF1234567890999\n", StandardCharsets.UTF_8);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Run manifest = run("parcel", "manifest", csv.toString(), "--date", today);
        assertEquals(ParcelCommand.DIFFERENCES, manifest.exit(), manifest.err());
        assertTrue(manifest.out().contains("Missing (1):\n  SF1234567890999"), manifest.out());
        assertTrue(manifest.out().contains("Extra (0):"), manifest.out());
    }

    @Test
    void theShelvesTheAgeingDaysAndTheStorageFeeAreSetFromTheCommandLine() {
        station();
        Run shown = run("parcel", "settings");
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("Reminder after 3 days, return proposed after 14 days"), shown.out());
        assertTrue(shown.out().contains("Storage fee: none"), shown.out());

        Run set = run("parcel", "settings", "--shelves", "A-01..A-10, FLOOR", "--remind-days", "4",
                "--fee-free-days", "7", "--fee-per-day", "0.50", "--fee-cap", "5");
        assertEquals(0, set.exit(), set.err());
        assertTrue(set.out().contains("Reminder after 4 days"), set.out());
        assertTrue(set.out().contains("Storage fee: 7 days free, then 0.50 a day, at most 5.00"), set.out());

        Run bad = run("parcel", "settings", "--remind-days", "20");
        assertEquals(SkyroadCommand.REFUSED, bad.exit());
        assertTrue(bad.err().contains("error.parcel.returnBeforeRemind"), bad.err());
        Run badFee = run("parcel", "settings", "--fee-per-day", "-1");
        assertEquals(SkyroadCommand.REFUSED, badFee.exit());
        Run after = run("parcel", "settings");
        assertTrue(after.out().contains("Reminder after 4 days") && after.out().contains("0.50 a day"), after.out());

        Run off = run("parcel", "settings", "--no-fee");
        assertTrue(off.out().contains("Storage fee: none"), off.out());
    }
}
