package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.sync.ImportOutcome.State;
import org.skyroad.station.sync.SyncWorld.Node;

/** "Sync now" over loopback HTTP: uploads resume after drops, repeat uploads count once, retries back off. */
class HubHttpTest {

    @TempDir
    Path dir;
    SyncWorld world;
    Node hub;
    Node station;
    HubServer server;

    @BeforeEach
    void setUp() throws IOException {
        world = SyncWorld.paired(dir.resolve("world"));
        hub = world.hub();
        station = world.station();
        server = HubServer.start(hub.desk(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dir.resolve("uploads"));
    }

    @AfterEach
    void tearDown() {
        server.close();
        world.close();
    }

    private HubClient.Options options(URI uri) {
        return HubClient.Options.defaults(uri).withRetries(4, Duration.ofMillis(10), Duration.ofMillis(80)).withChunk(4096);
    }

    private HubClient client() {
        return new HubClient(options(server.uri()), SyncDesk.DEFAULT_MAX_BATCH_BYTES);
    }

    private void villagers(int n) {
        List<VillagerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(new VillagerDraft("村民 " + i + " བཀྲ་ཤིས", null, null, null, "household " + i, null, true, true));
        }
        station.rt().villagers().createAll(drafts);
    }

    private long replicaRows() {
        return hub.count("SELECT COUNT(*) FROM sync_replica WHERE station_code = 'TS-003'");
    }

    @Test
    void syncNowUploadsTheChangesAndBringsBackTheAcknowledgement() {
        villagers(50);
        SyncNowResult r = station.desk().syncNow(client(), Progress.NONE);
        assertTrue(r.succeeded(), r::toString);
        assertTrue(r.made().isPresent());
        assertEquals(List.of(State.APPLIED), r.uploaded().stream().map(ImportOutcome::state).toList());
        assertEquals(State.APPLIED, r.fetched().get(r.fetched().size() - 1).state());
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"), replicaRows());
        assertEquals(0, station.rt().settings().status().pendingChanges(), "the hub acknowledged everything");
        assertEquals(BatchState.ACKNOWLEDGED, station.desk().batches(true, null, 1).get(0).state());

        SyncNowResult again = station.desk().syncNow(client(), Progress.NONE);
        assertTrue(again.made().isEmpty(), "nothing new: no batch made");
        assertEquals(List.of(), again.uploaded());
    }

    @Test
    void aBatchWrittenToAStickIsUploadedBeforeTheNewOne() {
        villagers(5);
        station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow();
        villagers(5);
        SyncNowResult r = station.desk().syncNow(client(), Progress.NONE);
        assertEquals(2, r.uploaded().size(), "batch 1 (on the stick) then batch 2");
        assertTrue(r.succeeded(), r::toString);
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"), replicaRows());
    }

    @Test
    void theSameUploadTwiceIsAcceptedOnce() throws IOException {
        villagers(20);
        ExportResult e = station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow();
        byte[] bytes = Files.readAllBytes(e.file());
        ImportOutcome first = client().upload(bytes, e.fileName(), Progress.NONE);
        assertEquals(State.APPLIED, first.state(), first::toString);
        var after = SyncWorld.dump(hub.rt());
        ImportOutcome second = client().upload(bytes, e.fileName(), Progress.NONE);
        assertEquals(State.ALREADY_APPLIED, second.state(), second::toString);
        assertEquals(after, SyncWorld.dump(hub.rt()));
        assertEquals(1, hub.desk().batches(false, "TS-003", 10).size(), "one batch in, applied once");
    }

