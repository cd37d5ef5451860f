package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.service.SyncUpdateHandler;
import org.skyroad.station.sync.ImportOutcome.State;
import org.skyroad.station.sync.SyncWorld.Node;

/**
 * Hub-owned updates travel to a station in return batches and are applied by the handler
 * registered for their entity, newest version wins, stale ones are reported.
 */
class ReturnBatchTest {

    @TempDir
    Path dir;
    SyncWorld world;
    Node hub;
    Node station;
    UUID product = UUID.randomUUID();

    /**
     * A handler like the catalog desk will register: keeps the hub's price and version of a
     * product (here in the settings table) and refuses to go back to an older version.
     */
    static SyncUpdateHandler priceHandler(Jdbc jdbc) {
        return u -> {
            String key = "test.price." + u.entityId();
            Optional<String> stored = jdbc.queryOne("SELECT setting_value FROM setting WHERE setting_key = ?",
                    rs -> rs.getString(1), key);
            long storedVersion = stored.map(s -> Long.parseLong(s.split(":")[0])).orElse(0L);
            if (u.version() <= storedVersion) {
                return SyncUpdateHandler.Result.stale(storedVersion);
            }
            jdbc.update("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)", key,
                    u.version() + ":" + u.payload().get("priceFen"));
            return SyncUpdateHandler.Result.applied();
        };
    }

    @BeforeEach
    void setUp() {
        world = SyncWorld.paired(dir.resolve("world"));
        hub = world.hub();
        station = world.station();
        station.desk().register("catalog.price", priceHandler(station.rt().database().jdbc()));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ImportOutcome roundTrip() {
        Path file = hub.desk().exportReturn("TS-003", dir.resolve("stick"), Progress.NONE).orElseThrow().file();
        return station.desk().importFile(file, Progress.NONE);
    }

    private Optional<String> price() {
        return station.rt().database().transactions().read(() -> station.rt().database().jdbc().queryOne(
                "SELECT setting_value FROM setting WHERE setting_key = ?", rs -> rs.getString(1), "test.price." + product));
    }

    private void queuePrice(long version, long fen) {
        hub.desk().returnQueue().enqueue("TS-003", "catalog.price", product, version, Operation.UPDATE,
                Map.of("priceFen", fen));
    }

    @Test
    void anUpdateQueuedAtTheHubIsAppliedByItsHandlerAtTheStation() {
        queuePrice(3, 1250);
        ImportOutcome o = roundTrip();
        assertEquals(State.APPLIED, o.state(), o::toString);
        assertEquals(1, o.applied());
        assertEquals(Optional.of("3:1250"), price());
    }

    @Test
    void anOlderVersionIsNotAppliedAndIsReported() {
        queuePrice(3, 1250);
        roundTrip();
        queuePrice(2, 990);
        ImportOutcome o = roundTrip();
        assertEquals(State.APPLIED, o.state());
        assertEquals(0, o.applied());
        assertEquals(1, o.stale());
        assertEquals(Optional.of("3:1250"), price(), "the newer price stays");
        assertEquals(1, station.count("SELECT COUNT(*) FROM sync_stale WHERE entity = 'catalog.price' AND incoming_version = 2 "
                + "AND stored_version = 3"));
        assertEquals(1, station.desk().batches(false, null, 1).get(0).staleCount());
    }

    @Test
    void anUpdateNoHandlerKnowsRefusesTheWholeBatchAndChangesNothing() {
        queuePrice(1, 100);
        hub.desk().returnQueue().enqueue("TS-003", "mystery.thing", UUID.randomUUID(), 1, Operation.CREATE, Map.of());
        var before = SyncWorld.dump(station.rt());
        ImportOutcome o = roundTrip();
        assertEquals(State.REFUSED, o.state());
        assertEquals("error.sync.unknownEntity", o.messageKey());
        assertEquals(before, SyncWorld.dump(station.rt()));
    }

    @Test
    void theStationsNextBatchAcknowledgesTheUpdatesAndTheHubStopsSendingThem() {
        queuePrice(1, 100);
        roundTrip();
        assertEquals(1, hub.desk().returnQueue().pending("TS-003"));
        Path changes = station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow().file();
        assertEquals(State.APPLIED, hub.desk().importFile(changes, Progress.NONE).state());
        assertEquals(0, hub.desk().returnQueue().pending("TS-003"));
        assertEquals(BatchState.ACKNOWLEDGED, hub.desk().batches(true, "TS-003", 1).get(0).state());
    }

    @Test
    void catalogUpdatesGoToEveryEnrolledStation() {
        Node other = world.station("TS-005", SyncWorld.HUB);
        SyncWorld.pair(hub, other);
        assertEquals(2, hub.desk().returnQueue().enqueueForAll("catalog.price", product, 1, Operation.UPDATE,
                Map.of("priceFen", 500)));
        assertEquals(1, hub.desk().returnQueue().pending("TS-005"));
        assertEquals(1, hub.desk().returnQueue().pending("TS-003"));
    }

    @Test
    void updatesForAStationNotEnrolledAreRefused() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> hub.desk().returnQueue()
                .enqueue("TS-404", "catalog.price", product, 1, Operation.UPDATE, Map.of()));
        assertEquals("error.sync.notEnrolled", e.messageKey());
    }

    @Test
    void aHubThatNeverEnrolledTheStationCannotWriteForIt() {
        Node stranger = world.hub("LH-HUB");
        assertThrows(NotFoundException.class, () -> stranger.desk().exportReturn("TS-003", dir.resolve("x"), Progress.NONE));
    }

    @Test
    void aReturnBatchFromAHubTheStationDoesNotTrustIsRefused() {
        Node other = world.station("TS-005", SyncWorld.HUB);
        hub.desk().enroll(other.enrolmentFile(), null, false); // the hub knows TS-005, but TS-005 never trusted the hub
        hub.desk().returnQueue().enqueue("TS-005", "catalog.price", product, 1, Operation.UPDATE, Map.of("priceFen", 1));
        Path file = hub.desk().exportReturn("TS-005", dir.resolve("stick"), Progress.NONE).orElseThrow().file();
        var before = SyncWorld.dump(other.rt());
        ImportOutcome o = other.desk().importFile(file, Progress.NONE);
        assertEquals(State.REFUSED, o.state());
        assertEquals("error.sync.untrustedHub", o.messageKey());
        assertEquals(before, SyncWorld.dump(other.rt()));
    }
}
