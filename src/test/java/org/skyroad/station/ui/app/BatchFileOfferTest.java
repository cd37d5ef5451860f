package org.skyroad.station.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.ExportResult;
import org.skyroad.station.sync.SyncWorld;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

/** A batch the app was opened with, offered after sign-in and imported at a real hub from a real station. */
class BatchFileOfferTest {

    @TempDir
    Path dir;
    SyncWorld world;
    SyncWorld.Node hub;
    SyncWorld.Node station;

    @BeforeEach
    void pair() {
        Messages.setLocale(Locale.ENGLISH);
        world = SyncWorld.paired(dir);
        hub = world.hub();
        station = world.station();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private Path exportedBatch() {
        station.villager("卓玛");
        station.villager("Tenzin Dorje");
        ExportResult r = station.desk().export(world.folder("stick"), Progress.NONE).orElseThrow();
        return r.file();
    }

    private static Actor as(Role role) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase(Locale.ROOT), "Someone", role);
    }

    @Test
    void aManagerIsAskedAndTheImportAppliesTheBatchAtTheHub() {
        Path batch = exportedBatch();
        String name = batch.getFileName().toString();
        assertTrue(name.endsWith(".srb"), name);
        BatchFileOffer offer = new BatchFileOffer(batch, hub.rt().sync(), new SameThreadTaskExecutor());

        BatchFileOffer.Offer asked = offer.offerFor(as(Role.MANAGER));
        assertTrue(asked.mayImport());
        assertEquals("A sync batch was opened: " + name + ". Import it now?", asked.sentence());

        long before = hub.count("SELECT COUNT(*) FROM sync_replica WHERE entity = 'villager'");
        List<BatchFileOffer.Result> results = new ArrayList<>();
        offer.importNow(results::add);
        assertEquals(1, results.size());
        assertTrue(results.get(0).succeeded(), results.get(0).sentence());
        assertTrue(results.get(0).sentence().startsWith("Batch 1 from TS-003 applied: "), results.get(0).sentence());
        assertEquals(before + 2, hub.count("SELECT COUNT(*) FROM sync_replica WHERE entity = 'villager'"));

        offer.importNow(results::add);
        assertTrue(results.get(1).succeeded());
        assertEquals("Batch 1 from TS-003 was already applied: nothing changed.", results.get(1).sentence());
    }

    @Test
    void anOperatorIsToldWhoMayImportAndNothingIsImported() {
        Path batch = exportedBatch();
        BatchFileOffer.Offer told = new BatchFileOffer(batch, hub.rt().sync(), new SameThreadTaskExecutor())
                .offerFor(as(Role.OPERATOR));
        assertFalse(told.mayImport());
        assertTrue(told.sentence().contains(batch.getFileName().toString()), told.sentence());
        assertTrue(told.sentence().contains("Only a Manager / Admin may import sync batches"), told.sentence());
        assertEquals(0, hub.count("SELECT COUNT(*) FROM sync_replica"));
    }

    @Test
    void aDamagedFileIsRefusedWithASentenceAndTheHubIsUnchanged() throws IOException {
        Path batch = exportedBatch();
        byte[] bytes = Files.readAllBytes(batch);
        Path cut = Files.write(dir.resolve(batch.getFileName().toString()), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<BatchFileOffer.Result> results = new ArrayList<>();
        new BatchFileOffer(cut, hub.rt().sync(), new SameThreadTaskExecutor()).importNow(results::add);
        assertFalse(results.get(0).succeeded());
        assertFalse(results.get(0).sentence().isBlank());
        assertFalse(results.get(0).sentence().contains("Exception"), results.get(0).sentence());
        assertEquals(0, hub.count("SELECT COUNT(*) FROM sync_replica"));
    }

    @Test
    void onlySrbFilesAreBatches() {
        assertTrue(BatchFileOffer.isBatchFile(Path.of("TS-003_to_NGA-HUB_000042.srb")));
        assertTrue(BatchFileOffer.isBatchFile(Path.of("/media/usb/TS-003_TO_NGA-HUB_000042.SRB")));
        assertFalse(BatchFileOffer.isBatchFile(Path.of("report")));
        assertFalse(BatchFileOffer.isBatchFile(Path.of("notes.srb.txt")));
    }
}
