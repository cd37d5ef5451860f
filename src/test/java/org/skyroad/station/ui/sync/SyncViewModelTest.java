package org.skyroad.station.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.HubClient;
import org.skyroad.station.sync.HubServer;

/**
 * The sync screens' view-models over a real hub and a real station in temporary folders:
 * trust both ways from enrolment files, export at the station, import at the hub, the return
 * batch back, a refused batch with its reason, sync now over loopback and offline.
 */
class SyncViewModelTest {

    @TempDir
    Path dir;
    SyncUiWorld world;
    SyncStationViewModel station;
    SyncHubViewModel hub;

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        world = new SyncUiWorld(dir);
        station = world.stationViewModel();
        hub = world.hubViewModel();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** Both ends write their enrolment files, read them, compare fingerprints, confirm. */
    private void trustBothWays() throws Exception {
        Path exchange = Files.createDirectories(dir.resolve("exchange"));
        world.answer = exchange;
        station.writeOwnEnrolment();
        hub.writeOwnEnrolment();
        hub.readStationEnrolment(exchange.resolve("TS-003.enrolment.json"));
        assertTrue(hub.enrolPromptProperty().get().contains(world.station.sync().ownFingerprint()),
                hub.enrolPromptProperty().get());
        hub.confirmEnrol();
        assertEquals("", hub.tasks().errorProperty().get());
        station.readHubEnrolment(exchange.resolve("NGA-HUB.enrolment.json"));
        assertTrue(station.trustPromptProperty().get().contains(world.hub.sync().ownFingerprint()));
        station.confirmTrust();
        assertEquals("", station.tasks().errorProperty().get());
        assertEquals("", station.trustPromptProperty().get(), "the prompt goes once confirmed");
    }

    @Test
    void aStationWithoutATrustedHubSaysHowToTrustOne() {
        station.load();
        assertFalse(station.trustedProperty().get());
        assertTrue(station.hubLineProperty().get().contains("enrolment file"), station.hubLineProperty().get());
        assertFalse(station.hubInstallationProperty().get());
        station.syncNow();
        assertEquals(Messages.get("syncui.now.noAddress"), station.tasks().errorProperty().get());
    }

    @Test
    void exportAtTheStationImportAtTheHubAndTheReturnBatchBack() throws Exception {
        trustBothWays();
        station.load();
        assertTrue(station.trustedProperty().get());
        assertTrue(station.hubLineProperty().get().contains("NGA-HUB"));
        world.station.villagers().create(new VillagerDraft("卓玛", "13908911234", null, null, null, null, true, true), true);
        station.load();
        assertTrue(station.pendingLineProperty().get().matches(".*: [1-9][0-9]*"), station.pendingLineProperty().get());

        Path stick = Files.createDirectories(dir.resolve("stick"));
        world.answer = stick;
        station.exportToUsb();
        Path written = stick.resolve("TS-003_to_NGA-HUB_000001.srb");
        assertTrue(Files.exists(written));
        assertTrue(station.tasks().messageProperty().get().contains(written.toString()),
                "the screen names the file written: " + station.tasks().messageProperty().get());
        assertEquals(stick.toAbsolutePath().toString(), world.station.settings().syncFolder().orElseThrow(),
                "the folder is remembered on this computer");
        assertTrue(station.sentLineProperty().get().contains("1"), station.sentLineProperty().get());
        assertEquals(Messages.get("sync.state.written"), station.batches().get(0).state());

        hub.importFolder();
        assertEquals(1, hub.outcomes().size());
        assertTrue(hub.outcomes().get(0).ok(), hub.outcomes().get(0).toString());
        assertEquals(1, hub.stations().size());
        assertTrue(hub.stations().get(0).lastIn().startsWith("no. 1\n"), hub.stations().get(0).lastIn());

        Path back = Files.createDirectories(dir.resolve("back"));
        world.answer = back;
        hub.writeReturns();
        assertTrue(hub.tasks().messageProperty().get().contains("NGA-HUB_to_TS-003_000001.srb"),
                hub.tasks().messageProperty().get());
        station.importFrom(back);
        assertEquals(List.of(true), station.outcomes().stream().map(OutcomeRow::ok).toList());
        assertTrue(station.acknowledgedLineProperty().get().contains("number 1"), station.acknowledgedLineProperty().get());
        assertEquals(Messages.get("sync.state.acknowledged"), station.batches().stream()
                .filter(b -> b.batch().outgoing()).findFirst().orElseThrow().state());

        station.importFrom(back);
        assertEquals(Messages.get("syncui.outcome.already_applied"), station.outcomes().get(0).state(),
                "the same stick twice changes nothing");
    }

    @Test
    void aRefusedBatchShowsItsReasonAtTheHub() throws Exception {
        trustBothWays();
        world.station.villagers().create(new VillagerDraft("扎西", null, null, null, null, null, true, true), true);
        Path stick = Files.createDirectories(dir.resolve("stick"));
        world.answer = stick;
        station.exportToUsb();
        Path file = stick.resolve("TS-003_to_NGA-HUB_000001.srb");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 80] ^= 0x40; // in the sealed payload or the signature: the manifest still says who sent it
        Path damaged = Files.createDirectories(dir.resolve("damaged")).resolve(file.getFileName());
        Files.write(damaged, bytes);

        world.answer = damaged;
        hub.importFile();
        assertFalse(hub.outcomes().get(0).ok());
        assertEquals(Messages.get("syncui.outcome.refused"), hub.outcomes().get(0).state());
        assertEquals(1, hub.refused().size());
        String reason = hub.refused().get(0).reason();
        assertFalse(reason.isBlank());
        assertEquals(hub.outcomes().get(0).sentence(), reason, "the list says the same reason as the import");
        assertTrue(hub.stations().get(0).problems().contains("1 refused"), reason + " / " + hub.stations().get(0));
        assertEquals(0, world.hub.sync().peers().get(0).lastInSeq(), "nothing of it was applied");
    }

    @Test
    void syncNowOverTheNetworkAndASentenceWhenTheHubCannotBeReached() throws Exception {
        trustBothWays();
        world.station.villagers().create(new VillagerDraft("Dorje", null, null, null, null, null, true, true), true);
        SyncScreens.HubConnector quick = (uri, max) -> new HubClient(HubClient.Options.defaults(uri)
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)), max);
        SyncStationViewModel online = new SyncStationViewModel(world.screens(world.station, quick));
        String address;
        try (HubServer server = HubServer.start(world.hub.sync(),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dir.resolve("uploads"))) {
            address = server.uri().toString();
            online.hubAddressProperty().set(address);
            online.syncNow();
            assertEquals("", online.tasks().errorProperty().get());
            assertTrue(online.tasks().messageProperty().get().startsWith("Synced: 1 batch"),
                    online.tasks().messageProperty().get());
        }
        assertEquals(1, world.hub.sync().peers().get(0).lastInSeq());
        assertEquals(address, world.station.settings().hubAddress().orElseThrow(), "the address is kept for next time");

        int closedPort;
        try (var s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        online.hubAddressProperty().set("http://127.0.0.1:" + closedPort + "/");
        online.syncNow();
        assertTrue(online.tasks().errorProperty().get().contains("could not be reached"),
                online.tasks().errorProperty().get());
        assertFalse(online.tasks().busyProperty().get());
    }
}
