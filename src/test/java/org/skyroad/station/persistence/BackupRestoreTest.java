package org.skyroad.station.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;

class BackupRestoreTest {

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));

    private static VillagerDraft draft(String name) {
        return new VillagerDraft(name, null, null, null, null, null, true, true);
    }

    private Path db() {
        return dir.resolve("station.mv.db");
    }

    @Test
    void restoreBringsBackExactlyWhatWasBackedUp() {
        Path backup = dir.resolve("usb").resolve("station-backup.zip");
        try (StationRuntime rt = TestStation.initialized(dir, clock)) {
            rt.villagers().create(draft("多吉"), false);
            rt.backups().backup(rt.database(), backup);
            clock.advance(Duration.ofHours(1));
            rt.villagers().create(draft("after the backup"), false);
        }
        assertTrue(Files.exists(backup));
        assertFalse(Files.exists(backup.resolveSibling("station-backup.zip.part")), "no temporary file left");

        var refused = assertThrows(InvalidInputException.class, () -> new Backups(clock).restore(backup, db(), false));
        assertEquals("error.restore.newer", refused.messageKey());
        try (StationRuntime rt = TestStation.open(dir, clock)) {
            rt.staff().signIn(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            assertEquals(2, rt.villagers().count(), "a refused restore changes nothing");
        }

        var result = new Backups(clock).restore(backup, db(), true);
        assertTrue(result.previousKeptAs().isPresent());
        assertTrue(Files.exists(result.previousKeptAs().get()), "the replaced database is kept, not deleted");
        try (StationRuntime rt = TestStation.open(dir, clock)) {
            rt.staff().signIn(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            assertEquals(List.of("多吉"), rt.villagers().find("多吉", 10).stream().map(m -> m.villager().name().value()).toList());
            assertEquals(1, rt.villagers().count());
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        try (StationRuntime rt = TestStation.initialized(dir, clock)) {
            rt.villagers().create(draft("多吉"), false);
        }
        Path notBackup = dir.resolve("photo.zip");
        Files.write(notBackup, new byte[] {1, 2, 3, 4, 5});
        long size = Files.size(db());
        var e = assertThrows(InvalidInputException.class, () -> new Backups(clock).restore(notBackup, db(), true));
        assertEquals("error.restore.notBackup", e.messageKey());
        assertEquals(size, Files.size(db()));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("restore-")), "no staging file left");
        }
    }

    @Test
    void automaticBackupRunsAtMostOnceADayAndKeepsTheNewestFourteen() {
        try (StationRuntime rt = TestStation.initialized(dir, clock)) {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            assertTrue(rt.backups().dailyIfDue(rt.database(), zone).isPresent());
            clock.advance(Duration.ofHours(2));
            assertTrue(rt.backups().dailyIfDue(rt.database(), zone).isEmpty(), "same day: no second backup");
            for (int day = 1; day <= 16; day++) {
                clock.advance(Duration.ofDays(1));
                assertTrue(rt.backups().dailyIfDue(rt.database(), zone).isPresent());
            }
            List<Path> kept = Backups.automatic(Backups.folderFor(rt.database().file()));
            assertEquals(Backups.KEEP, kept.size());
            assertTrue(kept.get(0).getFileName().toString().compareTo(kept.get(kept.size() - 1).getFileName().toString()) > 0);
        }
    }
}
