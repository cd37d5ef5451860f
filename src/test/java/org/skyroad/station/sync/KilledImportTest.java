package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.sync.SyncWorld.Node;

/** The hub's process killed in the middle of applying a batch: after a restart nothing of it is there, and it imports cleanly. */
class KilledImportTest {

    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfwayLeavesTheDatabaseAsBeforeAndCanBeRedone() throws Exception {
        Path batch;
        Path hubDb;
        long records;
        java.util.Map<String, List<String>> before;
        long batchesBefore;
        try (SyncWorld world = SyncWorld.paired(dir.resolve("world"))) {
            Node station = world.station();
            List<VillagerDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                drafts.add(new VillagerDraft("村民 " + i, null, null, null, null, null, true, true));
            }
            station.rt().villagers().createAll(drafts);
            records = station.count("SELECT COUNT(*) FROM outbox");
            batch = station.desk().export(dir.resolve("stick"), Progress.NONE).orElseThrow().file();
            Node hub = world.hub();
            hubDb = hub.rt().database().file();
            before = SyncWorld.dump(hub.rt());
            batchesBefore = hub.count("SELECT COUNT(*) FROM sync_batch");
        }

        Process child = SyncChildProcess.start(hubDb, batch);
        try {
            BufferedReader out = SyncChildProcess.output(child);
            String line = out.readLine();
            assertNotNull(line, "the child ended before applying");
            assertTrue(line.startsWith("applying"), line);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        try (StationRuntime hub = StationRuntime.open(hubDb)) {
            hub.session().signIn(Actor.system("test"));
            assertEquals(before, SyncWorld.dump(hub), "nothing of the killed import is in the database");
            assertEquals(batchesBefore, hub.database().transactions().read(() ->
                    hub.database().jdbc().queryLong("SELECT COUNT(*) FROM sync_batch")), "not even the batch's row");
            ImportOutcome again = SyncWorld.deskOf(hub).importFile(batch, Progress.NONE);
            assertEquals(ImportOutcome.State.APPLIED, again.state(), again::toString);
            assertEquals(records, again.applied());
        }
    }
}
