package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.villager.VillagerDraft;

/** {@code skyroad station|hub|sync ...}: what a county IT person scripts, with the exit codes a script checks. */
class SyncCommandTest {

    @TempDir
    Path dir;
    Path hubDb;
    Path stationDb;

    @BeforeEach
    void setUp() {
        // two installations that have never met: the commands do the enrolment
        try (SyncWorld w = new SyncWorld(dir.resolve("world"))) {
            hubDb = w.hub(SyncWorld.HUB).rt().database().file();
            SyncWorld.Node st = w.station(SyncWorld.STATION, SyncWorld.HUB);
            stationDb = st.rt().database().file();
            st.rt().villagers().createAll(List.of(new VillagerDraft("扎西", null, null, null, null, null, true, true),
                    new VillagerDraft("卓玛", null, null, null, null, null, true, true)));
        }
    }

    private static SyncCli.Result expect(int exit, String... args) {
        SyncCli.Result r = SyncCli.run(args);
        assertEquals(exit, r.exit(), () -> String.join(" ", args) + "\nout: " + r.out() + "\nerr: " + r.err());
        return r;
    }

    private static String fingerprintIn(String out) {
        return out.lines().filter(l -> l.matches(".*[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}.*")).findFirst()
                .orElseThrow().replaceAll(".*([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
    }

    private void enrolBothWays() {
        SyncCli.Result st = expect(0, "--db", stationDb.toString(), "station", "enrolment", "--to", dir.resolve("ts.json").toString());
        SyncCli.Result hub = expect(0, "--db", hubDb.toString(), "station", "enrolment", "--to", dir.resolve("hub.json").toString());
        expect(0, "--db", hubDb.toString(), "hub", "enroll", dir.resolve("ts.json").toString(), "--fingerprint", fingerprintIn(st.out()));
        expect(0, "--db", stationDb.toString(), "hub", "trust", dir.resolve("hub.json").toString(), "--fingerprint",
                fingerprintIn(hub.out()));
    }

    @Test
    void enrolmentExportImportAndStatusFromTheCommandLine() throws IOException {
        enrolBothWays();
        Path stick = dir.resolve("stick");
        SyncCli.Result export = expect(0, "--db", stationDb.toString(), "sync", "export", "--to", stick.toString());
        Path file = Path.of(export.out().strip());
        assertEquals("TS-003_to_NGA-HUB_000001.srb", file.getFileName().toString());

        SyncCli.Result verify = expect(0, "--db", hubDb.toString(), "sync", "verify", file.toString());
        assertTrue(verify.out().contains("\"seq\" : 1"), verify.out());
        expect(0, "sync", "verify", file.toString(), "--key", dir.resolve("ts.json").toString());

        expect(0, "--db", hubDb.toString(), "sync", "import", file.toString());
        expect(0, "--db", hubDb.toString(), "sync", "import", file.toString()); // already applied: still 0
        SyncCli.Result back = expect(0, "--db", hubDb.toString(), "hub", "return", "--station", "TS-003", "--to", stick.toString());
        expect(0, "--db", stationDb.toString(), "sync", "import", stick.toString()); // the folder: the batches for this station
        assertTrue(back.out().contains("NGA-HUB_to_TS-003_000001.srb"), back.out());

        SyncCli.Result status = expect(0, "--db", stationDb.toString(), "sync", "status");
        assertTrue(status.out().contains("NGA-HUB"), status.out());
        SyncCli.Result nothing = expect(0, "--db", stationDb.toString(), "sync", "export", "--to", dir.resolve("stick2").toString());
        assertTrue(nothing.out().contains("cli.sync.nothingPending") || nothing.out().contains("Nothing is pending"), nothing.out());
        try (Stream<Path> s = Files.list(dir.resolve("stick2"))) {
            assertEquals(0, s.count());
        }
        SyncCli.Result stations = expect(0, "--db", hubDb.toString(), "hub", "stations");
        assertTrue(stations.out().contains("TS-003"), stations.out());
    }

    @Test
    void aRefusedOrHeldBatchExitsWithTwoAndSaysWhyOnStderr() throws IOException {
        enrolBothWays();
        Path stick = dir.resolve("stick");
        expect(0, "--db", stationDb.toString(), "sync", "export", "--to", stick.toString());
        Path second = Path.of(expect(0, "--db", stationDb.toString(), "sync", "export", "--to", stick.toString()).out().strip());
        SyncCli.Result held = expect(2, "--db", hubDb.toString(), "sync", "import", second.toString());
        assertTrue(held.err().contains(second.getFileName().toString()), held.err());

        Path junk = dir.resolve("junk.srb");
        Files.writeString(junk, "not a batch");
        SyncCli.Result refused = expect(2, "--db", hubDb.toString(), "sync", "import", junk.toString());
        assertTrue(refused.err().contains("junk.srb"), refused.err());

        SyncCli.Result noKey = expect(2, "sync", "verify", second.toString());
        assertTrue(!noKey.err().isBlank());
    }

    @Test
    void aWrongFingerprintIsRefusedAndNothingIsEnrolled() {
        expect(0, "--db", stationDb.toString(), "station", "enrolment", "--to", dir.resolve("ts.json").toString());
        SyncCli.Result r = expect(2, "--db", hubDb.toString(), "hub", "enroll", dir.resolve("ts.json").toString(),
                "--fingerprint", "0000-0000-0000-0000");
        assertTrue(!r.err().isBlank());
        SyncCli.Result stations = expect(0, "--db", hubDb.toString(), "hub", "stations");
        assertTrue(!stations.out().contains("TS-003"), stations.out());
    }

    @Test
    void syncNowRejectsAnAddressThatIsNotOne() {
        SyncCli.Result r = expect(2, "--db", stationDb.toString(), "sync", "now", "--hub", "not a url");
        assertTrue(!r.err().isBlank());
    }

    @Test
    void theHubQueuesACatalogItemFromTheCommandLineAndTheStationAppliesIt() throws IOException {
        enrolBothWays();
        String id = java.util.UUID.randomUUID().toString();
        SyncCli.Result q = expect(0, "--db", hubDb.toString(), "hub", "queue", "catalog.item", "--id", id,
                "name=酥油茶壶", "platform=PINDUODUO", "usualPriceFen=4500", "category=DAILY_GOODS");
        assertTrue(q.out().contains("catalog.item"), q.out());
        expect(2, "--db", hubDb.toString(), "hub", "queue", "catalog.item", "--id", id, "paidFen=1");
        Path stick = dir.resolve("stick");
        SyncCli.Result written = expect(0, "--db", hubDb.toString(), "hub", "return", "--station", "TS-003", "--to",
                stick.toString());
        Path file = Path.of(written.out().strip());
        SyncCli.Result in = expect(0, "--db", stationDb.toString(), "sync", "import", file.toString());
        assertTrue(in.out().contains("TS-003") || !in.out().isBlank(), in.out());
        try (var rt = org.skyroad.station.bootstrap.StationRuntime.open(stationDb)) {
            rt.session().signIn(org.skyroad.station.domain.staff.Actor.system(org.skyroad.station.testsupport.TestStation.ADMIN));
            assertEquals("酥油茶壶", rt.catalog().get(java.util.UUID.fromString(id)).name());
        }
    }
}
