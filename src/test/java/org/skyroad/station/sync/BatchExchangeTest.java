package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.sync.ImportOutcome.State;
import org.skyroad.station.sync.SyncWorld.Node;
import org.skyroad.station.testsupport.TestStation;

/** A station's batches to its hub and the hub's return batches, on real files. */
class BatchExchangeTest {

    @TempDir
    Path dir;
    SyncWorld world;
    Node hub;
    Node station;
    Path stick;

    @BeforeEach
    void setUp() {
        world = SyncWorld.paired(dir);
        hub = world.hub();
        station = world.station();
        stick = world.folder("stick");
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ExportResult export() {
        return station.desk().export(stick, Progress.NONE).orElseThrow();
    }

    private ExportResult exportReturn() {
        return hub.desk().exportReturn(SyncWorld.STATION, stick, Progress.NONE).orElseThrow();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportWritesOneBatchNamedForItsReceiverWithEveryPendingChange() throws IOException {
        station.villager("扎西");
        station.villager("卓玛");
        long pending = station.rt().settings().status().pendingChanges();
        ExportResult r = export();
        assertEquals("TS-003_to_NGA-HUB_000001.srb", r.fileName());
        assertEquals(stick.resolve(r.fileName()), r.file());
        assertEquals(List.of("TS-003_to_NGA-HUB_000001.srb"), listing(stick), "one file, no temporary left behind");
        assertEquals(pending, r.recordCount());
        BatchManifest m = BatchFile.parse(Files.readAllBytes(r.file()), r.fileName()).manifest();
        assertEquals("TS-003", m.from());
        assertEquals("NGA-HUB", m.to());
        assertEquals(1, m.seq());
        assertEquals(null, m.previousSha256());
        assertEquals(2L, m.counts().get("villager"));
        assertEquals(1, m.firstRecordSeq());
        assertEquals(pending, m.lastRecordSeq());
        assertFalse(m.schemaVersion().isEmpty(), "the schema version travels with the batch");
    }

    @Test
    void theBatchFileHidesWhatItCarries() throws IOException {
        station.villager("独一无二的名字");
        byte[] bytes = Files.readAllBytes(export().file());
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains("独一无二的名字"), "names never travel in clear");
        assertFalse(text.contains("villager\":{\"id"), "nor do records");
    }

    @Test
    void importAtTheHubKeepsTheStationsRecordsApartByStation() throws IOException {
        var v = station.villager("尼玛");
        ImportOutcome o = hub.desk().importFile(export().file(), Progress.NONE);
        assertEquals(State.APPLIED, o.state(), o::toString);
        assertEquals(1, hub.count("SELECT COUNT(*) FROM sync_replica WHERE station_code = 'TS-003' AND entity = 'villager' "
                + "AND entity_id = ?", v.id()));
        assertEquals(0, hub.count("SELECT COUNT(*) FROM villager"), "the hub's own villagers are not touched");
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"), o.applied());
    }

    @Test
    void theSecondBatchCarriesWhatIsStillUnacknowledgedAndOnlyNewRecordsApply() {
        station.villager("甲");
        ExportResult first = export();
        station.villager("乙");
        ExportResult second = export();
        assertEquals(2, second.seq());
        assertEquals(first.recordCount() + 1, second.recordCount(), "batch 2 repeats what the hub has not acknowledged");
        assertEquals(State.APPLIED, hub.desk().importFile(first.file(), Progress.NONE).state());
        ImportOutcome o = hub.desk().importFile(second.file(), Progress.NONE);
        assertEquals(State.APPLIED, o.state());
        assertEquals(1, o.applied(), "records already applied from batch 1 are skipped, not duplicated");
        assertEquals(0, o.stale());
    }

    @Test
    void aBatchImportedTwiceChangesNothingTheSecondTime() {
        station.villager("次仁");
        Path file = export().file();
        assertEquals(State.APPLIED, hub.desk().importFile(file, Progress.NONE).state());
        var before = SyncWorld.dump(hub.rt());
        ImportOutcome again = hub.desk().importFile(file, Progress.NONE);
        assertEquals(State.ALREADY_APPLIED, again.state());
        assertTrue(again.succeeded());
        assertEquals("sync.outcome.alreadyApplied", again.messageKey());
        assertEquals(before, SyncWorld.dump(hub.rt()));
    }

    @Test
    void aLaterBatchIsHeldUntilTheMissingOneArrivesThenBothApply() {
        station.villager("一");
        Path one = export().file();
        station.villager("二");
        Path two = export().file();
        ImportOutcome held = hub.desk().importFile(two, Progress.NONE);
        assertEquals(State.HELD, held.state());
        assertEquals("error.sync.missing", held.messageKey());
        assertEquals(List.of(1L, "TS-003"), held.args());
        PeerInfo p = hub.desk().peers().get(0);
        assertEquals(1, p.missingSeq());
        assertEquals(1, p.heldCount());
        assertEquals(0, hub.count("SELECT COUNT(*) FROM sync_replica"), "nothing of a held batch is applied");

        ImportOutcome filled = hub.desk().importFile(one, Progress.NONE);
        assertEquals(State.APPLIED, filled.state());
        assertEquals(1, filled.alsoApplied().size(), "the held batch follows at once");
        assertEquals(State.APPLIED, filled.alsoApplied().get(0).state());
        assertEquals(2, hub.desk().peers().get(0).lastInSeq());
        assertFalse(hub.desk().peers().get(0).hasGap());
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"),
                hub.count("SELECT COUNT(*) FROM sync_replica WHERE station_code = 'TS-003'"));
    }