    @Test
    void aConnectionDroppedMidUploadResumesFromWhatTheHubHas() throws Exception {
        villagers(400);
        ExportResult e = station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow();
        byte[] bytes = Files.readAllBytes(e.file());
        assertTrue(bytes.length > 12_000, "big enough to be cut: " + bytes.length);
        try (DroppingProxy cut = new DroppingProxy(server.port(), 9_000)) {
            HubClient once = new HubClient(options(URI.create("http://127.0.0.1:" + cut.port() + "/"))
                    .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)).withChunk(1 << 20), SyncDesk.DEFAULT_MAX_BATCH_BYTES);
            StorageException dropped = assertThrows(StorageException.class, () -> once.upload(bytes, e.fileName(), Progress.NONE));
            assertEquals("error.sync.network", dropped.messageKey());
            assertEquals(1, cut.drops(), "the connection was cut mid-upload");
        }
        Path part = dir.resolve("uploads").resolve(SyncCrypto.sha256Hex(bytes) + ".part");
        // The hub may still be writing down what arrived before the cut: wait until the size holds still.
        long kept = -1;
        for (int i = 0; i < 200; i++) {
            long now = Files.exists(part) ? Files.size(part) : -1;
            if (now > 0 && now == kept) {
                break;
            }
            kept = now;
            Thread.sleep(100);
        }
        assertTrue(kept > 0 && kept < bytes.length, "the hub kept the piece that arrived: " + kept);
        assertEquals(0, replicaRows(), "nothing is applied from a partial upload");

        HubClient next = client();
        ImportOutcome o = next.upload(bytes, e.fileName(), Progress.NONE);
        assertEquals(State.APPLIED, o.state(), () -> o + "\n" + next.log());
        assertTrue(next.log().contains("HEAD " + e.fileName() + " -> offset " + kept), next.log()::toString);
        assertTrue(next.log().stream().noneMatch(l -> l.contains("bytes 0-")), () -> "nothing sent twice: " + next.log());
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"), replicaRows());
        try (var s = Files.list(dir.resolve("uploads"))) {
            assertEquals(0, s.count(), "no partial upload left behind");
        }
    }

    @Test
    void aConnectionDroppedMidUploadIsRetriedAndTheBatchAppliedOnce() throws IOException {
        villagers(400);
        ExportResult e = station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow();
        byte[] bytes = Files.readAllBytes(e.file());
        try (DroppingProxy cut = new DroppingProxy(server.port(), 9_000)) {
            HubClient c = new HubClient(options(URI.create("http://127.0.0.1:" + cut.port() + "/")).withChunk(1 << 20),
                    SyncDesk.DEFAULT_MAX_BATCH_BYTES);
            ImportOutcome o = c.upload(bytes, e.fileName(), Progress.NONE);
            assertEquals(State.APPLIED, o.state(), () -> o + "\n" + c.log());
            assertEquals(1, cut.drops());
            assertTrue(c.log().stream().anyMatch(l -> l.startsWith("retry 1")), c.log()::toString);
        }
        assertEquals(station.count("SELECT COUNT(*) FROM outbox"), replicaRows());
        assertEquals(1, hub.desk().batches(false, "TS-003", 10).size());
    }

    @Test
    void anUnreachableHubIsRetriedWithGrowingWaitsThenGivenUp() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        HubClient c = new HubClient(options(URI.create("http://127.0.0.1:" + closedPort + "/")), SyncDesk.DEFAULT_MAX_BATCH_BYTES);
        StorageException e = assertThrows(StorageException.class, () -> c.upload(new byte[] {1, 2, 3}, "x.srb", Progress.NONE));
        assertEquals("error.sync.network", e.messageKey());
        assertEquals(List.of("10", "20", "40"), c.log().stream().filter(l -> l.startsWith("retry"))
                .map(l -> l.replaceAll(".* in (\\d+) ms.*", "$1")).toList());
        HubClient.Options o = options(server.uri());
        assertEquals(Duration.ofMillis(80), o.delay(10), "the wait stops growing at its cap");
    }

    @Test
    void aProxyIsUsedWhenOneIsSet() throws IOException {
        villagers(3);
        try (DroppingProxy proxy = new DroppingProxy(server.port(), Long.MAX_VALUE)) {
            HubClient c = new HubClient(options(server.uri()).withProxy("127.0.0.1:" + proxy.port()),
                    SyncDesk.DEFAULT_MAX_BATCH_BYTES);
            SyncNowResult r = station.desk().syncNow(c, Progress.NONE);
            assertTrue(r.succeeded(), r::toString);
            assertTrue(proxy.connections() > 0, "requests went through the proxy");
        }
    }

    @Test
    void syncNowRefusesAnAddressThatIsAnotherHub() throws IOException {
        Node other = world.hub("LH-HUB");
        try (HubServer wrong = HubServer.start(other.desk(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                dir.resolve("uploads-lh"))) {
            var e = assertThrows(org.skyroad.station.domain.common.InvalidInputException.class,
                    () -> station.desk().syncNow(new HubClient(options(wrong.uri()), SyncDesk.DEFAULT_MAX_BATCH_BYTES),
                            Progress.NONE));
            assertEquals("error.sync.wrongHub", e.messageKey());
        }
    }
}
