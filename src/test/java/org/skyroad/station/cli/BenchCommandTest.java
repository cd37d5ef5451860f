package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.cli.InitCommandTest.assertOneSentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.i18n.Messages;

/** The harness runs end to end on a tiny station. No timing is checked here: figures belong in docs/benchmarks.md. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void benchWritesOneRowPerFigureAndCleansUp() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path out = dir.resolve("results").resolve("bench.md");
        Cli.Result r = Cli.expect(SkyroadCommand.OK, "bench", "--villagers", "200", "--queries", "3",
                "--sync-records", "300", "--parcels", "400", "--orders", "150", "--producers", "4", "--trace-lots", "60", "--report-stations", "2",
                "--report-parcels", "40", "--saves", "3", "--dir", work.toString(), "--out", out.toString());
        String md = Files.readString(out);
        assertTrue(r.out().startsWith(md), "the table is printed too");
        for (String row : List.of("| demo generation | villagers/s |", "| find by phone tail (4 digits), median | ms |",
                "| find by whole phone number, p95 | ms |", "| find by name prefix, Chinese, median",
                "| find by name prefix, Tibetan, median", "| find by text inside a name, median",
                "| find by ID-card tail ending in X, median", "| open the station, median of 3 | ms |",
                "| sync export, 300 outbox entries | records/s |", "| sync import at the hub, 300 records | records/s |",
                "| parcel check-in, median | ms |", "| parcel check-in, p95 | ms |", "| parcel lookup by pickup code, p95 | ms |",
                "| parcel lookup by phone tail, p95 | ms |", "| order save, median | ms |", "| order save, p95 | ms |",
                "| drawer balance from a year of movements, median | ms |", "| daily close, median | ms |",
                "| settlement of 4 producers for a month | ms |", "| trace of a lot among 60 lots, median | ms |",
                "| county monthly report, 2 stations x 40 parcels, median of 1 | ms |")) {
            assertTrue(md.contains(row), row + " in\n" + md);
        }
        assertFalse(md.contains("WARNING"), md);
        assertFalse(md.contains("n/a"), "every row has both sides and a ratio:\n" + md);
        assertEquals(List.of(), Cli.listing(work), "the temporary station is deleted");
    }

    @Test
    void onlyTheChosenGroupsRun() throws IOException {
        Path out = dir.resolve("only.md");
        Cli.expect(SkyroadCommand.OK, "bench", "--only", "sync", "--sync-records", "100", "--dir", dir.toString(),
                "--out", out.toString());
        String md = Files.readString(out);
        assertTrue(md.contains("| sync export, 100 outbox entries |"), md);
        for (String other : List.of("demo generation", "find by", "open the station", "parcel", "order save", "settlement",
                "county")) {
            assertFalse(md.contains("| " + other), other + " left out:\n" + md);
        }
        assertTrue(md.contains("--only sync"), md);
    }

    @Test
    void badSizesAreRefusedBeforeAnyWork() {
        Path out = dir.resolve("out").resolve("bench.md");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "bench", "--villagers", "-3", "--out", out.toString()),
                "--villagers must be from 100 to 1000000, not -3");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "bench", "--queries", "0", "--out", out.toString()),
                "--queries must be from 1 to");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "bench", "--villagers", "100", "--out", dir.toString()),
                "The results cannot be written to");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "bench", "--parcels", "-1", "--out", out.toString()),
                "--parcels must be from 0 to");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "bench", "--only", "parcels,fish", "--out", out.toString()),
                "--only does not know \"fish\"");
        assertFalse(Files.exists(out.getParent()));
    }
}
