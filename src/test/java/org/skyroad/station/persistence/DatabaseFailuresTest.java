package org.skyroad.station.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.testsupport.StationChildProcess;
import org.skyroad.station.testsupport.TestStation;

/** What a person sees when the database cannot be used, and that nothing committed is lost. */
class DatabaseFailuresTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseGetsASentenceNotAStackTrace() throws Exception {
        Path file = dir.resolve("station.mv.db");
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        var e = assertThrows(StorageException.class, () -> StationRuntime.open(file));
        assertEquals("error.db.damaged", e.messageKey());
        assertTrue(e.getMessage().contains("skyroad restore"), e.getMessage());
    }

    @Test
    void aDamagedDatabaseOffersTheNewestGoodBackup() throws Exception {
        Path backupFile;
        try (StationRuntime rt = TestStation.initialized(dir)) {
            backupFile = rt.dailyBackupIfDue().orElseThrow();
        }
        Path file = dir.resolve("station.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            new Random(3).nextBytes(junk);
            raf.seek(0);
            raf.write(junk);
        }
        var e = assertThrows(StationRuntime.DamagedDatabaseException.class, () -> StationRuntime.open(file));
        assertEquals(backupFile, e.newestBackup().orElseThrow());
        assertTrue(e.getMessage().contains(backupFile.toString()), e.getMessage());

        new Backups(java.time.Clock.systemUTC()).restore(backupFile, file, true);
        try (StationRuntime rt = StationRuntime.open(file)) {
            assertEquals("TS-003", rt.settings().station().code().value());
        }
    }

    @Test
    void anUnwritableDataFolderIsRefusedWithASentence() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the data folder should be");
        var e = assertThrows(StorageException.class, () -> StationRuntime.open(blocker.resolve("station")));
        assertEquals("error.db.folderNotWritable", e.messageKey());
    }

    @Test
    void aDatabaseOpenInAnotherCopyIsReportedAsSuch() throws Exception {
        Path file = dir.resolve("station.mv.db");
        TestStation.initialized(dir).close();
        Process other = StationChildProcess.start("hold", file);
        try {
            BufferedReader out = StationChildProcess.output(other);
            assertEquals("open", out.readLine());
            var e = assertThrows(StorageException.class, () -> StationRuntime.open(file));
            assertEquals("error.db.inUse", e.messageKey());
            assertTrue(e.getMessage().contains("another copy"), e.getMessage());
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * H2's default URL loses the last commits when the process is killed; the station's URL
     * must not. A child process saves villagers one by one and prints each number after its
     * commit; it is killed with SIGKILL; every number it printed must be in the database.
     */
    @Test
    void everyCommittedWriteSurvivesAKilledProcess() throws Exception {
        Path file = dir.resolve("station.mv.db");
        TestStation.initialized(dir).close();
        Process writer = StationChildProcess.start("insert", file);
        long lastSeen = 0;
        try {
            BufferedReader out = StationChildProcess.output(writer);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while ((line = out.readLine()) != null && lastSeen < 400 && System.nanoTime() < deadline) {
                lastSeen = Long.parseLong(line.trim());
            }
        } finally {
            writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(lastSeen >= 400, "the child saved " + lastSeen);
        assertFalse(writer.isAlive());
        try (StationRuntime rt = StationRuntime.open(file)) {
            rt.session().signIn(Actor.system("test"));
            long saved = rt.villagers().count();
            assertTrue(saved >= lastSeen, "committed " + lastSeen + " but only " + saved + " survived");
            long outbox = rt.database().transactions().read(() -> rt.database().jdbc().queryLong("SELECT COUNT(*) FROM outbox"));
            long maxSeq = rt.database().transactions().read(() -> rt.database().jdbc().queryLong("SELECT MAX(seq) FROM outbox"));
            assertEquals(outbox, maxSeq, "no gap in the outbox after the kill");
        }
    }
}
