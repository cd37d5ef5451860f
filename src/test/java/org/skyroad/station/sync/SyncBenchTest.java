package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Progress;

/** The benchmark helper runs end to end on a small station; its figures are reported, never asserted. */
class SyncBenchTest {

    @TempDir
    Path dir;

    @Test
    void theBenchmarkExportsAndImportsEveryRecordAndReportsItsFigures() throws Exception {
        SyncBench.Result r = SyncBench.measure(dir, 2_000, 42, Progress.NONE);
        assertEquals(2_000, r.records());
        assertTrue(r.exportPerSecond() > 0 && r.importPerSecond() > 0 && r.rawInsertPerSecond() > 0);
        assertTrue(r.bytesPerThousandRecords() > 1_000, "a villager is more than a byte: " + r.bytesPerThousandRecords());
    }
}