    @Test
    void theSameHeldBatchImportedAgainIsHeldOnce() {
        station.villager("一");
        export();
        Path two = export().file();
        hub.desk().importFile(two, Progress.NONE);
        hub.desk().importFile(two, Progress.NONE);
        assertEquals(1, hub.desk().peers().get(0).heldCount());
    }

    @Test
    void theReturnBatchAcknowledgesWhatTheHubAppliedAndTheStationStopsResending() {
        station.villager("格桑");
        ExportResult out = export();
        hub.desk().importFile(out.file(), Progress.NONE);
        station.villager("拉巴"); // made after the export: not acknowledged by this return batch
        ImportOutcome back = station.desk().importFile(exportReturn().file(), Progress.NONE);
        assertEquals(State.APPLIED, back.state(), back::toString);
        assertEquals(1, station.rt().settings().status().pendingChanges());
        assertEquals(out.recordCount(), station.count("SELECT COUNT(*) FROM outbox WHERE acknowledged_at IS NOT NULL"));
        BatchInfo sent = station.desk().batches(true, null, 10).get(0);
        assertEquals(BatchState.ACKNOWLEDGED, sent.state());
        ExportResult next = export();
        assertEquals(1, next.recordCount(), "only the change the hub does not have");
    }

    @Test
    void nothingPendingWritesNoFile() throws IOException {
        hub.desk().importFile(export().file(), Progress.NONE);
        station.desk().importFile(exportReturn().file(), Progress.NONE);
        Optional<ExportResult> nothing = station.desk().export(world.folder("empty-stick"), Progress.NONE);
        assertTrue(nothing.isEmpty());
        assertEquals(List.of(), listing(world.folder("empty-stick")));
        assertTrue(hub.desk().exportReturn(SyncWorld.STATION, world.folder("empty-stick"), Progress.NONE).isEmpty(),
                "the hub has nothing new for the station either");
    }

    @Test
    void exportAndImportRecordTheLastSyncTime() {
        Instant before = Instant.now().minusSeconds(1);
        export();
        StationSettings.Status s = station.rt().settings().status();
        assertTrue(s.lastSync().isPresent());
        assertTrue(s.lastSync().get().isAfter(before));
    }

    @Test
    void cancellingAnExportLeavesNoFileAndRecordsNothing() throws IOException {
        for (int i = 0; i < 30; i++) {
            station.villager("村民" + i);
        }
        var before = SyncWorld.dump(station.rt());
        Progress cancelMidWrite = new Progress() {
            boolean packed;

            @Override
            public void update(long done, long total, String what) {
                packed |= what.contains("records"); // the records are packed: the file is written next
            }

            @Override
            public boolean isCancelled() {
                return packed;
            }
        };
        assertThrows(SyncCancelledException.class, () -> station.desk().export(stick, cancelMidWrite));
        assertEquals(List.of(), listing(stick), "no final file and no temporary one");
        assertEquals(before, SyncWorld.dump(station.rt()));
        assertEquals(0, station.desk().batches(true, null, 10).size());
        assertEquals(1, export().seq(), "the number was not used up");
    }

    @Test
    void aBatchLostForGoodCanBeSkippedWhenTheNextCarriesEverything() {
        station.villager("一");
        export(); // batch 1: lost on the way
        station.villager("二");
        Path two = export().file();
        assertEquals(State.HELD, hub.desk().importFile(two, Progress.NONE).state());
        ImportOutcome released = hub.desk().releaseHeld("TS-003", Progress.NONE);
        assertEquals(State.APPLIED, released.state(), released::toString);
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"),
                hub.count("SELECT COUNT(*) FROM sync_replica WHERE station_code = 'TS-003'"), "nothing was lost with it");
        assertEquals(BatchState.APPLIED, hub.desk().batches(false, "TS-003", 1).get(0).state());
        assertEquals("sync.outcome.gapSkipped", hub.desk().batches(false, "TS-003", 1).get(0).reasonKey());
    }

    @Test
    void anOperatorMayNotExportOrImport() {
        TestStation.actAs(station.rt(), Role.OPERATOR);
        assertThrows(AccessDeniedException.class, () -> station.desk().export(stick, Progress.NONE));
        assertThrows(AccessDeniedException.class, () -> station.desk().importFile(stick.resolve("x.srb"), Progress.NONE));
        TestStation.actAs(station.rt(), Role.MANAGER);
        assertTrue(station.desk().export(stick, Progress.NONE).isPresent());
    }

    @Test
    void aStationWithoutATrustedHubIsToldHowToTrustIt() {
        Node lone = world.station("TS-009", SyncWorld.HUB);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lone.desk().export(stick, Progress.NONE));
        assertEquals("error.sync.noTrustedHub", e.messageKey());
    }

    @Test
    void statusShowsPendingChangesPeersAndBatchesWithTheirStates() {
        station.villager("央金");
        Path one = export().file();
        hub.desk().importFile(one, Progress.NONE);
        SyncStatus s = station.desk().status(10);
        assertEquals("TS-003", s.stationCode());
        assertFalse(s.hub());
        assertEquals(s.pendingChanges(), station.rt().settings().status().pendingChanges());
        assertEquals(1, s.peers().size());
        assertTrue(s.peers().get(0).hub());
        assertEquals(BatchState.WRITTEN, s.outgoing().get(0).state());
        SyncStatus h = hub.desk().status(10);
        assertTrue(h.hub());
        assertEquals(BatchState.APPLIED, h.incoming().get(0).state());
        assertEquals(1, h.peers().get(0).lastInSeq());
    }
}
